import type { Db } from "../db/database.js";
import { recordAutomaticDisclosure } from "../modules/disclosures/disclosure-hooks.service.js";
import { findCallIdByTitle, findProcessIdByTitle } from "./seed.repo.js";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * Demo equal-treatment records: what Hjemmeplejen Aarhus Syd gave the two companies in the lifting process
 * (one confidential), an answer to all in the lifting call's market dialogue, and material for the screen visits.
 */
export async function loadDemoDisclosures(
  db: Db,
  demo: { ids: Map<string, string>; agentId: string | null },
): Promise<void> {
  const org = (name: string) => {
    const id = demo.ids.get(name);
    if (!id) {
      throw new Error(`demo organisation missing: ${name}`);
    }
    return id;
  };
  const lifting = await findProcessIdByTitle(db, "Fra 2 til 1: loftlifte i hjemmeplejen");
  const screens = await findProcessIdByTitle(db, "Skærmbesøg i hjemmeplejen");
  const call = await findCallIdByTitle(db, "Markedsdialog: færre tunge løft ved forflytning i hjemmeplejen");
  if (!lifting || !screens || !call) {
    throw new Error("demo processes or calls missing for the equal-treatment record");
  }
  const aarhus = org("Hjemmeplejen Aarhus Syd");
  const companies = [org("LøfteLet ApS"), org("VendeSeng A/S")];
  const records = [
    {
      context: { kind: "call" as const, id: call },
      publicOrganisationId: aarhus,
      title: "Svar til alle: loftshøjde og skinnesystemer",
      description: "Loftshøjden i boligerne er 2,40–2,55 m; lofterne er af beton, så skinner kan bores op.",
      recipientIds: [org("LøfteLet ApS")],
      givenAt: daysAgo(30),
    },
    {
      context: { kind: "process" as const, id: lifting },
      publicOrganisationId: aarhus,
      title: "Plantegninger af tre boliger",
      description: "Givet på opstartsmødet, så løsningen kan tilpasses rigtige boliger.",
      recipientIds: companies,
      givenAt: daysAgo(20),
      file: {
        filename: "plantegninger-tre-boliger.txt",
        contentType: "text/plain",
        bytes: Buffer.from(
          "Plantegninger (demo)\nBolig A: 2 værelser, bad 4,2 m²\nBolig B: 1 værelse, bad 3,8 m²\n" +
            "Bolig C: 2 værelser, bad 5,0 m²\n",
        ),
      },
    },
    {
      context: { kind: "process" as const, id: lifting },
      publicOrganisationId: aarhus,
      title: "Notat fra workshop om arbejdsgange ved forflytning",
      description: "Hvordan to medarbejdere i dag forflytter en borger fra seng til kørestol, trin for trin.",
      recipientIds: companies,
      givenAt: daysAgo(12),
    },
    {
      context: { kind: "process" as const, id: lifting },
      publicOrganisationId: aarhus,
      title: "Kommentarer til LøfteLets prototype",
      description: "Terapeuternes vurdering af prototypen efter første afprøvning.",
      recipientIds: [org("LøfteLet ApS")],
      givenAt: daysAgo(5),
      confidential: true,
    },
    {
      context: { kind: "process" as const, id: screens },
      publicOrganisationId: org("Hjemmeplejen Viborg Midt"),
      title: "Besøgsplan og oversigt over borgergruppen",
      description: "Anonymiseret oversigt over de 25 borgere og den planlagte besøgsrytme.",
      recipientIds: [org("SkærmNær ApS")],
      givenAt: daysAgo(40),
    },
  ];
  for (const record of records) {
    await recordAutomaticDisclosure(db, { ...record, source: "manual", sourceId: null, actorId: demo.agentId });
  }
}
