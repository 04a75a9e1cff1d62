import { Anchor, Card, Group, Text, Title } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { parisToday } from "../../ui/dates";
import { PeriodFields } from "../../ui/PeriodFields";
import { hoursExportUrl } from "./sessions-api";

/** Where the hours are counted: one site, or every site of a lot. */
export type HoursPlace = { siteId: string } | { lotId: string };

/**
 * Downloads the hours done per trainee and module on a site or a lot, over a period (this month by
 * default). `children`: the fields choosing the place, shown before the period.
 */
export function HoursExport({ place, children }: { place: HoursPlace; children?: ReactNode }) {
  const today = parisToday();
  const [period, setPeriod] = useState({ from: `${today.slice(0, 8)}01`, to: today });
  const ready = period.from !== "" && period.to !== "" && period.from <= period.to;
  return (
    <Card withBorder component="section" aria-labelledby="export-heures" maw={720}>
      <Title order={2} size="h4" id="export-heures" mb="xs">
        Exporter les heures
      </Title>
      <Text mb="sm">
        Les heures faites par chaque stagiaire {"lotId" in place ? "des sites du lot" : "du site"}, module par
        module, sur la période (fichier CSV pour Excel).
      </Text>
      {children}
      <Group align="flex-end">
        <PeriodFields filters={period} onChange={setPeriod} />
        {ready ? (
          <Anchor href={hoursExportUrl({ ...period, ...place })} download>
            Télécharger les heures (CSV)
          </Anchor>
        ) : (
          <Text c="dimmed">Choisissez une période.</Text>
        )}
      </Group>
    </Card>
  );
}
