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
  | { key: "signup_confirmation"; name: string; organisation: string; link: string; validHours: number }
  | { key: "signup_account_exists"; link: string }
  | { key: "signup_approved"; name: string; organisation: string; link: string }
  | { key: "signup_rejected"; name: string; organisation: string; reason: string }
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
    signup_confirmation: (m) => ({
      subject: "Bekræft din e-mail til Samspil",
      text: [
        `Hej ${m.name}`,
        "",
        `Du har oprettet en konto i Samspil for ${m.organisation}. Bekræft din e-mailadresse her`,
        `(linket virker i ${m.validHours} timer):`,
        m.link,
        "",
        "Derefter godkender en innovationsagent, at du handler for organisationen. Du får besked, når det er sket.",
        "Har du ikke oprettet en konto, kan du se bort fra denne e-mail.",
        "",
        "Venlig hilsen",
        "Samspil",
      ].join("\n"),
    }),
    signup_account_exists: (m) => ({
      subject: "Du har allerede en konto i Samspil",
      text: [
        "Hej",
        "",
        "Nogen har forsøgt at oprette en konto i Samspil med denne e-mailadresse, men du har allerede en.",
        `Log ind her: ${m.link}`,
        "Var det ikke dig, kan du se bort fra denne e-mail.",
        "",
        "Venlig hilsen",
        "Samspil",
      ].join("\n"),
    }),
    signup_approved: (m) => ({
      subject: `Du handler nu for ${m.organisation} i Samspil`,
      text: [
        `Hej ${m.name}`,
        "",
        `Din tilknytning til ${m.organisation} er godkendt.`,
        "Du kan nu afgive tilbud på åbne opslag og se jeres sider.",
        `Log ind her: ${m.link}`,
        "",
        "Venlig hilsen",
        "Samspil",
      ].join("\n"),
    }),
    signup_rejected: (m) => ({
      subject: `Din tilknytning til ${m.organisation} er ikke godkendt`,
      text: [
        `Hej ${m.name}`,
        "",
        `Vi har ikke godkendt, at du handler for ${m.organisation} i Samspil. Begrundelse: ${m.reason}`,
        "Du kan stadig logge ind. Skriv til programmets innovationsagenter, hvis du mener, det er en fejl.",
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
    signup_confirmation: (m) => ({
      subject: "Confirm your e-mail for Samspil",
      text: [
        `Dear ${m.name}`,
        "",
        `You have created an account in Samspil for ${m.organisation}. Confirm your e-mail address here`,
        `(the link works for ${m.validHours} hours):`,
        m.link,
        "",
        "Then an innovation agent approves that you act for the organisation. You will be told when that has happened.",
        "If you did not create an account, you can ignore this e-mail.",
        "",
        "Kind regards",
        "Samspil",
      ].join("\n"),
    }),
    signup_account_exists: (m) => ({
      subject: "You already have an account in Samspil",
      text: [
        "Hello",
        "",
        "Someone tried to create an account in Samspil with this e-mail address, but you already have one.",
        `Sign in here: ${m.link}`,
        "If it was not you, you can ignore this e-mail.",
        "",
        "Kind regards",
        "Samspil",
      ].join("\n"),
    }),
    signup_approved: (m) => ({
      subject: `You now act for ${m.organisation} in Samspil`,
      text: [
        `Dear ${m.name}`,
        "",
        `Your link to ${m.organisation} has been approved.`,
        "You can now answer open calls and see your organisation's pages.",
        `Sign in here: ${m.link}`,
        "",
        "Kind regards",
        "Samspil",
      ].join("\n"),
    }),
    signup_rejected: (m) => ({
      subject: `Your link to ${m.organisation} was not approved`,
      text: [
        `Dear ${m.name}`,
        "",
        `We have not approved that you act for ${m.organisation} in Samspil. Reason: ${m.reason}`,
        "You can still sign in. Write to the programme's innovation agents if you think this is a mistake.",
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
