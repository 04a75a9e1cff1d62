import { Anchor, Button, Card, Collapse, Group, List, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconDownload } from "@tabler/icons-react";
import { roleMay } from "../../../../src/domains/authorization/policies";
import { DASHBOARD_TABLES } from "../../../../src/domains/indicator-exports/dashboard-tables";
import type { IndicatorFilters } from "../../../../src/domains/indicators/indicator-filters";
import { apiUrl } from "../../api/client";
import { useSession } from "../../api/session";
import { searchFromFilters } from "./dashboard-filters";

/** The API's address of an export for the dashboard's filters (the same query as the page's address). */
const exportUrl = (path: string, filters: IndicatorFilters) =>
  apiUrl(path, Object.fromEntries(searchFromFilters(filters)));

/**
 * The dashboard's downloads for its current filters: the workbook (XLSX), each table in CSV, the
 * territorial committee's pack of the chosen lot (PDF) and, for the Region and evaluators, the
 * pseudonymised evaluation dataset (entries of the period, in the lot if one is chosen) and its data
 * dictionary.
 */
export function DashboardDownloads({ filters }: { filters: IndicatorFilters }) {
  const role = useSession().data?.user?.role;
  const evaluation = role !== undefined && roleMay(role, "read", "EvaluationDataset");
  const [tablesShown, tables] = useDisclosure(false);
  return (
    <Card withBorder component="section" aria-labelledby="telechargements">
      <Title order={2} size="h4" id="telechargements" mb="xs">
        Télécharger
      </Title>
      <Stack gap="sm">
        <Group gap="sm">
          <Button
            component="a"
            href={exportUrl("/indicators/dashboard.xlsx", filters)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Télécharger (XLSX)
          </Button>
          <Button
            variant="default"
            onClick={tables.toggle}
            aria-expanded={tablesShown}
            aria-controls="tableaux-csv"
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            Tableaux (CSV)
          </Button>
          {filters.lot ? (
            <Button
              component="a"
              href={exportUrl("/indicators/committee-pack.pdf", filters)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Dossier du comité territorial (PDF)
            </Button>
          ) : null}
        </Group>
        <Collapse expanded={tablesShown}>
          <List id="tableaux-csv" aria-label="Tableaux en CSV" spacing={2}>
            {DASHBOARD_TABLES.map((table) => (
              <List.Item key={table.id}>
                <Anchor href={exportUrl(`/indicators/tables/${table.id}.csv`, filters)} download>
                  {table.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Collapse>
        {filters.lot ? null : (
          <Text size="sm">
            Dossier du comité territorial (PDF) : choisissez d'abord un lot dans les filtres, le dossier est
            celui d'un lot.
          </Text>
        )}
        {evaluation ? (
          <Group gap="md">
            <Anchor
              href={apiUrl("/evaluation-dataset.csv", {
                from: filters.from,
                to: filters.to,
                lot: filters.lot,
              })}
              download
            >
              Jeu de données pseudonymisé (CSV)
            </Anchor>
            <Anchor href={apiUrl("/evaluation-dataset/dictionary.csv")} download>
              Dictionnaire des données
            </Anchor>
            <Text size="sm">
              Une ligne par parcours entré sur la période{filters.lot ? " dans le lot" : ""}, sans nom ni
              coordonnées.
            </Text>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
