import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ICON_NAMES } from "../src/web/components/icon-names.js";
import { trimIconSprite } from "./icon-sprite.js";

const SPRITE =
  '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg">' +
  '<symbol id="add" viewBox="0 -960 960 960"><path d="M1 1"/></symbol>' +
  '<symbol id="menu" viewBox="0 0 24 24"><path d="M2 2"/><path d="M3 3"/></symbol>' +
  '<symbol viewBox="0 0 24 24" id="lock"><path d="M4 4"/></symbol></svg>';

describe("trimIconSprite", () => {
  it("keeps the named symbols whole, in the sprite's order, and nothing else", () => {
    expect(trimIconSprite(SPRITE, ["lock", "menu"])).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg">' +
        '<symbol id="menu" viewBox="0 0 24 24"><path d="M2 2"/><path d="M3 3"/></symbol>' +
        '<symbol viewBox="0 0 24 24" id="lock"><path d="M4 4"/></symbol></svg>',
    );
    expect(trimIconSprite(SPRITE, [])).toBe('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  });

  it("refuses a name the sprite lacks, naming it", () => {
    expect(() => trimIconSprite(SPRITE, ["menu", "men", "ad"])).toThrow(/has no men, ad/);
  });

  it("finds every icon the app shows in DKFDS's sprite, and keeps a fraction of it", () => {
    const sprite = readFileSync(
      path.resolve(import.meta.dirname, "../node_modules/dkfds/dist/img/all-svg-icons.svg"),
      "utf8",
    );
    const trimmed = trimIconSprite(sprite, ICON_NAMES);
    expect(trimmed.match(/<symbol\b/g)).toHaveLength(ICON_NAMES.length);
    expect(trimmed.length).toBeLessThan(sprite.length / 3);
  });
});
