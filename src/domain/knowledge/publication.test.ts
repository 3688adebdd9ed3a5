import { describe, expect, it } from "vitest";
import { CaseFacts, EntryInput, KnowledgeQuery, MethodFacts, type EditorialState, type KeyFigure } from "./entries.js";
import {
  canApprove,
  canChangeState,
  canSeeFigure,
  canViewEntry,
  currentApprovals,
  factsForReader,
  findLeakedFigures,
  isFigureReleased,
  missingApprovals,
  participatingOrganisations,
  publicationBlockers,
  type Approval,
} from "./publication.js";

const MUNICIPALITY = "00000000-0000-4000-8000-000000000001";
const COMPANY = "00000000-0000-4000-8000-000000000002";
const OTHER = "00000000-0000-4000-8000-000000000003";

const caseFacts = (extra: Partial<CaseFacts> = {}): CaseFacts =>
  CaseFacts.parse({
    status: "pilot",
    parties: [
      { organisationId: MUNICIPALITY, name: "Aarhus Kommune", side: "public", role: "initiator" },
      { organisationId: COMPANY, name: "Robotfirma ApS", side: "company", role: "collaborator" },
      { organisationId: null, name: "ABT-fonden", side: "public", role: "funder" },
    ],
    ...extra,
  });

const secret: KeyFigure = {
  label: "Virksomhedens NPV",
  value: "1.234.000 kr.",
  ownerOrganisationId: COMPANY,
  confidential: true,
};
const open: KeyFigure = {
  label: "Kommunens NPV",
  value: "560.000 kr.",
  ownerOrganisationId: null,
  confidential: false,
};
const approval = (organisationId: string, version = 2, sharesConfidential = false): Approval => ({
  organisationId,
  version,
  sharesConfidential,
});

describe("editorial states", () => {
  const cases: [EditorialState, EditorialState, boolean][] = [
    ["draft", "in_review", true],
    ["draft", "published", false],
    ["draft", "archived", false],
    ["draft", "draft", false],
    ["in_review", "draft", true],
    ["in_review", "published", true],
    ["in_review", "archived", false],
    ["published", "archived", true],
    ["published", "draft", false],
    ["published", "in_review", false],
    ["archived", "draft", true],
    ["archived", "published", false],
  ];
  it.each(cases)("%s → %s: %s", (from, to, allowed) => {
    expect(canChangeState(from, to)).toBe(allowed);
  });
});

describe("approvals", () => {
  it("needs every participating organisation known to Samspil, once each", () => {
    const facts = caseFacts({
      parties: [
        ...caseFacts().parties,
        { organisationId: COMPANY, name: "Robotfirma", side: "company", role: "test_site" },
      ],
    });
    expect(participatingOrganisations("case", facts)).toEqual([MUNICIPALITY, COMPANY]);
    expect(participatingOrganisations("method", MethodFacts.parse({}))).toEqual([]);
  });

  const table: [string, Approval[], string[]][] = [
    ["none", [], [MUNICIPALITY, COMPANY]],
    ["one", [approval(MUNICIPALITY)], [COMPANY]],
    ["both", [approval(MUNICIPALITY), approval(COMPANY)], []],
    ["an older version does not count", [approval(MUNICIPALITY), approval(COMPANY, 1)], [COMPANY]],
    ["an outsider's approval does not count", [approval(OTHER), approval(MUNICIPALITY)], [COMPANY]],
  ];
  it.each(table)("%s", (_name, approvals, missing) => {
    expect(missingApprovals([MUNICIPALITY, COMPANY], approvals, 2)).toEqual(missing);
  });

  it("current approvals are those of this version", () => {
    expect(currentApprovals([approval(MUNICIPALITY, 1), approval(COMPANY, 2)], 2)).toEqual([approval(COMPANY, 2)]);
  });

  const who: [string, { isStaff: boolean; organisationId: string | null }, string, boolean][] = [
    ["a member for their organisation", { isStaff: false, organisationId: COMPANY }, COMPANY, true],
    ["a member for another participant", { isStaff: false, organisationId: COMPANY }, MUNICIPALITY, false],
    ["staff records for a participant", { isStaff: true, organisationId: null }, COMPANY, true],
    ["staff not for an outsider", { isStaff: true, organisationId: null }, OTHER, false],
    ["an outsider for itself", { isStaff: false, organisationId: OTHER }, OTHER, false],
  ];
  it.each(who)("approve: %s", (_name, reader, organisationId, allowed) => {
    expect(canApprove(reader, organisationId, [MUNICIPALITY, COMPANY])).toBe(allowed);
  });
});

describe("a company's confidential figures", () => {
  const releases: [string, Approval[], boolean][] = [
    ["no approval", [], false],
    ["approved without sharing", [approval(COMPANY, 2, false)], false],
    ["approved and shared", [approval(COMPANY, 2, true)], true],
    ["shared for an older version", [approval(COMPANY, 1, true)], false],
    ["another organisation shares", [approval(MUNICIPALITY, 2, true)], false],
  ];
  it.each(releases)("released: %s → %s", (_name, approvals, released) => {
    expect(isFigureReleased(secret, approvals, 2)).toBe(released);
    expect(isFigureReleased(open, approvals, 2)).toBe(true);
  });

  const readers: [string, { isStaff: boolean; organisationId: string | null }, boolean][] = [
    ["staff", { isStaff: true, organisationId: null }, true],
    ["the owning company", { isStaff: false, organisationId: COMPANY }, true],
    ["the municipality in the case", { isStaff: false, organisationId: MUNICIPALITY }, false],
    ["an anonymous reader", { isStaff: false, organisationId: null }, false],
  ];
  it.each(readers)("unreleased: %s sees it: %s", (_name, reader, sees) => {
    expect(canSeeFigure(reader, secret, [], 2)).toBe(sees);
    const facts = factsForReader("case", caseFacts({ keyFigures: [open, secret] }), reader, [], 2);
    expect(facts.keyFigures).toEqual(sees ? [open, secret] : [open]);
  });

  it("leaves methods and tools as they are", () => {
    const facts = MethodFacts.parse({ whenToUse: "Altid" });
    expect(factsForReader("method", facts, { isStaff: false, organisationId: null }, [], 1)).toBe(facts);
  });

  it("finds an unreleased value copied into a text, in any case and field", () => {
    const pasted = caseFacts({ keyFigures: [secret, open], lessons: "Prisen blev 1.234.000 KR. til sidst" });
    expect(findLeakedFigures(pasted, [], 2)).toEqual([secret]);
    expect(findLeakedFigures(pasted, [approval(COMPANY, 2, true)], 2)).toEqual([]);
    const inResult = caseFacts({
      keyFigures: [secret],
      publicResults: [{ valueType: "efficiency", text: "Sparede tid", evidence: "jf. 1.234.000 kr." }],
    });
    expect(findLeakedFigures(inResult, [], 2)).toEqual([secret]);
    const short = { ...secret, value: "12" };
    expect(findLeakedFigures(caseFacts({ keyFigures: [short], lessons: "12 borgere" }), [], 2)).toEqual([]);
    const three = { ...secret, value: "123" };
    expect(findLeakedFigures(caseFacts({ keyFigures: [three], lessons: "123 borgere" }), [], 2)).toEqual([three]);
    expect(findLeakedFigures(caseFacts({ keyFigures: [secret], solution: "1.234.000 kr." }), [], 2)).toEqual([secret]);
  });
});

describe("publication blockers", () => {
  const both = [approval(MUNICIPALITY), approval(COMPANY)];
  const table: [string, EditorialState, Approval[], Partial<CaseFacts>, string[]][] = [
    ["in review with both approvals", "in_review", both, {}, []],
    ["a draft", "draft", both, {}, ["state"]],
    ["one approval missing", "in_review", [approval(MUNICIPALITY)], {}, ["approvals"]],
    ["a leaked figure", "in_review", both, { keyFigures: [secret], lessons: "1.234.000 kr." }, ["facts.keyFigures"]],
    [
      "a shared figure",
      "in_review",
      [approval(MUNICIPALITY), approval(COMPANY, 2, true)],
      { keyFigures: [secret] },
      [],
    ],
  ];
  it.each(table)("%s → %j", (_name, state, approvals, extra, fields) => {
    const blockers = publicationBlockers({ kind: "case", state, facts: caseFacts(extra), version: 2, approvals });
    expect(blockers.map((blocker) => blocker.field)).toEqual(fields);
  });

  it("names the organisations missing and the figures leaked", () => {
    const blockers = publicationBlockers({
      kind: "case",
      state: "in_review",
      facts: caseFacts({ keyFigures: [secret], need: "1.234.000 kr." }),
      version: 2,
      approvals: [],
    });
    expect(blockers).toEqual([
      { field: "approvals", items: [MUNICIPALITY, COMPANY] },
      { field: "facts.keyFigures", items: ["Virksomhedens NPV"] },
    ]);
  });

  it("a method in review needs no approvals", () => {
    const facts = MethodFacts.parse({});
    expect(publicationBlockers({ kind: "method", state: "in_review", facts, version: 1, approvals: [] })).toEqual([]);
  });
});

describe("who sees an entry", () => {
  const table: [string, EditorialState, { isStaff: boolean; organisationId: string | null } | null, boolean][] = [
    ["anyone a published one", "published", null, true],
    ["no anonymous draft", "draft", null, false],
    ["no anonymous archived", "archived", null, false],
    ["staff a draft", "draft", { isStaff: true, organisationId: null }, true],
    ["a participant a review", "in_review", { isStaff: false, organisationId: COMPANY }, true],
    ["an outsider no draft", "draft", { isStaff: false, organisationId: OTHER }, false],
    ["a member without organisation no draft", "draft", { isStaff: false, organisationId: null }, false],
  ];
  it.each(table)("%s", (_name, state, reader, sees) => {
    expect(canViewEntry(reader, state, [MUNICIPALITY, COMPANY])).toBe(sees);
  });
});

describe("schemas", () => {
  it("an entry's facts follow its kind", () => {
    const tool = { kind: "tool", title: "Testplan", summary: "Skabelon", facts: { whenToUse: "x" } };
    expect(EntryInput.safeParse(tool).success).toBe(false);
    const method = { kind: "method", title: "Åben innovation", summary: "Metode", facts: { steps: ["Åbn"] } };
    expect(EntryInput.parse(method).facts).toMatchObject({ steps: ["Åbn"], pitfalls: [] });
  });

  it("a case party has a side and a role from the lists", () => {
    const party = { organisationId: null, name: "X", side: "citizen", role: "initiator" };
    expect(CaseFacts.safeParse({ status: "pilot", parties: [party] }).success).toBe(false);
    expect(CaseFacts.safeParse({ status: "abandoned" }).success).toBe(false);
  });

  it("the phase filter takes OPIguide's Danish names too", () => {
    expect(KnowledgeQuery.parse({ phase: "markedsmodning" }).phase).toBe("market_maturation");
    expect(KnowledgeQuery.parse({ phase: "idea" }).phase).toBe("idea");
    expect(KnowledgeQuery.safeParse({ phase: "sidste" }).success).toBe(false);
  });
});
