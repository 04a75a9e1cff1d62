import { z } from "zod";
import { optionalFilter } from "../query-filters";
import { ORGANISATION_KINDS } from "../territory/territory.vocabulary";
import { passwordProblem } from "./password-policy";
import { ROLES } from "./roles";

/** Request and response shapes of the accounts API, shared by the server and the web interface. */

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "L'adresse e-mail est trop longue.")
  .pipe(z.email("Adresse e-mail invalide."));

export const newPasswordSchema = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

const tokenSchema = z.string().min(1).max(200);
const timestampSchema = z.iso.datetime({ offset: true });
export const roleSchema = z.enum(ROLES);

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisation: z
    .object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) })
    .nullable(),
  lotIds: z.array(z.uuid()),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponseSchema = z.object({
  user: meSchema.nullable(),
  csrfToken: z.string().nullable(),
});
export const signedInResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type SignedIn = z.infer<typeof signedInResponseSchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Saisissez votre mot de passe.").max(1000),
});

export const passwordResetRequestBodySchema = z.object({ email: emailSchema });
/** The same body as a password reset request: the address the link goes to. */
export const signInLinkRequestBodySchema = passwordResetRequestBodySchema;
export const tokenBodySchema = z.object({ token: tokenSchema });
export const tokenWithPasswordBodySchema = z.object({ token: tokenSchema, password: newPasswordSchema });
export const tokenParamsSchema = z.object({ token: tokenSchema });

export const invitationSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  organisationName: z.string().nullable(),
  roleLabel: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisation: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  active: z.boolean(),
  invitationPending: z.boolean(),
  lastLoginAt: timestampSchema.nullable(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListQuerySchema = z.object({
  organisationId: optionalFilter(z.uuid()),
  role: optionalFilter(roleSchema),
  active: optionalFilter(z.enum(["true", "false"]).transform((value) => value === "true")),
  q: optionalFilter(z.string().trim().max(200)),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userListResponseSchema = z.object({ items: z.array(userSummarySchema) });

export const inviteUserBodySchema = z.object({
  email: emailSchema,
  displayName: z
    .string()
    .trim()
    .min(1, "Indiquez le nom de la personne.")
    .max(200, "Le nom ne peut pas dépasser 200 caractères."),
  role: roleSchema,
  organisationId: z.uuid().nullable(),
  lotIds: z.array(z.uuid()).max(100).optional(),
});
export type InviteUserInput = z.infer<typeof inviteUserBodySchema>;

export const userIdParamsSchema = z.object({ id: z.uuid() });

/** A trainee's access to their space, given by their training organisation. */
export const traineeAccessSchema = z.object({
  /** Where the sign-in link was sent. */
  email: z.string(),
  /** `false` when the account already existed (it is reactivated and sent a new link). */
  created: z.boolean(),
});
export type TraineeAccess = z.infer<typeof traineeAccessSchema>;
