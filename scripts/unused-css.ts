import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Trims a minified stylesheet (DKFDS's dkfds.min.css) to the rules the app can use: a rule stays when
 * each class in one of its selectors is named somewhere in the app's sources; rules without classes
 * (elements, :root, @font-face, @keyframes) always stay. The render-blocking stylesheet was 300 KB,
 * mostly DKFDS components and utilities Samspil never uses (date picker, side menu, responsive
 * spacing classes); a phone parses and matches all of it on every visit (issue 17).
 */

/** A class is in use when a source names it, or builds it from a named prefix (`alert-${variant}`). */
export interface ClassUse {
  isUsed(className: string): boolean;
}

/** The classes the sources may use: every literal mention, plus prefixes of classes built at run time. */
export function classUseOf(sources: string): ClassUse {
  // `alert-${variant}` and "alert-" + variant: any class starting with «alert-» may be used.
  const prefixes = [...sources.matchAll(/([A-Za-z][\w-]*-)(?:\$\{|["'`]\s*\+)/g)].map((match) => match[1]);
  return {
    isUsed: (className) => sources.includes(className) || prefixes.some((prefix) => className.startsWith(prefix)),
  };
}

/** The text of every source file under `dir` (scripts, styles, HTML, texts), tests left out. */
export function readSources(dir: string): string {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        walk(full);
      } else if (/\.(tsx?|css|html|json)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files.map((file) => readFileSync(file, "utf8")).join("\n");
}

/** Splits CSS at its top level into statements: `selector{…}`, `@media …{…}`, `@charset …;`. */
function statements(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = "";
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (quote) {
      if (char === "\\") {
        index += 1;
      } else if (char === quote) {
        quote = "";
      }
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "/" && css[index + 1] === "*") {
      index = css.indexOf("*/", index + 2) + 1 || css.length;
    } else if (char === "{") {
      depth += 1;
    } else if (char === "}") {
      depth -= 1;
      if (depth === 0) {
        out.push(css.slice(start, index + 1));
        start = index + 1;
      }
    } else if (char === ";" && depth === 0) {
      out.push(css.slice(start, index + 1));
      start = index + 1;
    }
  }
  const rest = css.slice(start).trim();
  return rest ? [...out, rest] : out;
}

/** The selector list's parts, split at top-level commas (not inside :is(…), :not(…) or [attr="a,b"]). */
function selectorsOf(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (char === "(" || char === "[") {
      depth += 1;
    } else if (char === ")" || char === "]") {
      depth -= 1;
    } else if (char === "," && depth === 0) {
      parts.push(list.slice(start, index));
      start = index + 1;
    }
  }
  return [...parts, list.slice(start)];
}

/**
 * The classes a selector needs on the page; escaped names (`.w-1\/2`) are read unescaped. Classes inside
 * parentheses are left out: `ul:not(.nobullet-list) li` matches whether or not the app uses the class.
 */
function classesOf(selector: string): string[] {
  let outside = selector;
  for (let previous = ""; previous !== outside;) {
    previous = outside;
    outside = outside.replace(/\([^()]*\)/g, "");
  }
  return [...outside.matchAll(/\.((?:[\w-]|\\.)+)/g)].map((match) => match[1].replace(/\\(.)/g, "$1"));
}

/** The stylesheet without the rules no source can use; at-rules left empty are dropped too. */
export function dropUnusedRules(css: string, use: ClassUse): string {
  return statements(css)
    .map((statement) => {
      const open = statement.indexOf("{");
      if (open < 0) {
        return statement;
      }
      const prelude = statement.slice(0, open).trim();
      const body = statement.slice(open + 1, -1);
      if (prelude.startsWith("@")) {
        // Only @media/@supports hold rules; @font-face, @keyframes, @page … stay as they are.
        if (!/^@(media|supports)\b/.test(prelude)) {
          return statement;
        }
        const inner = dropUnusedRules(body, use);
        return inner.trim() ? `${prelude}{${inner}}` : "";
      }
      const kept = selectorsOf(prelude).filter((selector) => classesOf(selector).every((name) => use.isUsed(name)));
      return kept.length ? `${kept.join(",")}{${body}}` : "";
    })
    .join("");
}
