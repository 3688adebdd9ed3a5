import { describe, expect, it } from "vitest";
import {
  canAnswerCalls,
  detectAttachmentType,
  isDialogueEntryVisibleToCompany,
  offerState,
  sanitiseFilename,
} from "./calls.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectAttachmentType", () => {
  it.each([
    ["tilbud.pdf", bytes(0x25, 0x50, 0x44, 0x46, 0x2d), "application/pdf"],
    ["foto.PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d), "image/png"],
    ["foto.jpg", bytes(0xff, 0xd8, 0xff, 0xe0), "image/jpeg"],
    [
      "plan.docx",
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    ["noter.txt", text("Pris: 10.000 kr."), "text/plain"],
    ["virus.pdf", bytes(0x4d, 0x5a, 0x90, 0x00), null],
    ["virus.exe", bytes(0x4d, 0x5a, 0x90, 0x00), null],
    ["side.html", text("<html></html>"), null],
    ["tegning.svg", text("<svg></svg>"), null],
    ["snyd.txt", text("<!DOCTYPE html><script>alert(1)</script>"), null],
    ["binær.txt", bytes(0x41, 0x00, 0x42), null],
    ["uden-endelse", bytes(0x25, 0x50, 0x44, 0x46), null],
  ])("%s → %s", (name, content, expected) => {
    expect(detectAttachmentType(name, content)).toBe(expected);
  });
});

describe("sanitiseFilename", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\x\\tilbud.pdf", "tilbud.pdf"],
    ["ond\r\nSet-Cookie: x.pdf", "ondSet-Cookie x.pdf"],
    [".htaccess", "htaccess"],
    ["", "fil"],
    ["Tilbud på løft.pdf", "Tilbud på løft.pdf"],
  ])("%j → %j", (input, expected) => {
    expect(sanitiseFilename(input)).toBe(expected);
  });
});

describe("isDialogueEntryVisibleToCompany", () => {
  it.each([
    ["an answer to all", { kind: "answer", companyId: null }, true],
    ["a question for all", { kind: "question", companyId: null }, true],
    ["an answer to this company", { kind: "answer", companyId: "a" }, true],
    ["a meeting with this company", { kind: "meeting", companyId: "a" }, true],
    ["an answer to another company", { kind: "answer", companyId: "b" }, false],
    ["a question from another company", { kind: "question", companyId: "b" }, false],
    ["an internal note for no company", { kind: "note", companyId: null }, false],
    ["a meeting for no company", { kind: "meeting", companyId: null }, false],
    ["the closing for no company", { kind: "closing", companyId: null }, false],
  ])("%s → %s", (_label, entry, expected) => {
    expect(isDialogueEntryVisibleToCompany(entry, "a")).toBe(expected);
  });
});

describe("canAnswerCalls", () => {
  it.each([
    ["company", true],
    ["knowledge_institution", true],
    ["municipality", false],
    ["public_unit", false],
    ["region", false],
    ["state_institution", false],
    ["cluster", false],
    ["other", false],
    [null, false],
    [undefined, false],
  ])("%s → %s", (kind, expected) => {
    expect(canAnswerCalls(kind)).toBe(expected);
  });
});

describe("offerState", () => {
  const now = new Date("2026-12-11T12:00:00Z");
  const base = { id: "offer-1", callStatus: "open", deadline: new Date("2026-12-12T12:00:00Z"), chosenOfferId: null };
  it.each([
    ["open before the deadline", {}, "open"],
    ["open at the very deadline", { deadline: now }, "deadline_passed"],
    ["open after the deadline", { deadline: new Date("2026-12-10T12:00:00Z") }, "deadline_passed"],
    ["closed, this offer chosen", { callStatus: "closed", chosenOfferId: "offer-1" }, "chosen"],
    ["closed, another offer chosen", { callStatus: "closed", chosenOfferId: "offer-2" }, "not_chosen"],
    ["closed, none chosen", { callStatus: "closed" }, "closed_without_choice"],
    [
      "closed before its deadline, none chosen",
      { callStatus: "closed", deadline: new Date("2026-12-20T12:00:00Z") },
      "closed_without_choice",
    ],
  ])("%s → %s", (_label, change, expected) => {
    expect(offerState({ ...base, ...change }, now)).toBe(expected);
  });
});
