import { Select, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageTitle } from "../../ui/PageTitle";
import { useSites } from "../territory/territory-api";
import { ReferralList } from "./ReferralList";

/** The Region's and a territorial officer's view, read only: every referral they may see, by site. */
export function FollowedReferrals({ officer }: { officer: boolean }) {
  const sites = useSites({ mine: true });
  const [siteId, setSiteId] = useState<string | null>(null);
  const options = (sites.data ?? []).map((site) => ({
    value: site.id,
    label: `${site.name} (${site.code}) — lot ${site.lot.name}`,
  }));
  return (
    <>
      <PageTitle>Prescriptions</PageTitle>
      <Text mb="md" maw={720}>
        {officer
          ? "Les prescriptions et auto-positionnements des lots que vous suivez, en lecture seule."
          : "Toutes les prescriptions et tous les auto-positionnements du dispositif, en lecture seule."}
      </Text>
      <ErrorAlert error={sites.error} title="Sites indisponibles" />
      <Select
        label="Site"
        placeholder="Tous les sites"
        data={options}
        value={siteId}
        onChange={setSiteId}
        searchable
        clearable
        nothingFoundMessage="Aucun site ne correspond."
        maw={480}
        mb="md"
      />
      <ReferralList
        key={siteId ?? "all"}
        scope={siteId ? { siteId } : {}}
        caption={siteId ? "Prescriptions du site choisi" : "Toutes les prescriptions"}
      />
    </>
  );
}
