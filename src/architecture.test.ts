import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The architecture rules of ARCHITECTURE.md and docs/STYLE.md, checked over the source tree so that they
 * cannot silently drift. Each failure names the file and line that breaks the rule.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "src");

/** Largest source file (non-test) we accept; a file past it wants splitting. */
const MAX_LINES = 500;
/** The table types are written once, in one file, by design (STYLE.md); it grows with the schema. */
const ONE_FILE_BY_DESIGN = new Set(["src/server/db/schema.ts"]);

/** Prettier's print width: what Prettier cannot break (strings, comments, regexes) must be broken by hand. */
const MAX_LINE_LENGTH = 120;

interface SourceFile {
  /** Path relative to the repository root, with forward slashes: `src/server/app.ts`. */
  path: string;
  lines: string[];
}

interface Import {
  line: number;
  specifier: string;
  /** Repository-relative target for a relative specifier (extension `.js` mapped back to `.ts`), else null. */
  target: string | null;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = join(directory, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const toPosix = (path: string): string => path.split(sep).join("/");

const files: SourceFile[] = walk(SRC)
  .filter((path) => /\.(ts|tsx)$/.test(path) && !path.endsWith(".d.ts"))
  .map((path) => ({ path: toPosix(relative(ROOT, path)), lines: readFileSync(path, "utf8").split("\n") }));

const isTest = (path: string): boolean => /\.(test|pg-test)\.tsx?$/.test(path);

// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, over one or several lines.
const IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

function importsOf(file: SourceFile): Import[] {
  const text = file.lines.join("\n");
  const result: Import[] = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1];
    const line = text.slice(0, match.index).split("\n").length;
    let target: string | null = null;
    if (specifier.startsWith(".")) {
      const resolved = toPosix(relative(ROOT, resolve(ROOT, dirname(file.path), specifier)));
      target = resolved.replace(/\.js$/, ".ts").replace(/\.jsx$/, ".tsx");
    }
    result.push({ line, specifier, target });
  }
  return result;
}

const where = (file: SourceFile, line: number): string => `${file.path}:${line}: ${file.lines[line - 1].trim()}`;

const NODE_IO = [
  "fs",
  "fs/promises",
  "net",
  "http",
  "https",
  "http2",
  "dgram",
  "dns",
  "tls",
  "child_process",
  "cluster",
  "worker_threads",
  "os",
  "process",
  "readline",
  "stream",
  "zlib",
];

/** Node built-ins that do I/O, and server or UI libraries: none belongs in the pure domain. */
const DOMAIN_DENIED = [
  new RegExp(`^(node:)?(${NODE_IO.join("|")})$`),
  /^pg$/,
  /^pg-/,
  /^@electric-sql\//,
  /^kysely/,
  /^fastify/,
  /^@fastify\//,
  /^react/,
  /^react-dom/,
  /^nodemailer/,
  /^exceljs/,
  /^papaparse/,
  /^i18next/,
  /^dkfds/,
];

describe("architecture", () => {
  it("reads a source tree (the walk itself works)", () => {
    expect(files.some((file) => file.path === "src/server/app.ts")).toBe(true);
    expect(files.some((file) => file.path.startsWith("src/domain/"))).toBe(true);
  });

  it("src/domain imports no I/O, no server library, neither src/server nor src/web", () => {
    const offences: string[] = [];
    for (const file of files.filter((f) => f.path.startsWith("src/domain/") && !isTest(f.path))) {
      for (const { line, specifier, target } of importsOf(file)) {
        const denied = DOMAIN_DENIED.some((pattern) => pattern.test(specifier));
        const crosses = target !== null && (target.startsWith("src/server/") || target.startsWith("src/web/"));
        if (denied || crosses) {
          offences.push(where(file, line));
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it("src/web never imports src/server", () => {
    const offences: string[] = [];
    for (const file of files.filter((f) => f.path.startsWith("src/web/"))) {
      for (const { line, target } of importsOf(file)) {
        if (target?.startsWith("src/server/")) {
          offences.push(where(file, line));
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it("no module imports another module's repo (*.repo.ts)", () => {
    const offences: string[] = [];
    const moduleOf = (path: string): string | null => /^src\/server\/modules\/([^/]+)\//.exec(path)?.[1] ?? null;
    for (const file of files.filter((f) => moduleOf(f.path) !== null && !isTest(f.path))) {
      for (const { line, target } of importsOf(file)) {
        if (target?.endsWith(".repo.ts") && moduleOf(target) !== null && moduleOf(target) !== moduleOf(file.path)) {
          offences.push(where(file, line));
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it("Kysely query building and sql templates appear only in *.repo.ts, migrations and test support", () => {
    // Database plumbing that must speak SQL itself; keep this list short and exact.
    const plumbing = new Set(["src/server/db/database.ts"]); // `select 1` readiness ping
    const allowed = (path: string): boolean =>
      path.endsWith(".repo.ts") ||
      path.startsWith("src/server/db/migrations/") ||
      path.startsWith("src/server/test-support/") ||
      plumbing.has(path) ||
      isTest(path);
    const QUERY = new RegExp(
      [
        /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom|with|withRecursive)\(/
          .source,
        /\bsql(<[^>]*>)?`/.source,
        /\bsql\.(raw|ref|table|id|lit|join|val)\(/.source,
      ].join("|"),
    );
    const offences: string[] = [];
    for (const file of files.filter((f) => f.path.startsWith("src/server/") && !allowed(f.path))) {
      file.lines.forEach((text, index) => {
        if (QUERY.test(text)) {
          offences.push(where(file, index + 1));
        }
      });
    }
    expect(offences).toEqual([]);
  });

  it("each folder in src/server/modules has one <area>.module.ts exporting a ServerModule listed in index.ts", () => {
    const modulesDir = join(SRC, "server/modules");
    const areas = readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory());
    const index = files.find((file) => file.path === "src/server/modules/index.ts");
    expect(index, "src/server/modules/index.ts is missing").toBeDefined();
    const indexText = index?.lines.join("\n") ?? "";
    const listed = /serverModules\s*:\s*ServerModule\[\]\s*=\s*\[([\s\S]*?)\]/.exec(indexText)?.[1] ?? "";
    const offences: string[] = [];
    for (const area of areas) {
      const moduleFiles = readdirSync(join(modulesDir, area)).filter((name) => name.endsWith(".module.ts"));
      if (moduleFiles.length !== 1 || moduleFiles[0] !== `${area}.module.ts`) {
        offences.push(
          `src/server/modules/${area}/: expected exactly ${area}.module.ts, found [${moduleFiles.join(", ")}]`,
        );
        continue;
      }
      const path = `src/server/modules/${area}/${area}.module.ts`;
      const text = readFileSync(join(ROOT, path), "utf8");
      const exported = /export const (\w+)\s*:\s*ServerModule\b/.exec(text)?.[1];
      if (!exported) {
        offences.push(`${path}: exports no \`export const <name>: ServerModule\``);
        continue;
      }
      const imported = new RegExp(`import \\{[^}]*\\b${exported}\\b[^}]*\\} from "\\./${area}/${area}\\.module\\.js"`);
      if (!imported.test(indexText) || !new RegExp(`\\b${exported}\\b`).test(listed)) {
        offences.push(`src/server/modules/index.ts: does not list ${exported} (from ${path})`);
      }
    }
    expect(offences).toEqual([]);
  });

  it(`no source file (tests excepted) is longer than ${MAX_LINES} lines`, () => {
    const offences = files
      .filter((file) => !isTest(file.path) && !ONE_FILE_BY_DESIGN.has(file.path) && file.lines.length > MAX_LINES)
      .map((file) => `${file.path}: ${file.lines.length} lines`);
    expect(offences).toEqual([]);
  });

  it(`no .ts/.tsx line in src/, tests/ or bench/ is longer than ${MAX_LINE_LENGTH} characters`, () => {
    const offences: string[] = [];
    for (const directory of ["src", "tests", "bench"]) {
      for (const path of walk(join(ROOT, directory)).filter((name) => /\.tsx?$/.test(name))) {
        readFileSync(path, "utf8")
          .split("\n")
          .forEach((text, index) => {
            // Characters, not UTF-16 units or bytes, as Prettier counts them: «æ», «–» and «≤» count one.
            const length = [...text].length;
            if (length > MAX_LINE_LENGTH) {
              offences.push(`${toPosix(relative(ROOT, path))}:${index + 1}: ${length} characters`);
            }
          });
      }
    }
    expect(offences).toEqual([]);
  });
});
