import { z } from "zod";
import { optionalText } from "../fields.schemas";

/** Ambassadors (anciens stagiaires ambassadeurs): the trainee's side and the training organisation's. */

export const INVITATION_RESPONSES = ["accepted", "declined"] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

const informationSessionRef = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  place: z.string(),
  site: z.object({ id: z.uuid(), name: z.string() }),
});

/** An invitation as the ambassador sees it: when, where, and what they answered. */
export const myInvitation = z.object({
  id: z.uuid(),
  invitedAt: z.string(),
  informationSession: informationSessionRef,
  response: z.enum(INVITATION_RESPONSES).nullable(),
  respondedAt: z.string().nullable(),
  /** The session is still to come: the answer may be given or changed. */
  upcoming: z.boolean(),
});

/** The trainee's own ambassador page: whether it is offered to them, the consent, their choice. */
export const myAmbassadorship = z.object({
  /** Shown to former trainees, and to current ones close to their end. */
  offered: z.boolean(),
  consentText: z.string(),
  ambassador: z
    .object({
      optedInAt: z.string(),
      message: z.string().nullable(),
      withdrawnAt: z.string().nullable(),
    })
    .nullable(),
  invitations: z.array(myInvitation),
});
export type MyAmbassadorship = z.infer<typeof myAmbassadorship>;

export const optInBody = z.object({
  /** What they would like to tell newcomers, in a few words; shown to the training organisation. */
  message: optionalText(500),
});

export const invitationIdParams = z.object({ id: z.uuid() });
export const invitationAnswerBody = z.object({
  response: z.enum(INVITATION_RESPONSES, "Répondez « J'accepte » ou « Je ne peux pas »."),
});

/** An ambassador as the training organisation sees them, with its own invitations only. */
export const ambassadorItem = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  message: z.string().nullable(),
  optedInAt: z.string(),
  /** The organisation's sites where they were trainees. */
  sites: z.array(z.string()),
  /** Whether they have an account (they then answer in their space). */
  hasAccount: z.boolean(),
  invitations: z.array(
    z.object({
      id: z.uuid(),
      informationSession: informationSessionRef,
      invitedAt: z.string(),
      response: z.enum(INVITATION_RESPONSES).nullable(),
      respondedAt: z.string().nullable(),
    }),
  ),
});
export type AmbassadorItem = z.infer<typeof ambassadorItem>;
export const ambassadorList = z.object({ items: z.array(ambassadorItem) });
export type AmbassadorList = z.infer<typeof ambassadorList>;

/** An upcoming information session of the organisation's sites, and its ambassadors. */
export const ambassadorSession = informationSessionRef.extend({
  invited: z.number().int(),
  accepted: z.number().int(),
});
export type AmbassadorSession = z.infer<typeof ambassadorSession>;
export const ambassadorSessionList = z.object({ items: z.array(ambassadorSession) });
export type AmbassadorSessionList = z.infer<typeof ambassadorSessionList>;

export const ambassadorIdParams = z.object({ id: z.uuid() });
export const invitationBody = z.object({
  informationSessionId: z.uuid("Choisissez une information collective."),
});
export const invitationCreated = z.object({
  id: z.uuid(),
  ambassadorId: z.uuid(),
  informationSessionId: z.uuid(),
  /** Whether an e-mail went to the ambassador (no e-mail address: tell them by phone). */
  emailed: z.boolean(),
  /** Whether they were told in their space too. */
  notified: z.boolean(),
});
export type InvitationCreated = z.infer<typeof invitationCreated>;
