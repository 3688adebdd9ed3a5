import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "samspil-process-"));
const port = 43000 + Math.floor(Math.random() * 2000);
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(() => {
  children.forEach((child) => child.kill("SIGKILL"));
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function start(extraEnv: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      WEB_ROOT: "/nonexistent",
      ...extraEnv,
    },
  });
  children.push(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for "${text}". Output:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function get(pathname: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

describe("the server process", () => {
  it("starts on an empty folder, loads demo data and prints the demo accounts", async () => {
    const first = start();
    await waitFor(first, "Adgangskode for alle");
    expect(first.output()).toContain("Demodata er indlæst");
    expect(first.output()).toContain("programleder@samspil.example");

    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already in use by process \d+/);

    const agent = new http.Agent({ keepAlive: true });
    expect(await get("/ready", agent)).toBe(200);
    const stopping = Date.now();
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
    agent.destroy();
  }, 120_000);

  it("restarts on the existing folder without loading demo data again", async () => {
    const again = start();
    await waitFor(again, "Samspil kører");
    expect(again.output()).not.toContain("Demodata er indlæst");
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
  }, 120_000);
});
