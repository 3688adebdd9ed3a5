import type { AuditVocabulary } from "./types.js";

/** Seminars: registrations, the wait list, check-in, invitations and outcomes. */
export const seminarsVocabulary: AuditVocabulary = {
  entities: {
    seminar: { da: "Seminar", en: "Seminar" },
    seminar_registration: { da: "Tilmelding", en: "Registration" },
    seminar_invitation: { da: "Invitation til seminar", en: "Seminar invitation" },
    seminar_outcome: { da: "Resultat af seminar", en: "Seminar outcome" },
  },
  actions: {
    register: { da: "Tilmeldt", en: "Registered" },
    offer: { da: "Plads tilbudt", en: "Place offered" },
    confirm: { da: "Bekræftet", en: "Confirmed" },
    cancel: { da: "Afmeldt", en: "Cancelled" },
    accept_offer: { da: "Plads taget imod", en: "Place accepted" },
    offer_lapsed: { da: "Tilbud om plads udløbet", en: "Place offer lapsed" },
    check_in: { da: "Tjekket ind", en: "Checked in" },
    undo_check_in: { da: "Check-in fortrudt", en: "Check-in undone" },
    walk_in: { da: "Deltog uden tilmelding", en: "Walk-in" },
    mark_no_shows: { da: "Udeblivelser registreret", en: "No-shows recorded" },
    decline: { da: "Invitation afslået", en: "Invitation declined" },
    create_need: { da: "Gjort til behov", en: "Turned into a need" },
  },
  fields: {
    startsAt: { da: "Starter", en: "Starts" },
    endsAt: { da: "Slutter", en: "Ends" },
    side: { da: "Side", en: "Side" },
    text: { da: "Tekst", en: "Text" },
  },
  values: {
    status: {
      draft: { da: "Kladde", en: "Draft" },
      published: { da: "Offentliggjort", en: "Published" },
      held: { da: "Afholdt", en: "Held" },
      closed: { da: "Lukket", en: "Closed" },
      cancelled: { da: "Aflyst", en: "Cancelled" },
      registered: { da: "Tilmeldt", en: "Registered" },
      waitlisted: { da: "På venteliste", en: "Wait-listed" },
      offered: { da: "Plads tilbudt", en: "Place offered" },
      attended: { da: "Deltog", en: "Attended" },
      no_show: { da: "Udeblev", en: "No-show" },
    },
    side: {
      public: { da: "Offentlig", en: "Public" },
      company: { da: "Virksomhed", en: "Company" },
      knowledge: { da: "Videninstitution", en: "Knowledge institution" },
      other: { da: "Andet", en: "Other" },
    },
  },
};
