import { describe, expect, it } from "vitest";
import da from "./da.json";

// Keys and placeholders in both languages: src/web/i18n/i18n.test.ts checks every namespace.
describe("the processes namespace", () => {
  it("shows a stop calmly, as a result with lessons, not as a failure", () => {
    expect(da.status.stopped).toBe("Stoppet – med erfaringer");
    expect(da.status.completed).toBe("Gennemført");
  });
});
