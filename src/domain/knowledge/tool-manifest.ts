import { z } from "zod";

/**
 * The manifest of the knowledge base's tool templates (`data/knowledge/tools/index.json`): each tool's texts,
 * the side it is for, its OPIguide phase, its version history and its downloadable files (names relative to the
 * manifest's folder). The knowledge module seeds its tool entries from it.
 */
export const TOOL_SIDES = ["public", "company", "knowledge"] as const;
export const TOOL_PHASES = ["ide", "opstart", "innovation", "markedsmodning", "implementering"] as const;
export const TOOL_MEDIA_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/markdown",
] as const;

const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const version = z.string().regex(/^\d+\.\d+$/);

export const ToolManifestEntry = z
  .object({
    slug,
    title: z.string().min(1).max(200),
    titleEn: z.string().min(1).max(200),
    summary: z.string().min(1).max(600),
    summaryEn: z.string().min(1).max(600),
    targetSides: z.array(z.enum(TOOL_SIDES)).min(1),
    phase: z.enum(TOOL_PHASES),
    author: z.string().min(1).max(200),
    version,
    changes: z.array(z.object({ version, date: isoDate, note: z.string().min(1).max(500) }).strict()).min(1),
    files: z
      .array(
        z
          .object({
            name: z.string().regex(/^[a-z0-9-]+\.(docx|md)$/),
            mediaType: z.enum(TOOL_MEDIA_TYPES),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((entry) => entry.changes.some((change) => change.version === entry.version), {
    message: "the current version has a change-log entry",
    path: ["changes"],
  });
export type ToolManifestEntry = z.infer<typeof ToolManifestEntry>;

export const ToolManifest = z
  .array(ToolManifestEntry)
  .min(1)
  .refine((entries) => new Set(entries.map((entry) => entry.slug)).size === entries.length, {
    message: "slugs are unique",
  });
export type ToolManifest = z.infer<typeof ToolManifest>;
