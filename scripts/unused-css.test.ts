import { describe, expect, it } from "vitest";
import { dropUnusedRules, dynamicClassPrefixes } from "./unused-css.js";

describe("dynamicClassPrefixes", () => {
  it.each([
    ["template literal", "className={`alert alert-${variant}`}", ["alert-"]],
    ["string concatenation", 'const c = "badge-" + state;', ["badge-"]],
    ["concatenation with a space", "'tag-' +kind", ["tag-"]],
    ["each prefix once", "`x-${a}` `x-${b}` `y-${c}`", ["x-", "y-"]],
    ["a plain class is no prefix", 'className="alert alert-info"', []],
    ["a placeholder without a hyphen before it", "`alert${variant}`", []],
  ])("%s", (_name, source, expected) => {
    expect(dynamicClassPrefixes(source)).toEqual(expected);
  });
});

describe("dropUnusedRules", () => {
  const css = [
    ":root{--gap:8px}",
    "body{margin:0}",
    "kbd{font-family:monospace}",
    "@font-face{font-family:Plex;src:url(plex.woff2)}",
    "@keyframes spin{to{transform:rotate(1turn)}}",
    ".used{color:red}",
    ".unused{color:blue}",
    ".used .unused{color:green}",
    "ul:not(.nobullet-list) li{max-width:66ch}",
    ".alert-success{color:green}",
    "@media (min-width:992px){.unused{display:none}.used{display:block}}",
  ].join("");

  it("keeps what the sources can use and drops the rest", async () => {
    const out = await dropUnusedRules(css, 'const a = <div className="used"/>; const b = `alert-${variant}`;');
    for (const kept of [
      "--gap:8px",
      "body{",
      "kbd{",
      "@font-face",
      "@keyframes spin",
      ".used{color:red}",
      "ul:not(.nobullet-list) li",
      ".alert-success",
      ".used{display:block}",
    ]) {
      expect(out).toContain(kept);
    }
    expect(out).not.toContain("unused");
  });

  it("a class the sources only contain as part of a longer name is not used", async () => {
    expect(await dropUnusedRules(".col-md{width:50%}.col-md-10{width:83%}", '"col-md-10"')).not.toContain(".col-md{");
  });
});
