import type { z } from "zod";

/**
 * Validation messages are keys, so the server and the browser say the same thing in
 * the reader's language. `describeIssue` turns a Zod issue into a sentence.
 */
export const MESSAGES = {
  da: {
    required: "Skal udfyldes",
    invalid_type: "Har en forkert type",
    too_long: "Må højst være {max} tegn",
    too_short: "Skal være mindst {min} tegn",
    too_many: "Højst {max} elementer",
    too_small_number: "Skal være mindst {min}",
    too_big_number: "Må højst være {max}",
    invalid_option: "Er ikke en af de tilladte værdier",
    unknown_field: "Feltet findes ikke og må ikke sendes: {keys}",
    invalid: "Er ugyldig",
    nul_character: "Må ikke indeholde NUL-tegn",
    number_expected: "Skal være et tal",
    whole_number: "Skal være et helt tal",
    horizon_negative: "Tidshorisonten kan ikke være negativ",
    horizon_max: "Tidshorisonten må højst være 70 år",
    discount_rate_max: "Diskonteringsrenten skal være under 100 %",
    discount_mode: "Vælg Finansministeriets rente eller en egen rente",
    scenario_field: "Vælg et af de tal, et scenarie kan ændre",
    scenario_field_twice: "Scenariet ændrer allerede dette tal",
    scenario_name_taken: "Et andet scenarie har allerede dette navn",
    percent_max: "Må højst være 100 %",
    adoption_decreasing: "Markedsandelen er akkumuleret og kan ikke falde fra et år til det næste",
    version_ref: "Skal være et versionsnummer eller «current»",
    version_unknown: "Versionen findes ikke",
    business_case_public_organisation: "Skal være en offentlig organisation eller enhed",
    business_case_company_organisation: "Skal være en virksomhed",
    business_case_own_organisation: "Du kan kun oprette en business case, som din egen organisation er part i",
    business_case_no_company: "Business casen har ingen virksomhed",
    business_case_side_forbidden: "Du kan ikke ændre denne side af business casen",
    business_case_need_unknown: "Behovet findes ikke, eller du har ikke adgang til det",
    business_case_process_unknown: "Forløbet findes ikke, eller du har ikke adgang til det",
    cvr_format: "CVR-nummeret skal være 8 cifre",
    cvr_checksum: "CVR-nummeret er ikke gyldigt: kontrolcifferet passer ikke",
    cvr_taken: "Der findes allerede en organisation med dette CVR-nummer",
    municipality_unknown: "Kommunekoden findes ikke på listen over de 98 kommuner",
    parent_required: "En offentlig enhed skal høre under en kommune, region eller statslig institution",
    parent_invalid: "Den overordnede organisation skal være offentlig og må ikke være enheden selv",
    url: "Skal være en webadresse, der begynder med http:// eller https://",
    email: "Skal være en gyldig e-mailadresse",
    uuid: "Skal være et gyldigt id",
    password_short: "Adgangskoden skal være mindst 8 tegn",
    password_long: "Adgangskoden må højst være 128 tegn",
    password_common: "Adgangskoden er for almindelig. Vælg en anden",
    member_needs_organisation: "En organisationsbruger skal høre til en organisation",
    email_taken: "Der findes allerede en bruger med denne e-mailadresse",
    competence_unknown: "Ukendt kompetence",
    db07_unknown: "Ukendt branchekode",
    number_required: "Skal være et tal",
    not_negative: "Må ikke være negativ",
    reason_required: "Skriv en begrundelse",
    owner_not_public: "Behovet skal ejes af en offentlig organisation eller enhed",
    co_owner_not_public: "Medejere skal være offentlige organisationer eller enheder, og ejeren må ikke gentages",
    region_unknown: "Ukendt regionskode",
    deadline_past: "Fristen skal ligge i fremtiden",
    deadline_passed: "Fristen for tilbud er overskredet",
    call_closed: "Udbuddet er lukket",
    need_has_open_call: "Behovet har allerede et åbent opslag",
    file_required: "Vælg en fil",
    file_multipart: "Send filen som multipart/form-data i feltet «file»",
    file_malformed: "Forsendelsen kunne ikke læses som multipart/form-data (afkortet, eller uden grænsemarkør)",
    file_too_large: "Filen må højst fylde {max} MB",
    file_type: "Kun PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT eller CSV – og indholdet skal passe til filtypen",
    key_format: "Skal være små bogstaver, tal og _ og begynde med et bogstav",
    key_duplicate: "Nøglen er brugt mere end én gang",
    period_order: "Slutdatoen skal ligge efter startdatoen",
    milestone_outside_period: "Milepælen skal ligge i programperioden ({from} til {to})",
    measure_unknown: "Målingen «{measure}» findes ikke",
    audience_unknown: "Gruppen er ikke en af skemaets grupper",
    question_unknown: "Spørgsmålet findes ikke i dit skema",
    scale_range: "Svaret skal være et helt tal fra {min} til {max}",
    scale_range_dont_know: "Svaret skal være et helt tal fra {min} til {max} eller «ved ikke»",
    option_unknown: "Svarmuligheden findes ikke: {option}",
    answer_type: "Svaret har en forkert form for dette spørgsmål",
    choices_duplicate: "Den samme svarmulighed er valgt flere gange",
    choices_max: "Vælg højst {max}",
    section_not_dimension: "Afsnittets nøgle skal være en af dimensionerne: {keys}",
    group_unknown: "Gruppen skal være en af: {keys}",
    template_key_format: "Skal være små bogstaver, tal og bindestreg (2–60 tegn)",
    template_key_taken: "Der findes allerede en skabelon med denne nøgle",
    template_in_use: "Skabelonversionen bruges af en vurdering og kan ikke slettes",
    template_not_draft: "Kun en kladde kan slettes",
    template_not_published: "Skabelonen er ikke udgivet; udgiv den, før en vurdering kan bruge den",
    template_already_published: "Versionen er allerede udgivet",
    assessment_public_organisation: "Vurderingen skal gælde en offentlig organisation eller enhed",
    assessment_closed: "Vurderingen er lukket og kan ikke længere besvares",
    audience_not_in_template: "Skabelonen har ingen spørgsmål til denne gruppe",
    link_unknown: "Linket findes ikke. Tjek, at du har hele linket fra din e-mail",
    link_expired: "Linket er udløbet. Bed den, der inviterede dig, om et nyt link; dine gemte svar er ikke gået tabt",
    respondent_submitted: "Besvarelsen er allerede sendt og kan ikke ændres",
    respondent_erased: "Respondentens navn, e-mail og link er slettet",
    gap_no_data: "Der er ingen svar i denne dimension at bygge et behov på",
    need_required: "Vælg mindst ét behov",
    consent_required: "Du skal give samtykke for at kunne svare",
    name_or_anonymous: "Skriv dit navn, eller vælg at svare anonymt",
    staff_only_field: "Kun innovationsagenter og programlederen kan ændre dette felt",
    too_many_attempts: "For mange forsøg. Vent et par minutter, og prøv igen",
    end_before_start: "Slutdatoen skal ligge efter startdatoen",
    task_owner_not_in_process:
      "Den ansvarlige skal være en person i forløbet. Skriv navnet, hvis personen ikke har en konto",
    wrong_phase: "Beslutningen skal gælde den aktuelle fase ({expected})",
    lessons_required: "Skriv, hvad I har lært, når forløbet stoppes",
    rationale_required: "Skriv en begrundelse for beslutningen",
    process_closed: "Forløbet er afsluttet og kan ikke få flere beslutninger",
    go_blocked: "Der kan ikke siges go endnu: {blockers}",
    recipient_not_company: "Modtagerne skal være virksomheder eller videninstitutioner",
    recipient_not_participant: "Modtagerne skal være virksomheder, der deltager i forløbet",
    giver_not_public: "Skal være en offentlig organisation eller enhed",
    description_or_file: "Beskriv materialet, eller vedhæft filen",
    // seminars
    reserved_above_capacity: "Der kan ikke reserveres flere pladser end kapaciteten",
    window_closes_before_opening: "Tilmeldingen skal lukke efter, at den åbner",
    window_after_end: "Tilmeldingen skal lukke senest, når seminaret slutter",
    place_or_online_required: "Angiv et sted eller et onlinelink",
    registration_not_open: "Tilmeldingen er ikke åbnet endnu; den åbner {at}",
    registration_closed: "Tilmeldingen er lukket",
    seminar_not_open: "Seminaret er ikke åbent for tilmelding",
    side_required: "Vælg hvilken side du deltager for",
    claim_expired: "Tilbuddet om en plads er udløbet, og pladsen er givet videre",
    claim_not_offered: "Der er ikke tilbudt dig en plads lige nu",
    confirmation_used: "Tilmeldingen er allerede bekræftet; linket kan ikke bruges igen",
    registration_cancelled: "Tilmeldingen er afmeldt",
    capacity_below_registered: "{count} er tilmeldt på denne side; kapaciteten kan ikke være lavere",
    seminar_move: "Seminaret kan ikke gå fra «{from}» til «{to}»",
    registration_move: "Tilmeldingen kan ikke gå fra «{from}» til «{to}»",
    seminar_locked: "Seminaret er afsluttet eller aflyst og kan ikke ændres",
    invitation_unknown: "Invitationen findes ikke",
    outcome_not_idea: "Kun en idé kan blive til et behov, og kun én gang",
    no_shows_before_start: "Udeblevne kan først markeres, når seminaret er begyndt",
    survey_answered: "Du har allerede svaret. Tak! Et link kan kun bruges én gang",
    options_min_two: "Et spørgsmål med svarmuligheder skal have mindst to",
    contact_in_future: "Kontakten skal have fundet sted: datoen må ikke ligge efter i dag",
    follow_up_before_contact: "Opfølgningen kan ikke ligge før kontakten",
    organisation_required: "Vælg mindst én organisation",
    organisation_unknown: "Organisationen findes ikke i registret",
    signup_link_unknown: "Linket findes ikke. Tjek, at du har hele linket fra din e-mail",
    signup_link_expired: "Linket er udløbet. Opret kontoen igen for at få et nyt link",
    signup_link_used: "Linket er allerede brugt. Log ind med din e-mail og adgangskode",
    signup_not_pending: "Anmodningen er allerede afgjort",
    email_duplicate: "E-mailadressen står også i række {row}",
    bulk_empty: "Listen er tom. Skriv én person pr. linje: navn, e-mail og gruppe",
  },
  en: {
    required: "Is required",
    invalid_type: "Has the wrong type",
    too_long: "Must be at most {max} characters",
    too_short: "Must be at least {min} characters",
    too_many: "At most {max} items",
    too_small_number: "Must be at least {min}",
    too_big_number: "Must be at most {max}",
    invalid_option: "Is not one of the allowed values",
    unknown_field: "Unknown field, must not be sent: {keys}",
    invalid: "Is invalid",
    nul_character: "Must not contain NUL characters",
    number_expected: "Must be a number",
    whole_number: "Must be a whole number",
    horizon_negative: "The horizon cannot be negative",
    horizon_max: "The horizon must be at most 70 years",
    discount_rate_max: "The discount rate must be under 100 %",
    discount_mode: "Choose the Ministry of Finance's rate or a rate of your own",
    scenario_field: "Choose one of the figures a scenario can change",
    scenario_field_twice: "The scenario already changes this figure",
    scenario_name_taken: "Another scenario already has this name",
    percent_max: "Must be at most 100 %",
    adoption_decreasing: "The market share is cumulative and cannot fall from one year to the next",
    version_ref: "Must be a version number or «current»",
    version_unknown: "The version does not exist",
    business_case_public_organisation: "Must be a public organisation or unit",
    business_case_company_organisation: "Must be a company",
    business_case_own_organisation: "You can only create a business case your own organisation is a party to",
    business_case_no_company: "The business case has no company",
    business_case_side_forbidden: "You cannot change this side of the business case",
    business_case_need_unknown: "The need does not exist, or you do not have access to it",
    business_case_process_unknown: "The process does not exist, or you do not have access to it",
    cvr_format: "The CVR number must be 8 digits",
    cvr_checksum: "The CVR number is not valid: the check digit does not match",
    cvr_taken: "An organisation with this CVR number already exists",
    municipality_unknown: "The municipality code is not one of the 98 municipalities",
    parent_required: "A public unit must belong to a municipality, region or state institution",
    parent_invalid: "The parent must be a public organisation and not the unit itself",
    url: "Must be a web address starting with http:// or https://",
    email: "Must be a valid e-mail address",
    uuid: "Must be a valid id",
    password_short: "The password must be at least 8 characters",
    password_long: "The password must be at most 128 characters",
    password_common: "The password is too common. Choose another",
    member_needs_organisation: "An organisation member must belong to an organisation",
    email_taken: "A user with this e-mail address already exists",
    competence_unknown: "Unknown competence",
    db07_unknown: "Unknown industry code",
    number_required: "Must be a number",
    not_negative: "Must not be negative",
    reason_required: "Give a reason",
    owner_not_public: "The need must be owned by a public organisation or unit",
    co_owner_not_public: "Co-owners must be public organisations or units, and the owner must not be repeated",
    region_unknown: "Unknown region code",
    deadline_past: "The deadline must be in the future",
    deadline_passed: "The deadline for offers has passed",
    call_closed: "The call is closed",
    need_has_open_call: "The need already has an open call",
    file_required: "Choose a file",
    file_multipart: "Send the file as multipart/form-data in the field «file»",
    file_malformed: "The upload could not be read as multipart/form-data (truncated, or without a boundary)",
    file_too_large: "The file may be at most {max} MB",
    file_type:
      "Only PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT or CSV – and the content must match the file type",
    key_format: "Must be lower-case letters, digits and _, starting with a letter",
    key_duplicate: "The key is used more than once",
    period_order: "The end date must be after the start date",
    milestone_outside_period: "The milestone must lie in the programme period ({from} to {to})",
    measure_unknown: "The measure «{measure}» does not exist",
    audience_unknown: "The group is not one of the questionnaire's groups",
    question_unknown: "The question is not part of your form",
    scale_range: "The answer must be a whole number from {min} to {max}",
    scale_range_dont_know: "The answer must be a whole number from {min} to {max} or «don't know»",
    option_unknown: "The option does not exist: {option}",
    answer_type: "The answer has the wrong form for this question",
    choices_duplicate: "The same option is chosen more than once",
    choices_max: "Choose at most {max}",
    section_not_dimension: "The section key must be one of the dimensions: {keys}",
    group_unknown: "The group must be one of: {keys}",
    template_key_format: "Must be lower-case letters, digits and hyphens (2–60 characters)",
    template_key_taken: "A template with this key already exists",
    template_in_use: "The template version is used by an assessment and cannot be deleted",
    template_not_draft: "Only a draft can be deleted",
    template_not_published: "The template is not published; publish it before an assessment can use it",
    template_already_published: "The version is already published",
    assessment_public_organisation: "The assessment must concern a public organisation or unit",
    assessment_closed: "The assessment is closed and can no longer be answered",
    audience_not_in_template: "The template has no questions for this group",
    link_unknown: "The link does not exist. Check that you have the whole link from your e-mail",
    link_expired:
      "The link has expired. Ask the person who invited you for a new link; your saved answers are not lost",
    respondent_submitted: "The response has already been submitted and cannot be changed",
    respondent_erased: "The respondent's name, e-mail and link have been erased",
    gap_no_data: "There are no answers in this dimension to base a need on",
    need_required: "Choose at least one need",
    consent_required: "You must give consent to answer",
    name_or_anonymous: "Write your name, or choose to answer anonymously",
    staff_only_field: "Only innovation agents and the programme manager can change this field",
    too_many_attempts: "Too many attempts. Wait a few minutes and try again",
    end_before_start: "The end date must be after the start date",
    task_owner_not_in_process: "The owner must be a person in this process. Type the name if the person has no account",
    wrong_phase: "The decision must concern the current phase ({expected})",
    lessons_required: "Write what you learned when stopping the process",
    rationale_required: "Give a rationale for the decision",
    process_closed: "The process has ended and takes no more decisions",
    go_blocked: "Go is not possible yet: {blockers}",
    recipient_not_company: "The recipients must be companies or knowledge institutions",
    recipient_not_participant: "The recipients must be companies taking part in the process",
    giver_not_public: "Must be a public organisation or unit",
    description_or_file: "Describe the material, or attach the file",
    // seminars
    reserved_above_capacity: "No more places can be reserved than the capacity",
    window_closes_before_opening: "Registration must close after it opens",
    window_after_end: "Registration must close no later than the seminar ends",
    place_or_online_required: "Give a place or an online link",
    registration_not_open: "Registration has not opened yet; it opens {at}",
    registration_closed: "Registration is closed",
    seminar_not_open: "The seminar is not open for registration",
    side_required: "Choose the side you take part for",
    claim_expired: "The offer of a place has expired and the place has moved on",
    claim_not_offered: "No place is offered to you right now",
    confirmation_used: "The registration is already confirmed; the link cannot be used again",
    registration_cancelled: "The registration is cancelled",
    capacity_below_registered: "{count} are registered on this side; the capacity cannot be lower",
    seminar_move: "The seminar cannot go from «{from}» to «{to}»",
    registration_move: "The registration cannot go from «{from}» to «{to}»",
    seminar_locked: "The seminar is closed or cancelled and cannot be changed",
    invitation_unknown: "The invitation does not exist",
    outcome_not_idea: "Only an idea can become a need, and only once",
    no_shows_before_start: "No-shows can be marked only once the seminar has started",
    survey_answered: "You have already answered. Thank you! A link can be used once",
    options_min_two: "A question with options needs at least two",
    contact_in_future: "The contact must have taken place: the date cannot be after today",
    follow_up_before_contact: "The follow-up cannot be before the contact",
    organisation_required: "Choose at least one organisation",
    organisation_unknown: "The organisation is not in the registry",
    signup_link_unknown: "The link does not exist. Check that you have the whole link from your e-mail",
    signup_link_expired: "The link has expired. Sign up again to get a new link",
    signup_link_used: "The link has already been used. Sign in with your e-mail and password",
    signup_not_pending: "The request has already been decided",
    email_duplicate: "The e-mail address is also in row {row}",
    bulk_empty: "The list is empty. Write one person a line: name, e-mail and group",
  },
} as const;

export type Language = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)["da"];

export function translateMessage(key: string, language: Language, params: Record<string, unknown> = {}): string {
  const table: Record<string, string> = MESSAGES[language];
  const template = table[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** One readable sentence for a Zod issue. */
export function describeIssue(issue: z.core.$ZodIssue, language: Language): string {
  if (issue.message in MESSAGES.da) {
    return translateMessage(issue.message, language, issue.code === "custom" ? (issue.params ?? {}) : {});
  }
  switch (issue.code) {
    case "custom":
      return translateMessage(issue.message, language, issue.params ?? {});
    case "invalid_type":
      return translateMessage(/received undefined/.test(issue.message) ? "required" : "invalid_type", language);
    case "too_big":
      if (issue.origin === "string") {
        return translateMessage("too_long", language, { max: issue.maximum });
      }
      if (issue.origin === "array") {
        return translateMessage("too_many", language, { max: issue.maximum });
      }
      return translateMessage("too_big_number", language, { max: issue.maximum });
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) {
        return translateMessage("required", language);
      }
      if (issue.origin === "string") {
        return translateMessage("too_short", language, { min: issue.minimum });
      }
      return translateMessage("too_small_number", language, { min: issue.minimum });
    case "invalid_value":
      // With `reportInput` the issue carries the input: a missing choice is «required».
      return translateMessage("input" in issue && issue.input === undefined ? "required" : "invalid_option", language);
    case "unrecognized_keys":
      return translateMessage("unknown_field", language, { keys: issue.keys.join(", ") });
    case "invalid_format":
      if (issue.format === "email") {
        return translateMessage("email", language);
      }
      if (issue.format === "uuid") {
        return translateMessage("uuid", language);
      }
      if (issue.format === "url") {
        return translateMessage("url", language);
      }
      return translateMessage(issue.message in MESSAGES.da ? issue.message : "invalid", language);
    default:
      return translateMessage(issue.message in MESSAGES.da ? issue.message : "invalid", language);
  }
}

/** Field path → message, e.g. { "cvr": "...", "contactPersons.0.email": "..." }. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[], language: Language): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const keyPath =
      issue.code === "unrecognized_keys" && issue.keys.length > 0 ? [...issue.path, issue.keys[0]] : issue.path;
    const key = keyPath.map(String).join(".") || "_";
    fields[key] ??= describeIssue(issue, language);
  }
  return fields;
}
