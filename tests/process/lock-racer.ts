// A child process for data-dir-lock.test.ts: on each line «<folder> <epoch ms>» it waits until that
// moment (so two racers start together), tries the data-folder lock, and answers «won» or «lost».
import { createInterface } from "node:readline";
import { acquireDataDirLock } from "../../src/server/db/data-dir-lock.js";

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const [folder, at] = line.split(" ");
  while (performance.timeOrigin + performance.now() < Number(at)) {
    // spin: a timer would add milliseconds of jitter
  }
  let result = "won";
  try {
    acquireDataDirLock(folder);
  } catch {
    result = "lost";
  }
  process.stdout.write(`${result}\n`);
});
process.stdout.write("ready\n");
