import { describe, expect, it } from "vitest";
import { decisionInWords, draftCaseFacts, isCaseReady, sideOfKind, type ProcessSnapshot } from "./from-process.js";

const MUNICIPALITY = "00000000-0000-4000-8000-000000000001";
const COMPANY = "00000000-0000-4000-8000-000000000002";

const snapshot = (extra: Partial<ProcessSnapshot> = {}): ProcessSnapshot => ({
  title: "Spiserobotter",
  description: "Robotarm der hjælper borgeren med at spise selv",
  status: "completed",
  phase: "evaluation",
  collaborationModel: "udbudsfri_opi",
  lessonsLearned: "Start med få borgere",
  participants: [
    { organisationId: MUNICIPALITY, name: "Aarhus Kommune", kind: "municipality", role: "need_owner" },
    { organisationId: COMPANY, name: "Robotfirma ApS", kind: "company", role: "developer" },
  ],
  needs: [
    {
      title: "Spisning",
      description: "Borgere skal mades",
      qualityPotential: "Værdighed",
      careArea: "disability",
      affected: "40 borgere",
    },
  ],
  gates: [
    { phase: "test", decision: "go", rationale: "Testen holdt", lessons: null },
    { phase: "evaluation", decision: "stop", rationale: "For dyr", lessons: "Prisen skulle kendes tidligere" },
  ],
  tests: [{ what: "Spiserobot på plejecenter", siteName: "Plejecenter Vest", responses: 12, overall: 74 }],
  businessCases: [
    {
      title: "BC",
      publicNpv: 560000,
      companyOrganisationId: COMPANY,
      companyOrganisationName: "Robotfirma ApS",
      companyNpv: null,
    },
  ],
  ...extra,
});

describe("draftCaseFacts", () => {
  it("takes parties with sides and roles, the phase, model, care area and need", () => {
    const facts = draftCaseFacts(snapshot());
    expect(facts.parties).toEqual([
      { organisationId: MUNICIPALITY, name: "Aarhus Kommune", side: "public", role: "initiator" },
      { organisationId: COMPANY, name: "Robotfirma ApS", side: "company", role: "collaborator" },
    ]);
    expect(facts).toMatchObject({
      phase: "market_maturation",
      model: "udbudsfri_opi",
      careArea: "disability",
      status: "pilot",
    });
    expect(facts.need).toBe("Spisning: Borgere skal mades");
    expect(facts.needEvidence).toBe("40 borgere\nVærdighed");
  });

  it("writes the gate decisions and the stop lessons", () => {
    const facts = draftCaseFacts(snapshot());
    expect(facts.phasesAndGates).toBe(
      "Test og demonstration: Videre – Testen holdt\nEvaluering og business case: Stop – For dyr",
    );
    expect(facts.lessons).toBe(
      "Start med få borgere\n\nEvaluering og business case (stoppet): Prisen skulle kendes tidligere",
    );
    expect(facts.testSummary).toBe(
      "Spiserobot på plejecenter (Plejecenter Vest): 12 svar, samlet tilfredshed 74 af 100",
    );
  });

  it("writes a stop lesson that is also the process's lessons once", () => {
    const facts = draftCaseFacts(snapshot({ lessonsLearned: "Prisen skulle kendes tidligere" }));
    expect(facts.lessons).toBe("Evaluering og business case (stoppet): Prisen skulle kendes tidligere");
  });

  it.each([
    ["completed before implementation", "completed", "evaluation", "pilot"],
    ["completed in implementation", "completed", "implementation", "implemented"],
    ["stopped", "stopped", "test", "stopped"],
  ] as const)("status: %s", (_name, status, phase, expected) => {
    expect(draftCaseFacts(snapshot({ status, phase })).status).toBe(expected);
  });

  it("a company's unshared figures never reach the draft; shared ones arrive confidential to it", () => {
    const unshared = draftCaseFacts(snapshot()).keyFigures;
    expect(unshared).toEqual([
      {
        label: "BC: nutidsværdi for den offentlige part",
        value: "560.000 kr.",
        ownerOrganisationId: null,
        confidential: false,
      },
    ]);
    const shared = draftCaseFacts(
      snapshot({
        businessCases: [
          {
            title: "BC",
            publicNpv: 1,
            companyOrganisationId: COMPANY,
            companyOrganisationName: "Robotfirma ApS",
            companyNpv: 1234000,
          },
        ],
      }),
    ).keyFigures;
    expect(shared[1]).toEqual({
      label: "BC: nutidsværdi for Robotfirma ApS",
      value: "1.234.000 kr.",
      ownerOrganisationId: COMPANY,
      confidential: true,
    });
  });

  it("an unknown model or care area is left empty", () => {
    const facts = draftCaseFacts(snapshot({ collaborationModel: "other", needs: [] }));
    expect(facts.model).toBeNull();
    expect(facts.careArea).toBeNull();
  });
});

describe("sides and readiness", () => {
  it.each([
    ["municipality", "public"],
    ["public_unit", "public"],
    ["company", "company"],
    ["knowledge_institution", "knowledge"],
    ["other", "knowledge"],
  ])("%s → %s", (kind, side) => {
    expect(sideOfKind(kind)).toBe(side);
  });

  it.each([
    ["completed", true],
    ["stopped", true],
    ["active", false],
  ] as const)("%s ready: %s", (status, ready) => {
    expect(isCaseReady(status)).toBe(ready);
  });
});

describe("decisionInWords", () => {
  it.each([
    ["go", "line", "Videre"],
    ["adjust", "line", "Justeret"],
    ["stop", "line", "Stop"],
    ["go", "lesson", "videre"],
    ["adjust", "lesson", "justeret"],
    ["stop", "lesson", "stoppet"],
    ["maybe", "line", "Ukendt beslutning"],
    ["toString", "lesson", "Ukendt beslutning"],
  ] as const)("%s as a %s reads «%s»", (decision, use, words) => {
    expect(decisionInWords(decision, use)).toBe(words);
  });

  it("orders the gate lines by phase, keeping an adjust before the go of its phase", () => {
    const facts = draftCaseFacts(
      snapshot({
        gates: [
          { phase: "test", decision: "go", rationale: "", lessons: null },
          { phase: "needs_assessment", decision: "adjust", rationale: "", lessons: null },
          { phase: "needs_assessment", decision: "go", rationale: "", lessons: null },
        ],
      }),
    );
    expect(facts.phasesAndGates).toBe(
      "Behovsafklaring: Justeret\nBehovsafklaring: Videre\nTest og demonstration: Videre",
    );
  });

  it.each([
    ["Spisning", "Spisning: Borgere skal mades"],
    ["Kan borgerne spise selv?", "Kan borgerne spise selv? Borgere skal mades"],
    ["Spisning.", "Spisning. Borgere skal mades"],
    ["Spisning!", "Spisning! Borgere skal mades"],
    ["Spisning:", "Spisning: Borgere skal mades"],
  ])("writes the need titled «%s» as «%s»", (title, need) => {
    const [first] = snapshot().needs;
    expect(draftCaseFacts(snapshot({ needs: [{ ...first, title }] })).need).toBe(need);
  });

  it("reads as a line by default", () => {
    expect(decisionInWords("go")).toBe("Videre");
  });

  it("leaves no raw code in a draft's gate lines and lessons", () => {
    const facts = draftCaseFacts(
      snapshot({
        gates: [
          { phase: "development", decision: "adjust", rationale: "", lessons: "Mere tid til oplæring" },
          { phase: "test", decision: "go", rationale: "", lessons: null },
        ],
      }),
    );
    expect(facts.phasesAndGates).toBe("Udvikling: Justeret\nTest og demonstration: Videre");
    expect(facts.lessons).toContain("Udvikling (justeret): Mere tid til oplæring");
    expect(`${facts.phasesAndGates}\n${facts.lessons}`).not.toMatch(/\b(go|adjust|stop)\b/);
  });
});

describe("draftCaseFacts: the rest of the draft", () => {
  it.each([
    ["need_owner", "initiator"],
    ["developer", "collaborator"],
    ["knowledge_partner", "collaborator"],
    ["test_site", "test_site"],
    ["funder", "funder"],
    ["evaluator", "evaluator"],
  ] as const)("a participant as %s is a party as %s", (role, partyRole) => {
    const [first] = snapshot().participants;
    expect(draftCaseFacts(snapshot({ participants: [{ ...first, role }] })).parties[0].role).toBe(partyRole);
  });

  it("leaves what Samspil does not know empty, supplied by Samspil under CC BY 4.0", () => {
    expect(draftCaseFacts(snapshot())).toMatchObject({
      innovationType: null,
      novelty: null,
      technology: "",
      funding: "",
      publicResults: [],
      companyResult: "",
      companyEvidence: "",
      conditions: "",
      suppliedBy: "Samspil",
      licence: "CC BY 4.0",
      sources: [],
    });
  });

  it("joins several needs by a blank line and leaves out empty evidence", () => {
    const [first] = snapshot().needs;
    const facts = draftCaseFacts(
      snapshot({
        needs: [
          { ...first, title: "Spis.ning", affected: "" },
          { ...first, title: "Drikke", description: "Borgere skal have væske", qualityPotential: "" },
        ],
      }),
    );
    expect(facts.need).toBe("Spis.ning: Borgere skal mades\n\nDrikke: Borgere skal have væske");
    expect(facts.needEvidence).toBe("Værdighed\n40 borgere");
  });

  it("writes each test on its own line, its satisfaction only when measured", () => {
    const facts = draftCaseFacts(
      snapshot({
        tests: [
          { what: "Spiserobot", siteName: null, responses: 3, overall: null },
          { what: "Drikkerobot", siteName: "Plejecenter Øst", responses: 5, overall: 0 },
        ],
      }),
    );
    expect(facts.testSummary).toBe(
      "Spiserobot: 3 svar\nDrikkerobot (Plejecenter Øst): 5 svar, samlet tilfredshed 0 af 100",
    );
  });

  it("a shared company figure without a known company stays out", () => {
    const figures = draftCaseFacts(
      snapshot({
        businessCases: [
          { title: "BC", publicNpv: 1, companyOrganisationId: null, companyOrganisationName: null, companyNpv: 5 },
        ],
      }),
    ).keyFigures;
    expect(figures.map((figure) => figure.label)).toEqual(["BC: nutidsværdi for den offentlige part"]);
  });

  it("names «the company» when its name is unknown", () => {
    const figures = draftCaseFacts(
      snapshot({
        businessCases: [
          { title: "BC", publicNpv: 1, companyOrganisationId: COMPANY, companyOrganisationName: null, companyNpv: 5 },
        ],
      }),
    ).keyFigures;
    expect(figures[1].label).toBe("BC: nutidsværdi for virksomheden");
  });
});
