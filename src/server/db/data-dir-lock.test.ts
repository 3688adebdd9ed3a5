import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock.js";

const folders: string[] = [];
const makeFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "samspil-lock-"));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

describe("the data-folder lock", () => {
  it("takes over a stale lock that holds our own PID (PID 1 in a container after a crash)", () => {
    const folder = makeFolder();
    writeFileSync(path.join(folder, "samspil.lock"), String(process.pid));
    const release = acquireDataDirLock(folder);
    release();
  });

  it("refuses while another live process holds it", () => {
    const folder = makeFolder();
    // Another holder: a live PID that is not ours (our parent).
    writeFileSync(path.join(folder, "samspil.lock"), String(process.ppid));
    expect(() => acquireDataDirLock(folder)).toThrow(DataDirLockedError);
  });

  it("refuses a second lock on the same folder from this same process", () => {
    const folder = makeFolder();
    const release = acquireDataDirLock(folder);
    expect(() => acquireDataDirLock(folder)).toThrow(DataDirLockedError);
    release();
    acquireDataDirLock(folder)();
  });
});
