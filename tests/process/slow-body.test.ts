import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "samspil-slow-"));
const port = 45000 + Math.floor(Math.random() * 2000);
let child: ChildProcessWithoutNullStreams;

async function waitUntilListening(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const isUp = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (isUp) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("server did not start");
}

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      WEB_ROOT: "/nonexistent",
      DEMO_DATA: "false",
      REQUEST_TIMEOUT_MS: "2000",
    },
  });
  child.stdout.resume();
  child.stderr.resume();
  await waitUntilListening(Date.now() + 90_000);
}, 100_000);

afterAll(() => {
  child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a slow request body", () => {
  it("is cut off at the configured request timeout (2 s here), with a 408 in the one error format", async () => {
    const started = Date.now();
    const { closedAfterMs, answer } = await new Promise<{ closedAfterMs: number; answer: string }>((resolve) => {
      let answer = "";
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.write(
          "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: " +
            "application/json\r\nContent-Length: 100\r\n\r\n",
        );
      });
      const drip = setInterval(() => socket.write(" "), 1_000);
      const giveUp = setTimeout(() => socket.destroy(), 15_000);
      socket.on("data", (chunk: Buffer) => {
        answer += chunk.toString();
      });
      socket.on("close", () => {
        clearInterval(drip);
        clearTimeout(giveUp);
        resolve({ closedAfterMs: Date.now() - started, answer });
      });
      socket.on("error", () => undefined);
    });
    expect(closedAfterMs).toBeLessThan(6_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"error":"request_timeout"');
    expect(answer.toLowerCase()).toContain("x-request-id:");
  }, 30_000);
});
