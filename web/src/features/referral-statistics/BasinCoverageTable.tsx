import { DataTable } from "../../ui/DataTable";
import { RecordLink } from "../territory/RecordLink";
import { CoverageFlag } from "./CoverageFlag";
import type { ReferralStatistics } from "./referral-statistics-api";
import { formatCount, formatRate, formatShare } from "./statistics-format";

/** Every basin of the lots shown: its inhabitants, rural share, referrals of its residents and rate. */
export function BasinCoverageTable({ statistics }: { statistics: ReferralStatistics }) {
  return (
    <DataTable
      caption="Prescriptions par bassin d'emploi de résidence"
      rows={statistics.basins}
      rowKey={(basin) => basin.id}
      empty="Aucun bassin dans les lots affichés."
      columns={[
        { header: "Code", cell: (basin) => basin.code },
        { header: "Bassin d'emploi", cell: (basin) => <RecordLink kind="basin" record={basin} /> },
        { header: "Lot", cell: (basin) => basin.lot?.code ?? "—" },
        { header: "Habitants", cell: (basin) => formatCount(basin.population) },
        {
          header: "Part rurale",
          cell: (basin) => `${formatShare(basin.ruralShare)}${basin.rural ? " (rural)" : ""}`,
        },
        { header: "Prescriptions", cell: (basin) => formatCount(basin.referrals) },
        { header: "Pour 10 000 habitants", cell: (basin) => formatRate(basin.ratePer10000) },
        { header: "Auto-positionnements", cell: (basin) => formatCount(basin.selfReferrals) },
        { header: "Signalement", cell: (basin) => <CoverageFlag flag={basin.flag} /> },
      ]}
    />
  );
}
