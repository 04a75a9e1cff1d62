import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { REFERRAL_KIND_LABELS } from "../../../../src/domains/referrals/referral-vocabulary";
import { DataTable } from "../../ui/DataTable";
import { formatDate, formatDateTime } from "../../ui/dates";
import { personName } from "../../ui/person-name";
import { ReferralBadges } from "./ReferralBadges";
import type { ReferralSummary } from "./referrals-api";

/** What comes next: the appointment, or the planned entry. */
function nextStep(referral: ReferralSummary): string {
  if (referral.status === "information_session" || referral.status === "admission_interview") {
    return `Rendez-vous le ${formatDateTime(referral.appointmentAt)}`;
  }
  if (referral.status === "accepted") return `Entrée prévue le ${formatDate(referral.plannedEntryDate)}`;
  if (referral.status === "entered") return `Entrée le ${formatDate(referral.plannedEntryDate)}`;
  return "—";
}

/** Referrals, newest first: who, how they came, where they stand, where to, from whom. */
export function ReferralsTable({
  caption,
  referrals,
  empty,
}: {
  caption: string;
  referrals: readonly ReferralSummary[];
  empty: string;
}) {
  return (
    <DataTable
      caption={caption}
      rows={referrals}
      rowKey={(referral) => referral.id}
      empty={empty}
      columns={[
        {
          header: "Personne",
          cell: (referral) => (
            <>
              <Anchor component={Link} to={`/prescriptions/${referral.id}`} fw={600}>
                {personName(referral.person)}
              </Anchor>
              <Text size="xs">Né·e le {formatDate(referral.person.birthDate)}</Text>
            </>
          ),
        },
        {
          header: "Demande",
          cell: (referral) => (
            <>
              <Text size="sm">{REFERRAL_KIND_LABELS[referral.kind]}</Text>
              <Text size="xs">Envoyée le {formatDate(referral.sentAt)}</Text>
            </>
          ),
        },
        { header: "Statut", cell: (referral) => <ReferralBadges referral={referral} /> },
        {
          header: "Site",
          cell: (referral) => (referral.site ? referral.site.name : `À choisir (lot ${referral.lot.name})`),
        },
        {
          header: "Prescripteur",
          cell: (referral) =>
            referral.prescriberOrganisation ? (
              <>
                <Text size="sm">{referral.prescriberOrganisation.name}</Text>
                {referral.referent && <Text size="xs">Référent·e : {referral.referent.displayName}</Text>}
              </>
            ) : (
              "Aucun (auto-positionnement)"
            ),
        },
        { header: "Prochaine étape", cell: nextStep },
      ]}
    />
  );
}
