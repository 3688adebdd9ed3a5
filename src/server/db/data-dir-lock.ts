import path from "node:path";
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";

export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: number | "this process" | "another process") {
    const who =
      typeof holder === "number"
        ? `process ${holder}`
        : holder === "this process"
          ? `process ${process.pid} (this process)`
          : holder;
    super(
      `The data folder ${dataDir} is already in use by ${who}. ` +
        "Two processes on one PGlite folder corrupt it: stop the other process, or set DATA_DIR to another folder.",
    );
    this.name = "DataDirLockedError";
  }
}

/** Lock files this process holds: a lock file with our own PID is ours only if it is listed here. */
const heldLocks = new Set<string>();

/** A takeover that crashed between its two steps leaves this file; after this long it is ignored. */
const STALE_TAKEOVER_MS = 10_000;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Creates `file` holding our PID; false when it exists already (O_EXCL: atomic against other processes). */
function createExclusive(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return false;
    }
    throw error;
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw error;
    }
  }
}

/** The live process holding the lock, or null when the lock is gone or stale. */
function liveHolder(lockPath: string): number | "another process" | null {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return null;
    }
    throw error;
  }
  const pid = Number(text);
  if (text === "") {
    // Written by a holder between create and write: treat as held, never as stale.
    return "another process";
  }
  // Our own PID in a lock we do not hold is a previous life of this PID (PID 1 in a container restarted after a crash).
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) {
    return null;
  }
  return isProcessAlive(pid) ? pid : null;
}

/**
 * Takes an exclusive lock on a PGlite data folder. The lock file is created with O_EXCL; a stale one
 * (dead process, or our own PID from before a restart) is replaced only while holding a second
 * exclusive «takeover» file, so two servers started together on a stale lock cannot both win.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, "samspil.lock");
  if (heldLocks.has(lockPath)) {
    throw new DataDirLockedError(dataDir, "this process");
  }
  const release = () => {
    heldLocks.delete(lockPath);
    removeIfPresent(lockPath);
  };
  if (createExclusive(lockPath)) {
    heldLocks.add(lockPath);
    return release;
  }
  const takeoverPath = `${lockPath}.takeover`;
  if (!createExclusive(takeoverPath)) {
    // Another process is taking over right now; only a takeover file left by a crash is removed.
    const takeover = statSync(takeoverPath, { throwIfNoEntry: false });
    const isAbandoned = takeover !== undefined && Date.now() - takeover.mtimeMs > STALE_TAKEOVER_MS;
    if (!isAbandoned) {
      throw new DataDirLockedError(dataDir, liveHolder(lockPath) ?? "another process");
    }
    removeIfPresent(takeoverPath);
    if (!createExclusive(takeoverPath)) {
      throw new DataDirLockedError(dataDir, "another process");
    }
  }
  try {
    // Read again under the takeover file: another process may have taken over just before us.
    const holder = liveHolder(lockPath);
    if (holder !== null) {
      throw new DataDirLockedError(dataDir, holder);
    }
    removeIfPresent(lockPath);
    if (!createExclusive(lockPath)) {
      throw new DataDirLockedError(dataDir, liveHolder(lockPath) ?? "another process");
    }
    heldLocks.add(lockPath);
    return release;
  } finally {
    removeIfPresent(takeoverPath);
  }
}

/** The PID of the live process that holds the data folder's lock (a running server), or null. */
export function dataDirHolder(dataDir: string): number | null {
  const holder = liveHolder(path.join(dataDir, "samspil.lock"));
  return typeof holder === "number" ? holder : null;
}
