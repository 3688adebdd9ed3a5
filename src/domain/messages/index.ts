import { PHASE_LABELS, type GateDecision, type Phase } from "../process/phases.js";
import type { Language } from "../validation.js";

/**
 * Every message Samspil writes to a person (in-app notification and e-mail), keyed, in Danish
 * and English. Services pick a message and its facts; the recipient's language picks the words.
 */
export type Message =
  | {
      key: "gate_decision";
      processTitle: string;
      phase: Phase;
      decision: GateDecision;
      rationale: string;
    }
  | { key: "task_due"; taskTitle: string; processTitle: string; dueOn: string }
  | { key: "outreach_follow_up"; organisations: string; occurredOn: string; followUpOn: string }
  | { key: "user_invitation"; name: string; link: string; validDays: number }
  | {
      key: "respondent_invitation";
      name: string;
      organisation: string;
      assessmentTitle: string;
      link: string;
      expiresAt: Date;
    };

export type MessageKey = Message["key"];

export interface RenderedMessage {
  /** The notification's title and the e-mail's subject. */
  subject: string;
  /** The notification's body and the e-mail's text (without the link a notification adds). */
  text: string;
}

type Templates = {
  [K in MessageKey]: (message: Extract<Message, { key: K }>) => RenderedMessage;
};

const DECISION_WORDS: Record<Language, Record<GateDecision, string>> = {
  da: { go: "Go", adjust: "Justér", stop: "Stop" },
  en: { go: "Go", adjust: "Adjust", stop: "Stop" },
};

function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Copenhagen",
  }).format(date);
}

/** The subject of an assessment invitation: erasing a respondent finds their mails by it, in either language. */
export function respondentInvitationSubject(assessmentTitle: string, language: Language): string {
  return language === "en" ? `Your views: ${assessmentTitle}` : `Din mening: ${assessmentTitle}`;
}

const TEMPLATES: Record<Language, Templates> = {
  da: {
    gate_decision: (m) => {
      const word = DECISION_WORDS.da[m.decision];
      return {
        subject: `${word}: ${m.processTitle}`,
        text: `Beslutning ved gaten efter fasen «${PHASE_LABELS.da[m.phase]}»: ${word}. ${m.rationale}`,
      };
    },
    task_due: (m) => ({
      subject: `Frist ${m.dueOn}: ${m.taskTitle}`,
      text: `Opgaven «${m.taskTitle}» i forløbet «${m.processTitle}» har frist ${m.dueOn}.`,
    }),
    outreach_follow_up: (m) => ({
      subject: `Opfølgning ${m.followUpOn}: ${m.organisations}`,
      text: `Du aftalte at følge op ${m.followUpOn} på kontakten med ${m.organisations} den ${m.occurredOn}.`,
    }),
    user_invitation: (m) => ({
      subject: "Invitation til Samspil",
      text: [
        `Hej ${m.name}`,
        "",
        "Du er inviteret til Samspil, programmets platform for offentlig-privat innovation.",
        `Vælg din adgangskode her (linket virker i ${m.validDays} dage):`,
        m.link,
        "",
        "Venlig hilsen",
        "Samspil",
      ].join("\n"),
    }),
    respondent_invitation: (m) => ({
      subject: respondentInvitationSubject(m.assessmentTitle, "da"),
      text:
        `Kære ${m.name}\n\n${m.organisation} deltager i en innovationsvurdering ` +
        `(«${m.assessmentTitle}») og vil gerne høre din mening om, hvordan nye løsninger og ny ` +
        `teknologi bliver brugt og udviklet.\n\nDu svarer her – det tager ca. 10 minutter, og du ` +
        `kan gemme og fortsætte senere:\n${m.link}\n\nLinket er personligt og gælder til ` +
        `${formatDate(m.expiresAt, "da")}. Del det ikke med andre.\n\nVenlig hilsen\nSamspil`,
    }),
  },
  en: {
    gate_decision: (m) => {
      const word = DECISION_WORDS.en[m.decision];
      return {
        subject: `${word}: ${m.processTitle}`,
        text: `Decision at the gate after the phase «${PHASE_LABELS.en[m.phase]}»: ${word}. ${m.rationale}`,
      };
    },
    task_due: (m) => ({
      subject: `Due ${m.dueOn}: ${m.taskTitle}`,
      text: `The task «${m.taskTitle}» in the process «${m.processTitle}» is due ${m.dueOn}.`,
    }),
    outreach_follow_up: (m) => ({
      subject: `Follow-up ${m.followUpOn}: ${m.organisations}`,
      text: `You planned to follow up on ${m.followUpOn} on your contact with ${m.organisations} on ${m.occurredOn}.`,
    }),
    user_invitation: (m) => ({
      subject: "Invitation to Samspil",
      text: [
        `Dear ${m.name}`,
        "",
        "You are invited to Samspil, the programme's platform for public-private innovation.",
        `Choose your password here (the link works for ${m.validDays} days):`,
        m.link,
        "",
        "Kind regards",
        "Samspil",
      ].join("\n"),
    }),
    respondent_invitation: (m) => ({
      subject: respondentInvitationSubject(m.assessmentTitle, "en"),
      text:
        `Dear ${m.name}\n\n${m.organisation} is taking part in an innovation assessment ` +
        `(«${m.assessmentTitle}») and would like to hear your views on how new solutions and ` +
        `technology are used and developed.\n\nAnswer here — it takes about 10 minutes, and you ` +
        `can save and come back later:\n${m.link}\n\nThe link is personal and valid until ` +
        `${formatDate(m.expiresAt, "en")}. Please do not share it.\n\nKind regards\nSamspil`,
    }),
  },
};

/** The message in the reader's language. */
export function renderMessage(message: Message, language: Language): RenderedMessage {
  const template = TEMPLATES[language][message.key] as (message: Message) => RenderedMessage;
  return template(message);
}
