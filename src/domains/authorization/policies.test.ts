import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../accounts/roles";
import type { Actor } from "./actor";
import { ACTIONS, type Action, can, roleMay, SUBJECTS, type Subject } from "./policies";

const EVERY_PROFESSIONAL: readonly Role[] = [
  "region_admin",
  "territorial_officer",
  "training_manager",
  "training_staff",
  "prescriber_admin",
  "prescriber_advisor",
  "evaluator",
];

/** The permissions the programme needs, written out by hand: the policies must say exactly this. */
const EXPECTED: Partial<Record<`${Action} ${Subject}`, readonly Role[]>> = {
  "read Territory": EVERY_PROFESSIONAL,
  "manage Territory": ["region_admin"],
  "read Organisation": EVERY_PROFESSIONAL,
  "manage Organisation": ["region_admin"],
  "read User": ["region_admin", "training_manager", "prescriber_admin"],
  "invite User": ["region_admin", "training_manager", "prescriber_admin"],
  "deactivate User": ["region_admin", "training_manager", "prescriber_admin"],
  "read AuditLog": ["region_admin", "training_manager", "prescriber_admin"],
  "read Outbox": ["region_admin"],
  "read Referral": [
    "region_admin",
    "territorial_officer",
    "training_manager",
    "training_staff",
    "prescriber_admin",
    "prescriber_advisor",
  ],
  "create Referral": ["prescriber_admin", "prescriber_advisor"],
  "answer Referral": ["training_manager", "training_staff"],
  "withdraw Referral": ["prescriber_admin", "prescriber_advisor"],
  "read ReferralStatistics": ["region_admin", "territorial_officer"],
  "read Indicators": EVERY_PROFESSIONAL,
  "read EvaluationDataset": ["region_admin", "evaluator"],
  "manage SiteOffer": ["region_admin", "training_manager", "training_staff"],
  "read ProgrammeRules": EVERY_PROFESSIONAL,
  "manage ProgrammeRules": ["region_admin"],
  "read Pathway": [
    "region_admin",
    "territorial_officer",
    "training_manager",
    "training_staff",
    "prescriber_admin",
    "prescriber_advisor",
    "trainee",
  ],
  "manage Pathway": ["training_manager", "training_staff"],
  "read SensitiveBarrier": [
    "training_manager",
    "training_staff",
    "prescriber_admin",
    "prescriber_advisor",
    "trainee",
  ],
  "read CollectiveSession": ["region_admin", "territorial_officer", "training_manager", "training_staff"],
  "manage CollectiveSession": ["training_manager", "training_staff"],
  "confirm CollectiveSession": ["trainee"],
  "read TripartiteInterview": [
    "region_admin",
    "territorial_officer",
    "training_manager",
    "training_staff",
    "prescriber_admin",
    "prescriber_advisor",
    "trainee",
  ],
  "manage TripartiteInterview": [
    "training_manager",
    "training_staff",
    "prescriber_admin",
    "prescriber_advisor",
  ],
  "read FollowUp": [
    "region_admin",
    "territorial_officer",
    "training_manager",
    "training_staff",
    "prescriber_admin",
    "prescriber_advisor",
  ],
  "manage FollowUp": ["training_manager", "training_staff"],
  "read Ambassador": ["training_manager", "training_staff"],
  "invite Ambassador": ["training_manager", "training_staff"],
  "manage Ambassador": ["trainee"],
};

const actor = (role: Role, organisationId: string | null = "org-a"): Actor => ({
  userId: "user",
  email: "personne@amorce.test",
  role,
  organisationId,
  lotIds: [],
  personId: null,
});

describe("policies", () => {
  for (const subject of SUBJECTS) {
    for (const action of ACTIONS) {
      const roles = EXPECTED[`${action} ${subject}`] ?? [];
      it(`lets exactly ${roles.length ? roles.join(", ") : "nobody"} ${action} ${subject}`, () => {
        expect(ROLES.filter((role) => roleMay(role, action, subject))).toEqual(roles);
      });
    }
  }

  it("denies everything to a visitor without a session", () => {
    expect(can(null, "read", "Territory")).toBe(false);
  });

  it("lets organisation admins manage only their own organisation's users", () => {
    for (const role of ["training_manager", "prescriber_admin"] as const) {
      expect(can(actor(role), "deactivate", "User", { organisationId: "org-a" })).toBe(true);
      expect(can(actor(role), "deactivate", "User", { organisationId: "org-b" })).toBe(false);
      expect(can(actor(role), "read", "AuditLog", { organisationId: "org-b" })).toBe(false);
      expect(can(actor(role, null), "invite", "User", { organisationId: null })).toBe(false);
    }
  });

  it("lets the Region admin act on every organisation", () => {
    expect(can(actor("region_admin", "region"), "invite", "User", { organisationId: "org-b" })).toBe(true);
  });

  it("never lets a staff member or advisor administer accounts, even in their organisation", () => {
    for (const role of [
      "training_staff",
      "prescriber_advisor",
      "territorial_officer",
      "evaluator",
      "trainee",
    ] as const) {
      expect(can(actor(role), "invite", "User", { organisationId: "org-a" })).toBe(false);
    }
  });

  it("shows a referral to the organisation that sent it and those that receive it, and no one else", () => {
    const referral = { organisationId: "prescriber-a", lotId: "lot-1", receivingOrganisationIds: ["of-a"] };
    expect(can(actor("prescriber_advisor", "prescriber-a"), "read", "Referral", referral)).toBe(true);
    expect(can(actor("prescriber_advisor", "prescriber-b"), "read", "Referral", referral)).toBe(false);
    expect(can(actor("prescriber_admin", "prescriber-a"), "withdraw", "Referral", referral)).toBe(true);
    expect(can(actor("training_staff", "of-a"), "answer", "Referral", referral)).toBe(true);
    expect(can(actor("training_staff", "of-b"), "read", "Referral", referral)).toBe(false);
    expect(can(actor("training_manager", "prescriber-a"), "answer", "Referral", referral)).toBe(false);
    expect(can(actor("prescriber_advisor", "of-a"), "answer", "Referral", referral)).toBe(false);
    expect(can(actor("evaluator", null), "read", "Referral", referral)).toBe(false);
    expect(can(actor("trainee", null), "read", "Referral", referral)).toBe(false);
  });

  it("shows a territorial officer the referrals of the lots they follow only", () => {
    const officer = { ...actor("territorial_officer", "region"), lotIds: ["lot-1"] };
    expect(can(officer, "read", "Referral", { lotId: "lot-1" })).toBe(true);
    expect(can(officer, "read", "Referral", { lotId: "lot-2" })).toBe(false);
    expect(can(officer, "answer", "Referral", { lotId: "lot-1" })).toBe(false);
  });

  it("shows a pathway to its training organisation, its prescriber and its trainee, and no one else", () => {
    const pathway = {
      organisationId: "prescriber-a",
      lotId: "lot-1",
      receivingOrganisationIds: ["of-a"],
      personId: "person-1",
      referentUserId: "referent-1",
    };
    expect(can(actor("training_staff", "of-a"), "manage", "Pathway", pathway)).toBe(true);
    expect(can(actor("training_staff", "of-b"), "read", "Pathway", pathway)).toBe(false);
    expect(can(actor("prescriber_advisor", "prescriber-a"), "read", "Pathway", pathway)).toBe(true);
    expect(can(actor("prescriber_advisor", "prescriber-a"), "manage", "Pathway", pathway)).toBe(false);
    expect(can(actor("prescriber_advisor", "prescriber-b"), "read", "Pathway", pathway)).toBe(false);
    expect(can({ ...actor("trainee", null), personId: "person-1" }, "read", "Pathway", pathway)).toBe(true);
    expect(can({ ...actor("trainee", null), personId: "person-2" }, "read", "Pathway", pathway)).toBe(false);
    expect(can(actor("trainee", null), "read", "Pathway", pathway)).toBe(false);
    expect(can(actor("evaluator", null), "read", "Pathway", pathway)).toBe(false);
  });

  it("keeps health and justice details to the training organisation, the referent and the trainee", () => {
    const pathway = {
      organisationId: "prescriber-a",
      lotId: "lot-1",
      receivingOrganisationIds: ["of-a"],
      personId: "person-1",
      referentUserId: "referent-1",
    };
    const officer = { ...actor("territorial_officer", "region"), lotIds: ["lot-1"] };
    expect(can(actor("training_staff", "of-a"), "read", "SensitiveBarrier", pathway)).toBe(true);
    expect(
      can(
        { ...actor("prescriber_advisor", "prescriber-a"), userId: "referent-1" },
        "read",
        "SensitiveBarrier",
        pathway,
      ),
    ).toBe(true);
    expect(can(actor("prescriber_advisor", "prescriber-a"), "read", "SensitiveBarrier", pathway)).toBe(false);
    expect(can(officer, "read", "Pathway", pathway)).toBe(true);
    expect(can(officer, "read", "SensitiveBarrier", pathway)).toBe(false);
    expect(can(actor("region_admin", "region"), "read", "SensitiveBarrier", pathway)).toBe(false);
    expect(
      can({ ...actor("trainee", null), personId: "person-1" }, "read", "SensitiveBarrier", pathway),
    ).toBe(true);
  });
});
