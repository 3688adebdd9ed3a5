import { describe, expect, it } from "vitest";
import { pickChanges } from "./use-autosave.js";

describe("pickChanges", () => {
  it("sends only the fields that changed since the last save", () => {
    const saved = JSON.stringify({
      title: "Loftlifte",
      horizonYears: 10,
      discountRate: { mode: "fm" },
      companySide: { unitPrice: 45_000 },
    });
    const next = JSON.stringify({
      title: "Loftlifte",
      horizonYears: 10,
      discountRate: { mode: "fm" },
      companySide: { unitPrice: 47_500 },
    });
    expect(pickChanges(saved, next)).toEqual({ companySide: { unitPrice: 47_500 } });
  });

  it("sends everything when nothing has been saved yet", () => {
    expect(pickChanges(null, JSON.stringify({ title: "Ny", horizonYears: 5 }))).toEqual({
      title: "Ny",
      horizonYears: 5,
    });
  });
});
