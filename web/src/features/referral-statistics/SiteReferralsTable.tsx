import { DataTable } from "../../ui/DataTable";
import { RecordLink } from "../territory/RecordLink";
import type { ReferralStatistics } from "./referral-statistics-api";
import { formatCount } from "./statistics-format";

/** Every site of the lots shown, with what it received in the period, none included. */
export function SiteReferralsTable({ statistics }: { statistics: ReferralStatistics }) {
  return (
    <DataTable
      caption="Demandes reçues par site"
      rows={statistics.sites}
      rowKey={(site) => site.id}
      empty="Aucun site dans les lots affichés."
      columns={[
        { header: "Code", cell: (site) => site.code },
        { header: "Site", cell: (site) => <RecordLink kind="site" record={site} /> },
        { header: "Lot", cell: (site) => site.lot.code },
        { header: "Site rural obligatoire", cell: (site) => (site.mandatoryRural ? "Oui" : "Non") },
        { header: "Prescriptions", cell: (site) => formatCount(site.referrals) },
        { header: "Auto-positionnements", cell: (site) => formatCount(site.selfReferrals) },
        { header: "Entrées en parcours", cell: (site) => formatCount(site.entered) },
      ]}
    />
  );
}
