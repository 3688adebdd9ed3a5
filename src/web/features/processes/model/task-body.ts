import type { ProcessTask } from "../../../../domain/process/views.js";

/** The full TaskInput for a task as the API showed it, with changes (PUT replaces the task). */
export function taskBody(task: ProcessTask, changes: Partial<{ done: boolean }> = {}) {
  return {
    kind: task.kind,
    title: task.title,
    ownerUserId: task.ownerUserId,
    ownerText: task.ownerUserId ? "" : (task.ownerName ?? ""),
    startsOn: task.startsOn,
    dueOn: task.dueOn,
    done: task.done,
    ...changes,
  };
}

/** Open and due before today (dates are ISO days, so they compare as text). */
export function isOverdue(task: ProcessTask, today: string): boolean {
  return !task.done && task.dueOn !== null && task.dueOn < today;
}

export function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
