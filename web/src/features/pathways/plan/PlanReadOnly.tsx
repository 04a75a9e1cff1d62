import { Card, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useInternships } from "../../internships/internships-api";
import { PlanCalendar } from "./PlanCalendar";
import { PlanCheckPanel } from "./PlanCheckPanel";
import { PlanLayout } from "./PlanLayout";
import type { PlanVersionView } from "./plan-api";
import { formatDay, hours, itemLabel, itemWhen } from "./plan-words";

/**
 * A saved version of the plan as it is, with its check: for those who only read, and for old versions.
 * An internship linked to a recorded one names its company.
 */
export function PlanReadOnly({
  pathwayId,
  view,
  aside,
}: {
  pathwayId: string;
  view: PlanVersionView;
  aside?: ReactNode;
}) {
  const { plan } = view;
  const recorded = useInternships(pathwayId).data?.items ?? [];
  const link = (item: Record<string, unknown>) => {
    if (typeof item.internshipId !== "string") return "";
    const company = recorded.find((internship) => internship.id === item.internshipId)?.hostCompany.name;
    return company ? ` — stage enregistré : ${company}` : " — relié à un stage enregistré";
  };
  return (
    <PlanLayout
      main={
        <Card withBorder component="section" aria-labelledby={`plan-version-${plan.version}`}>
          <Title order={3} size="h4" id={`plan-version-${plan.version}`} mb="sm">
            Plan, version {plan.version}
          </Title>
          <Stack gap="sm">
            <div>
              <Text fw={600} size="sm">
                Objectifs
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {plan.objectives || "—"}
              </Text>
            </div>
            <Text size="sm">
              Du {formatDay(view.entryDate)} (entrée) au {formatDay(plan.plannedEndDate)} (fin prévue).
            </Text>
            <List size="sm" spacing={4} type="ordered" aria-label="Éléments du plan">
              {plan.items.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a saved version never changes
                <List.Item key={index}>
                  {itemLabel(item)} : {hours(Number(item.hours))}
                  {itemWhen(item) ? `, ${itemWhen(item)}` : ""}
                  {link(item)}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      }
      side={
        <>
          <PlanCheckPanel check={view.check} ruleVersion={view.rules.version} />
          {aside}
        </>
      }
      below={
        <PlanCalendar entryDate={view.entryDate} plannedEndDate={plan.plannedEndDate} items={plan.items} />
      }
    />
  );
}
