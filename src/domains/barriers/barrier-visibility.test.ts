import { describe, expect, it } from "vitest";
import { visibleBarriers } from "./barrier-visibility";
import type { BarrierItem } from "./barriers.schemas";

const barrier = (theme: BarrierItem["theme"], situation: string): BarrierItem => ({
  id: crypto.randomUUID(),
  theme,
  restricted: false,
  withheld: false,
  situation,
  details: `Précisions sur ${situation}`,
  severity: "high",
  status: "in_progress",
  identifiedOn: "2026-09-07",
  closedOn: null,
  actions: [
    {
      id: crypto.randomUUID(),
      description: `Action pour ${situation}`,
      partner: "CMP de Bordeaux",
      dueOn: "2026-10-01",
      status: "planned",
    },
  ],
  history: [
    {
      at: "2026-09-07T08:00:00.000Z",
      kind: "identified",
      fromStatus: null,
      toStatus: "identified",
      actionId: null,
      actorLabel: "Formatrice (OF01)",
    },
  ],
});

describe("visible barriers", () => {
  const health = barrier("health", "mental_health");
  const justice = barrier("justice", "court_order");
  const mobility = barrier("mobility", "no_licence");
  const all = [health, justice, mobility];

  it("withholds a health or justice barrier's situation, details and actions' text without the right", () => {
    const { items, sensitiveIds } = visibleBarriers(all, false);
    expect(sensitiveIds).toEqual([]);
    for (const item of items.slice(0, 2)) {
      expect(item).toMatchObject({ restricted: true, withheld: true, situation: null, details: null });
      expect(item.severity).toBe("high");
      expect(item.status).toBe("in_progress");
      expect(item.actions).toEqual([
        { id: expect.any(String), description: null, partner: null, dueOn: "2026-10-01", status: "planned" },
      ]);
      expect(item.history).toHaveLength(1);
    }
    const text = JSON.stringify(items.slice(0, 2));
    for (const secret of ["mental_health", "court_order", "Précisions sur mental", "CMP de Bordeaux"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("shows the other themes whole to anyone who reads the pathway", () => {
    const [, , shown] = visibleBarriers(all, false).items;
    expect(shown).toEqual({ ...mobility, restricted: false, withheld: false });
  });

  it("shows everything to those who need it, naming the sensitive barriers shown", () => {
    const { items, sensitiveIds } = visibleBarriers(all, true);
    expect(items).toEqual(all.map((item, index) => ({ ...item, restricted: index < 2, withheld: false })));
    expect(sensitiveIds).toEqual([health.id, justice.id]);
  });
});
