import { describe, expect, it } from "vitest";
import { renderQrSvg } from "./qr-code.js";

describe("a link as a QR code", () => {
  it("is an SVG drawing of the link, different for another link", async () => {
    const one = await renderQrSvg("https://samspil.example/svar/abc");
    expect(one).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(one).toContain("<path");
    expect(await renderQrSvg("https://samspil.example/svar/abd")).not.toBe(one);
  });
});
