import { AssessmentTemplateDefinition } from "../template.js";
import { GROUP_LABELS, RESPONDENT_GROUPS } from "../groups.js";
import { SECTIONS_A } from "./sections-a.js";
import { SECTIONS_B } from "./sections-b.js";

export const SAMSPIL_360_KEY = "samspil-360";

/**
 * «Samspil 360», the default assessment template: the eight dimensions, 5–6 questions each
 * (statements on an agreement scale with «Ved ikke», plus a few open and choice questions), each
 * asked only to the respondent groups who can judge it.
 */
export const SAMSPIL_360 = AssessmentTemplateDefinition.parse({
  title: { da: "Samspil 360 – innovationsvurdering", en: "Samspil 360 – innovation assessment" },
  description: {
    da:
      "Spørgsmålene handler om, hvordan institutionen arbejder med innovation og ny teknologi. Der er " +
      "ingen rigtige eller forkerte svar: svar ud fra din egen oplevelse, og vælg «Ved ikke», hvis du " +
      "ikke kan svare. Du kan gemme og fortsætte senere.",
    en:
      "The questions are about how the institution works with innovation and new technology. There " +
      "are no right or wrong answers: answer from your own experience, and choose «Don't know» if you " +
      "cannot answer. You can save and continue later.",
  },
  audiences: RESPONDENT_GROUPS.map((key) => ({ key, label: GROUP_LABELS[key] })),
  sections: [...SECTIONS_A, ...SECTIONS_B],
});
