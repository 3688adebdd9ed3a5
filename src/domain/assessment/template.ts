import { z } from "zod";
import { DIMENSIONS } from "../dimensions.js";
import { QuestionnaireDefinition } from "../questionnaire/index.js";
import { RESPONDENT_GROUPS } from "./groups.js";

/**
 * An assessment template is a questionnaire whose sections are the 360° dimensions and whose
 * audiences are the respondent groups, so that scores, gaps and needs line up across templates.
 */
export const AssessmentTemplateDefinition = QuestionnaireDefinition.superRefine((definition, ctx) => {
  definition.sections.forEach((section, index) => {
    if (!(DIMENSIONS as readonly string[]).includes(section.key)) {
      ctx.addIssue({
        code: "custom",
        path: ["sections", index, "key"],
        message: "section_not_dimension",
        params: { keys: DIMENSIONS.join(", ") },
      });
    }
  });
  definition.audiences.forEach((audience, index) => {
    if (!(RESPONDENT_GROUPS as readonly string[]).includes(audience.key)) {
      ctx.addIssue({
        code: "custom",
        path: ["audiences", index, "key"],
        message: "group_unknown",
        params: { keys: RESPONDENT_GROUPS.join(", ") },
      });
    }
  });
});
export type AssessmentTemplateDefinition = z.infer<typeof AssessmentTemplateDefinition>;

export const TEMPLATE_STATUSES = ["draft", "published", "retired"] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** A template's key: the name its versions share, e.g. `samspil-360`. */
export const TemplateKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, "template_key_format");

export const TemplateCreate = z.object({ key: TemplateKey, definition: AssessmentTemplateDefinition }).strict();
export type TemplateCreate = z.infer<typeof TemplateCreate>;

export const TemplateUpdate = z.object({ definition: AssessmentTemplateDefinition }).strict();
export type TemplateUpdate = z.infer<typeof TemplateUpdate>;
