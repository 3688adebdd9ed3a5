import { z } from "zod";
import { text } from "./text-schemas.js";
import type { Language } from "./validation.js";

export const ROLES = ["admin", "agent", "member"] as const;
export type Role = (typeof ROLES)[number];

/** A few of the most used passwords; the policy refuses them (ASVS 6.2.x, no composition rules). */
const COMMON_PASSWORDS = new Set([
  "password",
  "password1",
  "12345678",
  "123456789",
  "1234567890",
  "qwertyui",
  "qwerty123",
  "iloveyou",
  "adgangskode",
  "kodeord1",
  "sommer2024",
  "sommer2025",
  "sommer2026",
  "vinter2025",
  "vinter2026",
  "passw0rd",
  "abcdefgh",
  "11111111",
  "00000000",
  "danmark1",
  "welcome1",
  "letmein1",
  "samspil1",
]);

export const Password = z
  .string()
  .min(8, "password_short")
  .max(128, "password_long")
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), { message: "password_common" });

export const LoginBody = z
  .object({
    email: z.string().trim().max(254),
    password: z.string().max(1024),
  })
  .strict();
export type LoginBody = z.infer<typeof LoginBody>;

export const UserCreate = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((value) => value.toLowerCase()),
    name: text(120).pipe(z.string().min(1)),
    role: z.enum(ROLES),
    organisationId: z.uuid().nullable().optional().default(null),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.role === "member" && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "member_needs_organisation" });
    }
  });
export type UserCreate = z.infer<typeof UserCreate>;

export const UserPatch = z
  .object({
    name: text(120).pipe(z.string().min(1)).optional(),
    role: z.enum(ROLES).optional(),
    organisationId: z.uuid().nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UserPatch = z.infer<typeof UserPatch>;

export const AcceptInvitation = z.object({ password: Password }).strict();

const LANGUAGE_CHOICES = ["da", "en"] as const satisfies readonly Language[];

/** The language a signed-in person reads Samspil in; their notifications and e-mails follow it. */
export const LanguageSetting = z.object({ language: z.enum(LANGUAGE_CHOICES) }).strict();
export type LanguageSetting = z.infer<typeof LanguageSetting>;

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  /** The kind of the member's organisation (company, municipality, …); null for staff without one. */
  organisationKind: string | null;
  /** The language saved for the person: the web switches to it at sign-in. */
  language: Language;
  csrfToken: string;
}
