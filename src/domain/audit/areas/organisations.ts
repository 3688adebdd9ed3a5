import { BAND_LABELS } from "../../organisation-labels.js";
import type { AuditVocabulary } from "./types.js";

/** Organisations, users, competences and the programme's own settings. */
export const organisationsVocabulary: AuditVocabulary = {
  entities: {
    organisation: { da: "Organisation", en: "Organisation" },
    user: { da: "Bruger", en: "User" },
    competence: { da: "Kompetence", en: "Competence" },
    programme: { da: "Programindstillinger", en: "Programme settings" },
    funding_programme: { da: "Finansieringsprogram", en: "Funding programme" },
    outreach_contact: { da: "Kontakt i kontaktloggen", en: "Outreach contact" },
  },
  actions: {
    invite: { da: "Inviteret", en: "Invited" },
    reinvite: { da: "Inviteret igen", en: "Invited again" },
    accept_invitation: { da: "Invitation accepteret", en: "Invitation accepted" },
    set_language: { da: "Sprog valgt", en: "Language chosen" },
    erase_contact_person: { da: "Kontaktperson slettet", en: "Contact person erased" },
    export_data: { da: "Data udleveret", en: "Data handed over" },
    export_own_data: { da: "Egne data hentet", en: "Own data downloaded" },
  },
  fields: {
    cvr: { da: "CVR-nummer", en: "CVR number" },
    parentId: { da: "Overordnet organisation", en: "Parent organisation" },
    employeeBand: { da: "Antal ansatte", en: "Employees" },
    isSme: { da: "SMV", en: "SME" },
    address: { da: "Adresse", en: "Address" },
    postalCode: { da: "Postnummer", en: "Postal code" },
    city: { da: "By", en: "City" },
    municipalityCode: { da: "Kommunekode", en: "Municipality code" },
    website: { da: "Hjemmeside", en: "Website" },
    db07: { da: "Branchekoder", en: "Industry codes" },
    contactPersons: { da: "Kontaktpersoner", en: "Contact persons" },
    role: { da: "Rolle", en: "Role" },
    nameDa: { da: "Navn (dansk)", en: "Name (Danish)" },
    nameEn: { da: "Navn (engelsk)", en: "Name (English)" },
    followUpOn: { da: "Opfølgning", en: "Follow-up" },
    organisationIds: { da: "Organisationer", en: "Organisations" },
  },
  values: {
    employeeBand: Object.fromEntries(Object.entries(BAND_LABELS).map(([code, { da, en }]) => [code, { da, en }])),
    role: {
      admin: { da: "Programleder", en: "Programme manager" },
      agent: { da: "Innovationsagent", en: "Innovation agent" },
      member: { da: "Organisationsbruger", en: "Organisation member" },
    },
  },
};
