import { Feed } from "feed";
import type { Db } from "../../db/database.js";
import { listRecentlyPublished } from "./knowledge.repo.js";

const KIND_LABEL: Record<string, string> = { case: "Case", method: "Metode", tool: "Værktøj" };

/**
 * The Atom feed of the 50 newest published entries: title, summary and a link to the portal. No facts:
 * only what the public page shows first, so nothing unpublished or confidential can ride along.
 */
export async function buildAtomFeed(db: Db, publicUrl: string): Promise<string> {
  const rows = await listRecentlyPublished(db, 50);
  const base = publicUrl.replace(/\/$/, "");
  const feed = new Feed({
    id: `${base}/viden`,
    title: "Samspil – Videnbank for offentlig-privat innovation",
    description: "Nye cases, metoder og værktøjer",
    link: `${base}/viden`,
    language: "da",
    updated: rows[0]?.published_at ?? new Date(0),
    feedLinks: { atom: `${base}/api/knowledge/feed.atom` },
    copyright: "CC BY 4.0",
    generator: "Samspil",
  });
  for (const row of rows) {
    feed.addItem({
      id: `${base}/viden/${row.id}`,
      title: row.title,
      link: `${base}/viden/${row.id}`,
      description: row.summary,
      date: row.published_at ?? row.updated_at,
      published: row.published_at ?? undefined,
      category: [{ name: KIND_LABEL[row.kind] ?? row.kind }],
    });
  }
  return feed.atom1();
}
