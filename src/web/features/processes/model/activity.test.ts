import { describe, expect, it } from "vitest";
import { describeActivity } from "./activity.js";
import { checkFile, formatBytes } from "./files.js";
import { isOverdue, taskBody } from "./task-body.js";
import type { ActivityEntry, ProcessTask } from "../../../../domain/process/views.js";

const entry = (action: string, detail: Record<string, unknown>): ActivityEntry => ({
  id: "1",
  at: "2026-11-01T10:00:00.000Z",
  action,
  actor: "Jonas Holm",
  detail,
});

describe("the activity log", () => {
  it.each([
    [
      "gate:go",
      { phase: "development", status: "active", rationale: "Aftalen er på plads" },
      { kind: "gate", decision: "go", phase: "development", rationale: "Aftalen er på plads", isCompleted: false },
    ],
    [
      "gate:go",
      { phase: "implementation", status: "completed", rationale: "Udbredt" },
      { kind: "gate", decision: "go", isCompleted: true },
    ],
    ["agreement:ip", { status: "settled", note: "" }, { kind: "agreement", item: "ip", status: "settled" }],
    ["disclosures:pack", { included: ["d1"], withheld: [] }, { kind: "pack_export" }],
    [
      "participant:add",
      { organisationId: "o1", role: "developer" },
      { kind: "participant_add", role: "developer", organisationId: "o1" },
    ],
    ["task:done", { title: "Oplæring" }, { kind: "task_done", title: "Oplæring" }],
    [
      "document:upload",
      { filename: null, confidential: true },
      { kind: "document_upload", filename: null, isHidden: true },
    ],
    [
      "document:upload",
      { filename: "aftale.pdf" },
      { kind: "document_upload", filename: "aftale.pdf", isHidden: false },
    ],
    ["agreement:unknown_item", {}, { kind: "other", action: "agreement:unknown_item" }],
  ] as const)("%s reads as a sentence's parts", (action, detail, expected) => {
    expect(describeActivity(entry(action, detail))).toMatchObject(expected);
  });
});

describe("documents", () => {
  it("checks the name and size before uploading", () => {
    expect(checkFile(null)).toBe("missing");
    expect(checkFile({ name: "aftale.pdf", size: 1000 })).toBeNull();
    expect(checkFile({ name: "AFTALE.PDF", size: 1000 })).toBeNull();
    expect(checkFile({ name: "program.exe", size: 1000 })).toBe("wrong_type");
    expect(checkFile({ name: "pdf", size: 1000 })).toBe("wrong_type");
    expect(checkFile({ name: "stor.pdf", size: 10 * 1024 * 1024 + 1 })).toBe("too_large");
  });

  it("writes sizes as people read them", () => {
    expect(formatBytes(512, "da")).toBe("512 B");
    expect(formatBytes(2048, "da")).toBe("2 kB");
    expect(formatBytes(1.5 * 1024 * 1024, "da")).toBe("1,5 MB");
  });
});

describe("tasks", () => {
  const task: ProcessTask = {
    id: "t",
    kind: "training",
    title: "Oplæring",
    ownerUserId: null,
    ownerName: "Teamleder",
    startsOn: null,
    dueOn: "2026-11-20",
    done: false,
  };

  it("sends the whole task back when only «done» changes, keeping a written owner", () => {
    expect(taskBody(task, { done: true })).toEqual({
      kind: "training",
      title: "Oplæring",
      ownerUserId: null,
      ownerText: "Teamleder",
      startsOn: null,
      dueOn: "2026-11-20",
      done: true,
    });
    expect(taskBody({ ...task, ownerUserId: "u1", ownerName: "Jonas Holm" }).ownerText).toBe("");
  });

  it("is overdue only while open and past its due day", () => {
    expect(isOverdue(task, "2026-11-21")).toBe(true);
    expect(isOverdue(task, "2026-11-20")).toBe(false);
    expect(isOverdue({ ...task, done: true }, "2026-11-21")).toBe(false);
  });
});
