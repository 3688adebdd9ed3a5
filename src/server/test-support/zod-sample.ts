import { randomUUID } from "node:crypto";

/**
 * A plausible valid value for a Zod (v4) schema, read from its definition: the starting point that the fuzz
 * then breaks one part of at a time, so requests get past the first check and reach the deeper ones.
 */
interface ZodLike {
  _zod?: { def: Record<string, unknown> & { type: string } };
}

export function sampleOf(schema: unknown, depth = 0): unknown {
  const def = (schema as ZodLike)?._zod?.def;
  if (!def || depth > 8) {
    return null;
  }
  const inner = (key: string): unknown => sampleOf(def[key], depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, sampleOf(value, depth + 1)]));
    }
    case "string": {
      const format = def.format as string | undefined;
      if (format === "uuid" || format === "guid") {
        return randomUUID();
      }
      if (format === "email") {
        return "fuzz@test.example";
      }
      if (format === "url") {
        return "https://example.dk";
      }
      if (format === "datetime") {
        return new Date().toISOString();
      }
      if (format === "date") {
        return "2026-12-08";
      }
      return "Fuzz tekst";
    }
    case "number":
    case "int":
      return 1;
    case "bigint":
      return 1;
    case "boolean":
      return true;
    case "date":
      return new Date().toISOString();
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "array":
      return [inner("element")];
    case "tuple":
      return (def.items as unknown[]).map((item) => sampleOf(item, depth + 1));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return inner("innerType");
    case "pipe":
      return inner("in");
    case "union":
      return sampleOf((def.options as unknown[])[0], depth + 1);
    case "intersection":
      return { ...(inner("left") as object), ...(inner("right") as object) };
    case "record":
      return {};
    case "lazy":
      return sampleOf((def.getter as () => unknown)(), depth + 1);
    default:
      return null;
  }
}
