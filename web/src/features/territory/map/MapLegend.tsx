import { Group, Text } from "@mantine/core";
import { MarkerShape } from "./SiteMarker";
import classes from "./TerritoryMap.module.css";

function LegendItem({
  rural,
  label,
  emphasised = false,
}: {
  rural: boolean;
  label: string;
  emphasised?: boolean;
}) {
  return (
    <Group gap={6} component="li">
      <svg
        className={`${classes.legendIcon} ${emphasised ? classes.emphasised : ""}`}
        viewBox="-10 -10 20 20"
        aria-hidden="true"
      >
        <MarkerShape rural={rural} />
      </svg>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** What the markers mean, and the colours: neighbouring zones told apart, unless `colours` says otherwise. */
export function MapLegend({ emphasised, colours }: { emphasised: boolean; colours?: string }) {
  return (
    <Group
      component="ul"
      aria-label="Légende de la carte"
      gap="lg"
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      <LegendItem rural={false} label="Site" />
      <LegendItem rural label="Site rural obligatoire" />
      {emphasised && <LegendItem rural={false} label="Site mis en évidence (rouge, plus grand)" emphasised />}
      <Text component="li" size="sm" c="dimmed">
        {colours ?? "Les couleurs distinguent les zones voisines."} Chaque zone et chaque site mène à sa page.
      </Text>
    </Group>
  );
}
