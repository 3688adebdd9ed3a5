import { describe, expect, it } from "vitest";
import { renderMessage, respondentInvitationSubject, type Message } from "./index.js";

const expiresAt = new Date("2027-01-15T12:00:00Z");

describe("renderMessage", () => {
  it.each<[Message, { da: [string, string]; en: [string, string] }]>([
    [
      { key: "gate_decision", processTitle: "Loftlifte", phase: "test", decision: "adjust", rationale: "Mere tid" },
      {
        da: ["Justér: Loftlifte", "gaten efter fasen «Test og demonstration»: Justér. Mere tid"],
        en: ["Adjust: Loftlifte", "gate after the phase «Test and demonstration»: Adjust. Mere tid"],
      },
    ],
    [
      { key: "task_due", taskTitle: "Lever prototype", processTitle: "Skærmbesøg", dueOn: "2026-12-09" },
      {
        da: ["Frist 2026-12-09: Lever prototype", "Opgaven «Lever prototype» i forløbet «Skærmbesøg» har frist"],
        en: ["Due 2026-12-09: Lever prototype", "The task «Lever prototype» in the process «Skærmbesøg» is due"],
      },
    ],
    [
      { key: "outreach_follow_up", organisations: "Vejle Kommune", occurredOn: "2026-12-01", followUpOn: "2026-12-08" },
      {
        da: ["Opfølgning 2026-12-08: Vejle Kommune", "kontakten med Vejle Kommune den 2026-12-01"],
        en: ["Follow-up 2026-12-08: Vejle Kommune", "your contact with Vejle Kommune on 2026-12-01"],
      },
    ],
    [
      { key: "user_invitation", name: "Ida", link: "https://samspil.test/invitation/abc", validDays: 7 },
      {
        da: ["Invitation til Samspil", "linket virker i 7 dage):\nhttps://samspil.test/invitation/abc"],
        en: ["Invitation to Samspil", "the link works for 7 days):\nhttps://samspil.test/invitation/abc"],
      },
    ],
    [
      {
        key: "respondent_invitation",
        name: "Bo",
        organisation: "Aarhus Kommune",
        assessmentTitle: "Velfærdsteknologi 2027",
        link: "https://samspil.test/svar/xyz",
        expiresAt,
      },
      {
        da: ["Din mening: Velfærdsteknologi 2027", "gælder til 15. januar 2027"],
        en: ["Your views: Velfærdsteknologi 2027", "valid until 15 January 2027"],
      },
    ],
  ])("$key is written in the reader's language", (message, expected) => {
    for (const language of ["da", "en"] as const) {
      const rendered = renderMessage(message, language);
      expect(rendered.subject).toBe(expected[language][0]);
      expect(rendered.text).toContain(expected[language][1]);
    }
  });

  it("gives every message different words in Danish and English", () => {
    const message: Message = { key: "task_due", taskTitle: "T", processTitle: "P", dueOn: "2026-12-09" };
    expect(renderMessage(message, "da").text).not.toBe(renderMessage(message, "en").text);
  });
});

describe("respondentInvitationSubject", () => {
  it("is the subject the invitation mail carries", () => {
    expect(respondentInvitationSubject("X", "da")).toBe("Din mening: X");
    expect(respondentInvitationSubject("X", "en")).toBe("Your views: X");
  });
});
