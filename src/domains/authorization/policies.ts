import {
  ORGANISATION_ADMIN_ROLES,
  PRESCRIBER_ROLES,
  PROFESSIONAL_ROLES,
  type Role,
  TRAINING_ROLES,
} from "../accounts/roles";
import type { Actor } from "./actor";

/**
 * Every permission of Amorce, in one list. Deny by default: an action is allowed only when a rule
 * below grants it. A rule with a condition is checked twice: on the kind of resource when a route is
 * reached (may this role ever do it?), then on the record itself (is it theirs?).
 */
export const SUBJECTS = [
  "Territory",
  "Organisation",
  "User",
  "AuditLog",
  "Outbox",
  /** A referral or self-referral, and the person's record it carries. */
  "Referral",
  /** Referral volumes per network, site and basin. */
  "ReferralStatistics",
  /** What a site tells the public: its information sessions, contact and accessibility. */
  "SiteOffer",
  /** The programme's rules (cahier des charges) that every plan is checked against. */
  "ProgrammeRules",
  /** A trainee's pathway and all it holds: plan, attendance, barriers, internships, skills. */
  "Pathway",
  /** The details of a health or justice barrier: only for those who need them. */
  "SensitiveBarrier",
  /** A site's timetable of sessions and their attendance. */
  "CollectiveSession",
  /** The tripartite interview before a pathway's end: the referent and the site prepare the next step. */
  "TripartiteInterview",
  /** The follow-ups of former trainees: questionnaires, the call list, response rates. */
  "FollowUp",
  /** Former trainees who agreed to testify at information sessions. */
  "Ambassador",
  /** The programme's indicators and dashboards, counted over what the caller may see. */
  "Indicators",
  /** The pseudonymised evaluation dataset and its data dictionary. */
  "EvaluationDataset",
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const ACTIONS = [
  "read",
  "manage",
  "invite",
  "deactivate",
  "create",
  "answer",
  "withdraw",
  "confirm",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a condition may look at in a record. */
export type ResourceScope = {
  /** The record's organisation; for a referral, the prescriber organisation that sent it. */
  organisationId?: string | null;
  lotId?: string | null;
  /** For a referral or a site: the training organisations that receive it (site, lot operator, its lead). */
  receivingOrganisationIds?: readonly (string | null)[];
  /** For a pathway: the trainee's person record, and the prescriber's referent. */
  personId?: string | null;
  referentUserId?: string | null;
};

type Rule = {
  roles: readonly Role[];
  action: Action;
  subject: Subject;
  when?: (actor: Actor, resource: ResourceScope) => boolean;
};

/** Region admins act on every organisation; other organisation admins only on their own. */
export const seesAllOrganisations = (actor: Actor) => actor.role === "region_admin";
const ownOrganisation = (actor: Actor, resource: ResourceScope) =>
  seesAllOrganisations(actor) ||
  (actor.organisationId !== null && resource.organisationId === actor.organisationId);

/** A territorial officer acts on the lots they follow. */
const followedLot = (actor: Actor, resource: ResourceScope) =>
  resource.lotId != null && actor.lotIds.includes(resource.lotId);
/** Training organisation staff act on what their organisation receives. */
const received = (actor: Actor, resource: ResourceScope) =>
  actor.organisationId !== null && (resource.receivingOrganisationIds ?? []).includes(actor.organisationId);
/** Prescribers act on what their own organisation sent. */
const sent = (actor: Actor, resource: ResourceScope) =>
  actor.organisationId !== null && resource.organisationId === actor.organisationId;

/** A trainee acts on their own record. */
const ownRecord = (actor: Actor, resource: ResourceScope) =>
  actor.personId !== null && resource.personId === actor.personId;
/** The prescriber's named referent of a trainee. */
const referent = (actor: Actor, resource: ResourceScope) =>
  resource.referentUserId != null && resource.referentUserId === actor.userId;

function allow(roles: readonly Role[], action: Action, subject: Subject, when?: Rule["when"]): Rule {
  return { roles, action, subject, when };
}

export const rules: readonly Rule[] = [
  allow(PROFESSIONAL_ROLES, "read", "Territory"),
  allow(["region_admin"], "manage", "Territory"),
  allow(PROFESSIONAL_ROLES, "read", "Organisation"),
  allow(["region_admin"], "manage", "Organisation"),
  allow(ORGANISATION_ADMIN_ROLES, "read", "User", ownOrganisation),
  allow(ORGANISATION_ADMIN_ROLES, "invite", "User", ownOrganisation),
  allow(ORGANISATION_ADMIN_ROLES, "deactivate", "User", ownOrganisation),
  allow(ORGANISATION_ADMIN_ROLES, "read", "AuditLog", ownOrganisation),
  allow(["region_admin"], "read", "Outbox"),
  allow(["region_admin"], "read", "Referral"),
  allow(["territorial_officer"], "read", "Referral", followedLot),
  allow(TRAINING_ROLES, "read", "Referral", received),
  allow(PRESCRIBER_ROLES, "read", "Referral", sent),
  allow(PRESCRIBER_ROLES, "create", "Referral"),
  allow(TRAINING_ROLES, "answer", "Referral", received),
  allow(PRESCRIBER_ROLES, "withdraw", "Referral", sent),
  allow(["region_admin", "territorial_officer"], "read", "ReferralStatistics"),
  allow(PROFESSIONAL_ROLES, "read", "Indicators"),
  allow(["region_admin", "evaluator"], "read", "EvaluationDataset"),
  allow(["region_admin"], "manage", "SiteOffer"),
  allow(TRAINING_ROLES, "manage", "SiteOffer", received),
  allow(PROFESSIONAL_ROLES, "read", "ProgrammeRules"),
  allow(["region_admin"], "manage", "ProgrammeRules"),
  allow(["region_admin"], "read", "Pathway"),
  allow(["territorial_officer"], "read", "Pathway", followedLot),
  allow(TRAINING_ROLES, "read", "Pathway", received),
  allow(PRESCRIBER_ROLES, "read", "Pathway", sent),
  allow(["trainee"], "read", "Pathway", ownRecord),
  allow(TRAINING_ROLES, "manage", "Pathway", received),
  allow(TRAINING_ROLES, "read", "SensitiveBarrier", received),
  allow(PRESCRIBER_ROLES, "read", "SensitiveBarrier", referent),
  allow(["trainee"], "read", "SensitiveBarrier", ownRecord),
  allow(["region_admin"], "read", "CollectiveSession"),
  allow(["territorial_officer"], "read", "CollectiveSession", followedLot),
  allow(TRAINING_ROLES, "read", "CollectiveSession", received),
  allow(TRAINING_ROLES, "manage", "CollectiveSession", received),
  allow(["trainee"], "confirm", "CollectiveSession", ownRecord),
  allow(["region_admin"], "read", "TripartiteInterview"),
  allow(["territorial_officer"], "read", "TripartiteInterview", followedLot),
  allow(TRAINING_ROLES, "read", "TripartiteInterview", received),
  allow(PRESCRIBER_ROLES, "read", "TripartiteInterview", sent),
  allow(["trainee"], "read", "TripartiteInterview", ownRecord),
  allow(TRAINING_ROLES, "manage", "TripartiteInterview", received),
  allow(PRESCRIBER_ROLES, "manage", "TripartiteInterview", sent),
  allow(["region_admin"], "read", "FollowUp"),
  allow(["territorial_officer"], "read", "FollowUp", followedLot),
  allow(TRAINING_ROLES, "read", "FollowUp", received),
  allow(PRESCRIBER_ROLES, "read", "FollowUp", sent),
  allow(TRAINING_ROLES, "manage", "FollowUp", received),
  allow(TRAINING_ROLES, "read", "Ambassador", received),
  allow(TRAINING_ROLES, "invite", "Ambassador", received),
  allow(["trainee"], "manage", "Ambassador", ownRecord),
];

const grants = (rule: Rule, role: Role, action: Action, subject: Subject) =>
  rule.action === action && rule.subject === subject && rule.roles.includes(role);

/** May some user with `role` ever do `action` on `subject`? (What a route or a page is guarded by.) */
export function roleMay(role: Role, action: Action, subject: Subject): boolean {
  return rules.some((rule) => grants(rule, role, action, subject));
}

/**
 * May `actor` do `action` on `subject`? Without `resource`, on some record of that kind;
 * with it, on that very record.
 */
export function can(
  actor: Actor | null,
  action: Action,
  subject: Subject,
  resource?: ResourceScope,
): boolean {
  if (!actor) return false;
  return rules.some(
    (rule) =>
      grants(rule, actor.role, action, subject) &&
      (resource === undefined || rule.when === undefined || rule.when(actor, resource)),
  );
}
