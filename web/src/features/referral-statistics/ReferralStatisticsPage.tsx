import { Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { parisDay } from "../../../../src/domains/paris-time";
import { lastTwelveMonths } from "../../../../src/domains/referral-statistics/statistics-period";
import { useSession } from "../../api/session";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { Facts } from "../territory/Facts";
import { BasinCoverageTable } from "./BasinCoverageTable";
import { ChannelsTable } from "./ChannelsTable";
import { FLAG_LABEL } from "./CoverageFlag";
import { CoverageMap } from "./CoverageMap";
import { CoverageRule } from "./CoverageRule";
import { type StatisticsFilters, useReferralStatistics } from "./referral-statistics-api";
import { SiteReferralsTable } from "./SiteReferralsTable";
import { StatisticsFiltersForm } from "./StatisticsFilters";
import { formatCount, formatRate } from "./statistics-format";

/**
 * `/reseau-prescripteur`: where referrals come from, by prescriber network, site and basin of residence,
 * and the basins that receive too few (the 2021 evaluation's rural blind spot). The Region sees every
 * lot, a territorial officer the lots they follow.
 */
export default function ReferralStatisticsPage() {
  const user = useSession().data?.user;
  const [filters, setFilters] = useState<StatisticsFilters>(() => ({
    ...lastTwelveMonths(parisDay(new Date())),
    lotId: null,
  }));
  const [debounced] = useDebouncedValue(filters, 300);
  const statistics = useReferralStatistics(debounced);
  const data = statistics.data;
  const officer = user?.role === "territorial_officer";
  const flagged = data?.basins.filter((basin) => basin.flag) ?? [];

  return (
    <>
      <PageTitle>Réseau prescripteur</PageTitle>
      <Text mb="md" maw={760}>
        D'où viennent les demandes d'entrée dans le dispositif : par réseau prescripteur, par site et par
        bassin d'emploi où vivent les personnes ; et quels bassins reçoivent peu de prescriptions, l'angle
        mort rural relevé par l'évaluation de 2021.{" "}
        {officer ? "Vous voyez les lots que vous suivez." : "Vous voyez tous les lots."} Les demandes comptent
        à leur date d'envoi (jours de Paris).
      </Text>
      <StatisticsFiltersForm
        filters={filters}
        lots={data?.lots ?? []}
        allLotsLabel={officer ? "Tous mes lots" : "Tous les lots"}
        onChange={setFilters}
      />
      <ErrorAlert error={statistics.error} title="Statistiques indisponibles" />
      {statistics.isPending ? (
        <PageLoader />
      ) : (
        data && (
          <Stack gap="xl">
            <Facts
              facts={[
                {
                  label: "Période",
                  value: `du ${formatDate(data.period.from)} au ${formatDate(data.period.to)}`,
                },
                { label: "Prescriptions", value: formatCount(data.totals.referrals) },
                { label: "Auto-positionnements", value: formatCount(data.totals.selfReferrals) },
                {
                  label: "Entrées en parcours (parmi ces demandes)",
                  value: formatCount(data.totals.entered),
                },
                {
                  label: "Prescriptions pour 10 000 habitants",
                  value: `${formatRate(data.area.ratePer10000)} (${data.lot ? `lot ${data.lot.code}` : officer ? "mes lots" : "région"})`,
                },
              ]}
            />
            <section aria-labelledby="by-network">
              <Title order={2} id="by-network" mb="sm">
                Par réseau prescripteur
              </Title>
              <ChannelsTable statistics={data} />
            </section>
            <section aria-labelledby="by-basin">
              <Title order={2} id="by-basin" mb="sm">
                Par bassin d'emploi
              </Title>
              <Stack gap="md">
                <CoverageRule statistics={data} />
                <Text fw={500} role="status">
                  {flagged.length === 0
                    ? "Aucun bassin signalé sur la période."
                    : `${flagged.length} bassin${flagged.length > 1 ? "s" : ""} « ${FLAG_LABEL} » : ${flagged.map((basin) => basin.name).join(", ")}.`}
                </Text>
                <CoverageMap statistics={data} followedLotIds={officer ? (user?.lotIds ?? []) : null} />
                <BasinCoverageTable statistics={data} />
              </Stack>
            </section>
            <section aria-labelledby="by-site">
              <Title order={2} id="by-site" mb="sm">
                Par site
              </Title>
              <SiteReferralsTable statistics={data} />
            </section>
          </Stack>
        )
      )}
    </>
  );
}
