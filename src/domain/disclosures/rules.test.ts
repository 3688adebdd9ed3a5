import { describe, expect, it } from "vitest";
import {
  canSeeDisclosure,
  findRecipientProblem,
  listPackContexts,
  listPackParticipants,
  recipientsOfDialogueEntry,
  recipientsOfProcessDocument,
  selectPackContents,
  visibleRecipients,
  type PackLinks,
} from "./rules.js";
import { DisclosureCreate } from "./schemas.js";

const links: PackLinks = { needIds: ["n1"], callIds: ["c1"], processIds: ["p1", "p2"], seminarIds: ["s1"] };
const keys = (refs: { kind: string; id: string }[]) => refs.map((ref) => `${ref.kind}:${ref.id}`).sort();

describe("listPackContexts", () => {
  const none: PackLinks = { needIds: [], callIds: [], processIds: [], seminarIds: [] };
  const cases: [string, { kind: "need" | "process"; id: string }, PackLinks, string[]][] = [
    [
      "a need covers the need, its calls, seminars and every process on it",
      { kind: "need", id: "n1" },
      links,
      ["call:c1", "need:n1", "process:p1", "process:p2", "seminar:s1"],
    ],
    [
      "a process covers itself and what came before on its needs, not sibling processes",
      { kind: "process", id: "p1" },
      links,
      ["call:c1", "need:n1", "process:p1", "seminar:s1"],
    ],
    [
      "a process on two needs covers both",
      { kind: "process", id: "p9" },
      { ...none, needIds: ["n1", "n2"] },
      ["need:n1", "need:n2", "process:p9"],
    ],
    ["a need without links covers only itself", { kind: "need", id: "n7" }, none, ["need:n7"]],
  ];
  it.each(cases)("%s", (_name, target, given, expected) => {
    expect(keys(listPackContexts(target, given))).toEqual(expected);
  });
});

describe("listPackParticipants", () => {
  const facts = { processCompanyIds: ["a", "b"], offeringCompanyIds: ["b", "c"], recipientCompanyIds: ["d"] };
  it.each([
    ["a process: its companies only", "process", ["a", "b"]],
    ["a need: process partners, bidders and recipients, once each", "need", ["a", "b", "c", "d"]],
  ] as const)("%s", (_name, kind, expected) => {
    expect(listPackParticipants(kind, facts).sort()).toEqual(expected);
  });
});

describe("selectPackContents", () => {
  const records = [
    { id: "to-a", recipientIds: ["a"], confidential: false },
    { id: "to-a-and-x", recipientIds: ["x", "a"], confidential: false },
    { id: "to-x", recipientIds: ["x"], confidential: false },
    { id: "secret-a", recipientIds: ["a"], confidential: true },
    { id: "secret-x", recipientIds: ["x"], confidential: true },
  ];
  it.each([
    ["participant a", ["a"], ["to-a", "to-a-and-x"], ["secret-a"]],
    ["participants a and x", ["a", "x"], ["to-a", "to-a-and-x", "to-x"], ["secret-a", "secret-x"]],
    ["no participants", [], [], []],
  ])("%s", (_name, participants, included, withheld) => {
    const selection = selectPackContents(records, participants);
    expect(selection.included.map((record) => record.id)).toEqual(included);
    expect(selection.withheld.map((record) => record.id)).toEqual(withheld);
  });
});

describe("who sees a record", () => {
  it.each([
    ["the owner side sees every record", { kind: "manager" }, ["a"], true],
    ["a recipient sees it", { kind: "company", organisationId: "a" }, ["x", "a"], true],
    ["a competitor does not", { kind: "company", organisationId: "b" }, ["a"], false],
    ["someone without an organisation does not", { kind: "company", organisationId: null }, ["a"], false],
  ] as const)("%s", (_name, viewer, recipients, expected) => {
    expect(canSeeDisclosure(viewer, [...recipients])).toBe(expected);
  });

  it.each([
    ["the owner side is told every recipient", { kind: "manager" }, ["a", "b"]],
    ["a company is told only about itself", { kind: "company", organisationId: "b" }, ["b"]],
  ] as const)("%s", (_name, viewer, expected) => {
    expect(visibleRecipients(viewer, [{ id: "a" }, { id: "b" }]).map((item) => item.id)).toEqual(expected);
  });
});

describe("findRecipientProblem", () => {
  const company = (id: string) => ({ id, kind: "company" });
  it.each([
    ["companies in a call", "call", [company("a")], [], null],
    ["a knowledge institution bidding on a call", "call", [{ id: "k", kind: "knowledge_institution" }], [], null],
    [
      "a municipality is not a company",
      "need",
      [company("a"), { id: "m", kind: "municipality" }],
      [],
      "recipient_not_company",
    ],
    ["an unknown organisation is not a company", "call", [{ id: "z", kind: null }], [], "recipient_not_company"],
    ["a process company taking part", "process", [company("a")], ["a"], null],
    ["a company outside the process", "process", [company("b")], ["a"], "recipient_not_participant"],
    ["a company registered for the seminar", "seminar", [company("a")], ["a"], null],
    [
      "a company not registered for the seminar",
      "seminar",
      [company("a"), company("b")],
      ["a"],
      "recipient_not_participant",
    ],
    ["any company around a need", "need", [company("b")], ["a"], null],
  ] as const)("%s", (_name, kind, recipients, participants, expected) => {
    expect(findRecipientProblem(kind, [...recipients], [...participants])).toBe(expected);
  });
});

describe("what Samspil records by itself", () => {
  it.each([
    ["a document the public side shares goes to every company", true, null, ["a", "b"]],
    ["a company's own upload is not a disclosure", false, null, []],
    ["material confidential for a company is that company's own", true, "a", []],
  ] as const)("%s", (_name, uploadedByPublicSide, confidentialFor, expected) => {
    expect(
      recipientsOfProcessDocument({ uploadedByPublicSide, confidentialFor, companyParticipantIds: ["a", "b", "a"] }),
    ).toEqual(expected);
  });

  it.each([
    ["an answer to one company", "answer", "a", ["a"]],
    ["an answer to all goes to every company on the call", "answer", null, ["a", "b"]],
    ["a question gives nothing", "question", "a", []],
    ["a meeting note gives nothing", "meeting", null, []],
  ] as const)("%s", (_name, kind, companyId, expected) => {
    expect(recipientsOfDialogueEntry({ kind, companyId, callCompanyIds: ["a", "b", "b"] })).toEqual(expected);
  });
});

describe("DisclosureCreate", () => {
  const id = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  it.each([
    ["a title and a recipient", { title: "Tegninger", recipientIds: [id] }, true],
    ["no recipient", { title: "Tegninger", recipientIds: [] }, false],
    ["no title", { title: " ", recipientIds: [id] }, false],
    ["a recipient that is not an id", { title: "Tegninger", recipientIds: ["x"] }, false],
    ["an unknown field", { title: "Tegninger", recipientIds: [id], secret: true }, false],
  ])("%s", (_name, input, ok) => {
    expect(DisclosureCreate.safeParse(input).success).toBe(ok);
  });
});
