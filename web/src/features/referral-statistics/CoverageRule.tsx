import { Group, Text } from "@mantine/core";
import {
  LOW_RATE_FRACTION,
  RURAL_BASIN_SHARE,
  RURAL_COMMUNE_POPULATION,
} from "../../../../src/domains/referral-statistics/basin-coverage";
import { FLAG_LABEL } from "./CoverageFlag";
import { COVERAGE_CLASSES } from "./coverage-colours";
import type { ReferralStatistics } from "./referral-statistics-api";
import { formatCount, formatRate, formatShare } from "./statistics-format";

/** How a basin is judged, with this view's figures; and the map's colours in words. */
export function CoverageRule({ statistics }: { statistics: ReferralStatistics }) {
  const { area } = statistics;
  return (
    <>
      <Text maw={760}>
        Le taux d'un bassin compte les prescriptions (sans les auto-positionnements) des personnes qui y
        habitent, pour 10 000 habitants. Un bassin est signalé « {FLAG_LABEL} » s'il n'en a reçu aucune sur la
        période, ou si son taux est inférieur à {formatShare(LOW_RATE_FRACTION)} du taux de la zone affichée
        {area.ratePer10000 !== null && area.referrals > 0
          ? ` : ${formatRate(area.ratePer10000)} pour 10 000 habitants (${formatCount(area.referrals)} prescriptions), soit un seuil de ${formatRate(area.thresholdPer10000)}.`
          : ". Aucune prescription sur la période : aucun bassin n'est signalé."}{" "}
        La part rurale est celle des habitants vivant dans une commune de moins de{" "}
        {formatCount(RURAL_COMMUNE_POPULATION)} habitants ; un bassin est dit rural à partir de{" "}
        {formatShare(RURAL_BASIN_SHARE)}.
      </Text>
      <Group component="ul" aria-label="Couleurs des bassins sur la carte" gap="md" p={0} m={0}>
        {COVERAGE_CLASSES.map((entry) => (
          <Group key={entry.key} component="li" gap={6} style={{ listStyle: "none" }}>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill={entry.colour} stroke="#495057" />
            </svg>
            <Text size="sm">{entry.label}</Text>
          </Group>
        ))}
      </Group>
    </>
  );
}
