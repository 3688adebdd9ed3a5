import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const base = mkdtempSync(path.join(tmpdir(), "samspil-lock-race-"));
const racers: ChildProcessWithoutNullStreams[] = [];
/** A PID that is certainly not running: far above the kernel's pid_max. */
const DEAD_PID = 2 ** 30;

afterAll(() => {
  racers.forEach((racer) => racer.kill("SIGKILL"));
  rmSync(base, { recursive: true, force: true });
});

function startRacer(): { next: () => Promise<string>; send: (line: string) => void } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/process/lock-racer.ts"], { cwd: root });
  racers.push(child);
  const waiting: ((line: string) => void)[] = [];
  const pending: string[] = [];
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    let end = buffer.indexOf("\n");
    while (end >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const resolve = waiting.shift();
      if (resolve) {
        resolve(line);
      } else {
        pending.push(line);
      }
      end = buffer.indexOf("\n");
    }
  });
  child.stderr.resume();
  return {
    next: () => {
      const line = pending.shift();
      return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiting.push(resolve));
    },
    send: (line) => child.stdin.write(`${line}\n`),
  };
}

describe("two servers started together on a stale data-folder lock", () => {
  it("exactly one takes the lock, in each of 50 rounds", async () => {
    const [a, b] = [startRacer(), startRacer()];
    expect(await a.next()).toBe("ready");
    expect(await b.next()).toBe("ready");
    const winners: number[] = [];
    for (let round = 0; round < 50; round += 1) {
      const folder = path.join(base, String(round));
      mkdirSync(folder);
      writeFileSync(path.join(folder, "samspil.lock"), String(DEAD_PID));
      const at = Date.now() + 30;
      a.send(`${folder} ${at}`);
      b.send(`${folder} ${at}`);
      const results = await Promise.all([a.next(), b.next()]);
      winners.push(results.filter((result) => result === "won").length);
    }
    expect(winners.filter((count) => count !== 1)).toEqual([]);
  }, 90_000);
});
