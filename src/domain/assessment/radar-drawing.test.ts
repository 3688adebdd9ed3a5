import { describe, expect, it } from "vitest";
import { radarPoint, renderRadarSvg, styleOf } from "./radar-drawing.js";

const axes = [
  { key: "a", label: "Teknologi" },
  { key: "b", label: "Strategi" },
  { key: "c", label: "Kompetencer og uddannelse" },
  { key: "d", label: "Drift" },
];

describe("the printed radar", () => {
  it.each([
    [0, 100, { x: 100, y: 0 }],
    [1, 100, { x: 200, y: 100 }],
    [2, 50, { x: 100, y: 150 }],
    [3, 100, { x: 0, y: 100 }],
    [1, 0, { x: 100, y: 100 }],
  ])("puts axis %i at value %i where the screen's chart does (first axis up, clockwise)", (index, value, at) => {
    const point = radarPoint(index, 4, value, 100, 100);
    expect(point.x).toBeCloseTo(at.x);
    expect(point.y).toBeCloseTo(at.y);
  });

  it("draws a closed, filled shape for a series scored everywhere and breaks a line where there is no score", () => {
    const svg = renderRadarSvg(
      axes,
      [
        { key: "overall", label: "Samlet", values: [50, 60, 70, 80] },
        { key: "citizens", label: "Borgere & pårørende", values: [75, 75, null, 75] },
      ],
      "Radardiagram",
    );
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Radardiagram"/);
    const paths = svg.match(/<path [^>]*>/g) ?? [];
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/d="M[^"]+Z"/);
    expect(paths[0]).toContain(`stroke="${styleOf("overall").colour}" stroke-width="3"`);
    expect(paths[0]).toContain('fill-opacity="0.08"');
    expect(paths[1]).not.toContain("Z");
    expect(paths[1]).toContain('fill="none"');
    // The citizens' run wraps from the last axis to the first: d, a, b — three points, one line.
    expect(paths[1].match(/[ML]/g)).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(7);
    expect(svg).toContain("Borgere &#38; pårørende");
    expect(svg).toContain('<tspan x="280" dy="0">Teknologi</tspan>');
    expect(svg).toContain(">Kompetencer og</tspan>");
    expect(svg).toContain(">uddannelse</tspan>");
  });

  it("dashes a baseline series, as on screen", () => {
    const svg = renderRadarSvg(axes, [{ key: "previous", label: "Forrige", values: [1, 2, 3, 4] }], "x");
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(styleOf("unknown").colour).toBe("#0059b3");
  });
});
