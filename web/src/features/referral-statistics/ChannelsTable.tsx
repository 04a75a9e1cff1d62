import { DataTable } from "../../ui/DataTable";
import type { ReferralStatistics } from "./referral-statistics-api";
import { formatCount, formatShare } from "./statistics-format";

/** The nine prescriber networks and self-referrals, always all listed. */
export function ChannelsTable({ statistics }: { statistics: ReferralStatistics }) {
  const all = statistics.totals.referrals + statistics.totals.selfReferrals;
  return (
    <DataTable
      caption="Demandes par réseau prescripteur"
      rows={statistics.channels}
      rowKey={(row) => row.channel}
      columns={[
        { header: "Réseau", cell: (row) => row.label },
        { header: "Demandes", cell: (row) => formatCount(row.referrals) },
        { header: "Part des demandes", cell: (row) => formatShare(all > 0 ? row.referrals / all : null) },
        { header: "Entrées en parcours", cell: (row) => formatCount(row.entered) },
      ]}
    />
  );
}
