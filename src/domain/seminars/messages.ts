import type { Language } from "../validation.js";

/**
 * The seminar mails, in the registrant's language (kept beside the seminar rules rather than in
 * messages/index.ts: they go to people who may have no account and are never notifications).
 */
export type SeminarMessage =
  | {
      key: "confirm";
      title: string;
      startsAt: Date;
      place: string;
      link: string;
      status: "registered" | "waitlisted";
      position: number | null;
    }
  | { key: "registered"; title: string; startsAt: Date; place: string; link: string; onlineUrl: string }
  | { key: "offered"; title: string; startsAt: Date; link: string; expiresAt: Date }
  | { key: "reminder"; title: string; startsAt: Date; place: string; link: string; onlineUrl: string }
  | { key: "changed"; title: string; startsAt: Date; place: string; link: string }
  | { key: "cancelled"; title: string; startsAt: Date }
  | { key: "invitation"; title: string; startsAt: Date; name: string; link: string };

function when(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(date);
}

const lines = (...parts: (string | false)[]) => parts.filter((part) => part !== false).join("\n");

export function renderSeminarMessage(message: SeminarMessage, language: Language): { subject: string; text: string } {
  const da = language === "da";
  const at = when(message.startsAt, language);
  switch (message.key) {
    case "confirm":
      return {
        subject: da ? `Bekræft din tilmelding: ${message.title}` : `Confirm your registration: ${message.title}`,
        text: lines(
          da
            ? `Tak for din tilmelding til «${message.title}» ${at}.`
            : `Thank you for registering for «${message.title}» ${at}.`,
          message.status === "waitlisted"
            ? da
              ? `Pladserne på din side er optaget; du er på venteliste som nr. ${message.position}.`
              : `The places on your side are taken; you are number ${message.position} on the wait list.`
            : da
              ? "Du har en plads."
              : "You have a place.",
          da
            ? `Bekræft din e-mailadresse, se din status eller afmeld dig her: ${message.link}`
            : `Confirm your e-mail address, see your status or cancel here: ${message.link}`,
          message.place !== "" && (da ? `Sted: ${message.place}` : `Place: ${message.place}`),
          da ? "Kalenderfilen er vedhæftet." : "The calendar file is attached.",
        ),
      };
    case "registered":
      return {
        subject: da ? `Du er tilmeldt: ${message.title}` : `You are registered: ${message.title}`,
        text: lines(
          da ? `Du er tilmeldt «${message.title}» ${at}.` : `You are registered for «${message.title}» ${at}.`,
          message.place !== "" && (da ? `Sted: ${message.place}` : `Place: ${message.place}`),
          message.onlineUrl !== "" && (da ? `Onlinelink: ${message.onlineUrl}` : `Online link: ${message.onlineUrl}`),
          da ? `Din tilmelding: ${message.link}` : `Your registration: ${message.link}`,
          da ? "Kalenderfilen er vedhæftet." : "The calendar file is attached.",
        ),
      };
    case "offered":
      return {
        subject: da ? `Der er en plads til dig: ${message.title}` : `A place for you: ${message.title}`,
        text: lines(
          da
            ? `En plads er blevet ledig til «${message.title}» ${at}.`
            : `A place has become free at «${message.title}» ${at}.`,
          da
            ? `Tag imod den senest ${when(message.expiresAt, language)}; derefter går den videre: ${message.link}`
            : `Accept it by ${when(message.expiresAt, language)}; after that it moves on: ${message.link}`,
        ),
      };
    case "reminder":
      return {
        subject: da ? `Påmindelse: ${message.title}` : `Reminder: ${message.title}`,
        text: lines(
          da ? `«${message.title}» begynder ${at}.` : `«${message.title}» starts ${at}.`,
          message.place !== "" && (da ? `Sted: ${message.place}` : `Place: ${message.place}`),
          message.onlineUrl !== "" && (da ? `Onlinelink: ${message.onlineUrl}` : `Online link: ${message.onlineUrl}`),
          da
            ? `Kan du ikke komme, så afmeld dig her: ${message.link}`
            : `If you cannot come, cancel here: ${message.link}`,
        ),
      };
    case "changed":
      return {
        subject: da ? `Ændret tid eller sted: ${message.title}` : `Changed time or place: ${message.title}`,
        text: lines(
          da ? `«${message.title}» er flyttet til ${at}.` : `«${message.title}» now takes place ${at}.`,
          message.place !== "" && (da ? `Sted: ${message.place}` : `Place: ${message.place}`),
          da
            ? "Den vedhæftede kalenderfil opdaterer din kalender."
            : "The attached calendar file updates your calendar.",
          da ? `Din tilmelding: ${message.link}` : `Your registration: ${message.link}`,
        ),
      };
    case "cancelled":
      return {
        subject: da ? `Aflyst: ${message.title}` : `Cancelled: ${message.title}`,
        text: da
          ? `«${message.title}» ${at} er aflyst. Den vedhæftede kalenderfil fjerner aftalen.`
          : `«${message.title}» ${at} is cancelled. The attached calendar file removes the entry.`,
      };
    case "invitation":
      return {
        subject: da ? `Invitation: ${message.title}` : `Invitation: ${message.title}`,
        text: lines(
          da ? `Kære ${message.name}` : `Dear ${message.name}`,
          da
            ? `Du er inviteret til «${message.title}» ${at}. Tilmeld dig eller sig nej tak her: ${message.link}`
            : `You are invited to «${message.title}» ${at}. Register or decline here: ${message.link}`,
        ),
      };
  }
}
