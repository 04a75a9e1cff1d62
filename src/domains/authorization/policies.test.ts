import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../accounts/roles";
import type { Actor } from "./actor";
import { type Action, can, roleMay, type Subject } from "./policies";

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
const EXPECTED: Record<`${Action} ${Subject}`, readonly Role[]> = {
  "read Territory": EVERY_PROFESSIONAL,
  "manage Territory": ["region_admin"],
  "read Organisation": EVERY_PROFESSIONAL,
  "manage Organisation": ["region_admin"],
  "read User": ["region_admin", "training_manager", "prescriber_admin"],
  "invite User": ["region_admin", "training_manager", "prescriber_admin"],
  "deactivate User": ["region_admin", "training_manager", "prescriber_admin"],
  "read AuditLog": ["region_admin", "training_manager", "prescriber_admin"],
  "read Outbox": ["region_admin"],
  "manage User": [],
  "manage AuditLog": [],
  "manage Outbox": [],
  "invite Territory": [],
  "deactivate Territory": [],
  "invite Organisation": [],
  "deactivate Organisation": [],
  "invite AuditLog": [],
  "deactivate AuditLog": [],
  "invite Outbox": [],
  "deactivate Outbox": [],
};

const actor = (role: Role, organisationId: string | null = "org-a"): Actor => ({
  userId: "user",
  email: "personne@amorce.test",
  role,
  organisationId,
  lotIds: [],
});

describe("policies", () => {
  for (const [permission, roles] of Object.entries(EXPECTED)) {
    const [action, subject] = permission.split(" ") as [Action, Subject];
    it(`lets exactly ${roles.length ? roles.join(", ") : "nobody"} ${permission}`, () => {
      expect(ROLES.filter((role) => roleMay(role, action, subject))).toEqual(roles);
    });
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
});
