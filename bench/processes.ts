import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ROOT } from "./config.js";

const OUTPUT_LINES = 40;

export interface ServerProcess {
  name: string;
  baseUrl: string;
  pid: number;
  /** Milliseconds from spawn until GET /ready answered 200. */
  readyMs: number;
  /** Peak resident memory so far (VmHWM), in MiB; undefined when /proc is not readable. */
  peakRssMiB: () => number | undefined;
  /** CPU time (user + system) the process has used so far, in ms; undefined without /proc. */
  cpuTimeMs: () => number | undefined;
  output: () => string;
  stop: () => Promise<void>;
}

export interface ServerSpec {
  name: string;
  /** TypeScript entry, relative to the repository root. */
  entry: string;
  port: number;
  env: Record<string, string>;
  readyTimeoutMs?: number;
}

/** A free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "DATA_DIR", "BENCH_DATABASE_URL", "NODE_OPTIONS"]) {
    delete env[name];
  }
  return { ...env, HOST: "127.0.0.1", LOG_LEVEL: "warn", DEMO_DATA: "false", ...extra };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function readPeakRssMiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU (ms) of a process, of its exited children, and its parent pid, from /proc/<pid>/stat. */
function readProcStat(pid: number): { cpuMs: number; exitedChildrenCpuMs: number; parentPid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name "(...)": state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ms = (first: number, second: number) =>
      ((Number(fields[first]) + Number(fields[second])) * 1000) / CLOCK_TICKS_PER_SECOND;
    return { cpuMs: ms(11, 12), exitedChildrenCpuMs: ms(13, 14), parentPid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

function readCpuTimeMs(pid: number): number | undefined {
  return readProcStat(pid)?.cpuMs;
}

/**
 * CPU time of a process and its direct children, live or exited (the PostgreSQL postmaster,
 * its backends and its short-lived parallel workers).
 */
export function readTreeCpuTimeMs(rootPid: number): number | undefined {
  const root = readProcStat(rootPid);
  if (!root) {
    return undefined;
  }
  let total = root.cpuMs + root.exitedChildrenCpuMs;
  for (const entry of readdirSync("/proc")) {
    if (/^\d+$/.test(entry)) {
      const stat = readProcStat(Number(entry));
      if (stat && stat.parentPid === rootPid) {
        total += stat.cpuMs;
      }
    }
  }
  return total;
}

/**
 * Starts `node --import tsx <entry>` as a child (as production would run it, without npx),
 * and resolves once GET /ready answers 200. Rejects, after stopping the child, when it exits
 * or is not ready in time.
 */
export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const startedAt = performance.now();
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under test.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", spec.entry], {
    cwd: ROOT,
    env: childEnv({ ...spec.env, PORT: String(spec.port) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES));
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const pid = child.pid ?? -1;

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    child.kill("SIGTERM");
    if (!(await waitForExit(child, 15_000))) {
      child.kill("SIGKILL");
      await waitForExit(child, 5_000);
    }
  };
  const baseUrl = `http://127.0.0.1:${spec.port}`;
  const deadline = startedAt + (spec.readyTimeoutMs ?? 60_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${spec.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${lines.join("\n")}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) {
        return {
          name: spec.name,
          baseUrl,
          pid,
          readyMs: performance.now() - startedAt,
          peakRssMiB: () => readPeakRssMiB(pid),
          cpuTimeMs: () => readCpuTimeMs(pid),
          output: () => lines.join("\n"),
          stop,
        };
      }
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  await stop();
  throw new Error(`${spec.name} was not ready within ${spec.readyTimeoutMs ?? 60_000} ms:\n${lines.join("\n")}`);
}

export interface PgCluster {
  url: string;
  stop: () => void;
  /** CPU time of the cluster's processes so far (ms); exited backends drop out. */
  cpuTimeMs: () => number | undefined;
}

/** A throwaway PostgreSQL cluster on loopback (scripts/pg-cluster.sh); stop() also deletes it. */
export async function startPgCluster(): Promise<PgCluster> {
  execFileSync("bash", [path.join(ROOT, "scripts/ensure-tools.sh")], { stdio: ["ignore", "inherit", "inherit"] });
  const dir = mkdtempSync(path.join(tmpdir(), "samspil-bench-pg-"));
  const stop = () => {
    try {
      execFileSync("bash", [path.join(ROOT, "scripts/pg-cluster.sh"), "stop", dir], {
        stdio: ["ignore", "ignore", "inherit"],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const port = await findFreePort();
    const url = execFileSync("bash", [path.join(ROOT, "scripts/pg-cluster.sh"), "start", dir, String(port)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
    const cpuTimeMs = () => {
      try {
        return readTreeCpuTimeMs(Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]));
      } catch {
        return undefined;
      }
    };
    return { url, stop, cpuTimeMs };
  } catch (error) {
    stop();
    throw error;
  }
}
