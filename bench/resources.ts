import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/** One reading of the app process and the database, `atS` seconds after sampling began. */
export interface ResourceSample {
  atS: number;
  /** Resident memory now (VmRSS), MiB. */
  rssMiB: number | undefined;
  /** Open file descriptors (/proc/<pid>/fd), sockets included. */
  fds: number | undefined;
  /** Client connections in pg_stat_activity for the app's database (the sampler's own excluded). */
  dbConnections: number | undefined;
}

export type ResourceName = "rssMiB" | "fds" | "dbConnections";

export interface Plateau {
  name: ResourceName;
  first: number | undefined;
  min: number | undefined;
  max: number | undefined;
  last: number | undefined;
  /** Highest reading in the middle and in the last third of the samples. */
  middleMax: number | undefined;
  lastMax: number | undefined;
  /** Undefined when not measurable (no /proc, PGlite has no connections to count). */
  pass: boolean | undefined;
  rule: string;
}

/** Allowed rise of the last third's highest reading over the middle third's. */
const PLATEAU_RULES: Record<ResourceName, { relative: number; absolute: number; rule: string }> = {
  rssMiB: { relative: 0.05, absolute: 0, rule: "last third's max ≤ middle third's max + 5 %" },
  fds: { relative: 0, absolute: 2, rule: "last third's max ≤ middle third's max + 2" },
  dbConnections: { relative: 0, absolute: 1, rule: "last third's max ≤ middle third's max + 1" },
};

function readRssMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : undefined;
  } catch {
    return undefined;
  }
}

function readFdCount(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return undefined;
  }
}

export interface ResourceSampler {
  /** Stops sampling (after one last sample) and returns all samples. */
  stop: () => Promise<ResourceSample[]>;
}

/**
 * Samples the app process every `intervalMs` until stopped: VmRSS, open descriptors, and, when
 * `databaseUrl` is given, the database's client connections (pg_stat_activity) over one
 * connection of its own.
 */
export async function startResourceSampler(
  pid: number,
  intervalMs: number,
  databaseUrl: string | undefined,
): Promise<ResourceSampler> {
  const client = databaseUrl
    ? new pg.Client({ connectionString: databaseUrl, application_name: "samspil-bench-sampler" })
    : undefined;
  await client?.connect();
  const countConnections = async (): Promise<number | undefined> => {
    if (!client) {
      return undefined;
    }
    const result = await client.query<{ count: number }>(
      "select count(*)::int as count from pg_stat_activity where datname = current_database() " +
        "and backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    return result.rows[0]?.count;
  };
  const startedAt = performance.now();
  const samples: ResourceSample[] = [];
  const take = async () => {
    samples.push({
      atS: Math.round(performance.now() - startedAt) / 1000,
      rssMiB: readRssMiB(pid),
      fds: readFdCount(pid),
      dbConnections: await countConnections(),
    });
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await take();
      const due = startedAt + samples.length * intervalMs;
      while (running && performance.now() < due) {
        await sleep(Math.min(200, due - performance.now()));
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await take();
      await client?.end();
      return samples;
    },
  };
}

function values(samples: ResourceSample[], name: ResourceName): number[] {
  return samples.map((sample) => sample[name]).filter((value): value is number => value !== undefined);
}

function max(list: number[]): number | undefined {
  return list.length === 0 ? undefined : Math.max(...list);
}

/** Compares the last third of the readings with the middle third (the first third is warm-up). */
export function judgePlateau(samples: ResourceSample[], name: ResourceName): Plateau {
  const list = values(samples, name);
  const third = Math.floor(list.length / 3);
  const middleMax = third > 0 ? max(list.slice(third, 2 * third)) : undefined;
  const lastMax = third > 0 ? max(list.slice(2 * third)) : undefined;
  const { relative, absolute, rule } = PLATEAU_RULES[name];
  const pass =
    middleMax === undefined || lastMax === undefined ? undefined : lastMax <= middleMax * (1 + relative) + absolute;
  return {
    name,
    first: list[0],
    min: list.length ? Math.min(...list) : undefined,
    max: max(list),
    last: list.at(-1),
    middleMax,
    lastMax,
    pass,
    rule,
  };
}

export interface RssGrowth {
  /** Highest and lowest reading of each half of the run, MiB. */
  firstHalf: { min: number; max: number };
  secondHalf: { min: number; max: number };
  /** Second half's peak over the first half's, as a fraction. */
  growth: number;
}

/**
 * RSS growth over a run, peak to peak: the highest reading of the second half over the highest
 * of the first half. RSS climbs as the heap fills and drops at each major GC (a sawtooth of a
 * quarter of the RSS, about 30 s long, in a 60 s L2 run), so two single readings, or medians of
 * the ends, measure where the saw happens to be; the peaks of whole halves do not. A leak lifts
 * both the peaks and the floors, and the floors are shown too.
 */
export function rssGrowth(samples: ResourceSample[]): RssGrowth | undefined {
  const list = values(samples, "rssMiB");
  if (list.length < 4) {
    return undefined;
  }
  const half = Math.floor(list.length / 2);
  const first = list.slice(0, half);
  const second = list.slice(half);
  const firstHalf = { min: Math.min(...first), max: Math.max(...first) };
  const secondHalf = { min: Math.min(...second), max: Math.max(...second) };
  return { firstHalf, secondHalf, growth: secondHalf.max / firstHalf.max - 1 };
}
