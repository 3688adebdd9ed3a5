import { describe, expect, it } from "vitest";
import { detectAttachmentType, isDialogueEntryVisibleToCompany, sanitiseFilename } from "./calls.js";

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
