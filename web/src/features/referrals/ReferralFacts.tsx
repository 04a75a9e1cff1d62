import { Card, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { BARRIER_THEME_LABELS, type BarrierTheme } from "../../../../src/domains/barriers/barrier-catalogue";
import { isRefusalReason, REFUSAL_REASON_DETAILS } from "../../../../src/domains/referrals/referral-status";
import {
  CURRENT_SITUATION_LABELS,
  type CurrentSituation,
  REFERRAL_KIND_LABELS,
} from "../../../../src/domains/referrals/referral-vocabulary";
import { formatDate, formatDateTime } from "../../ui/dates";
import { Facts } from "../territory/Facts";
import type { ReferralDetail } from "./referrals-api";

/** A text someone typed: shown as plain text, its line breaks kept. */
function Written({ text }: { text: string | null }) {
  if (!text) return <>—</>;
  return (
    <Text component="span" inherit style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {text}
    </Text>
  );
}

function FactsCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export const refusalReasonLabel = (code: string) =>
  isRefusalReason(code) ? REFUSAL_REASON_DETAILS[code].label : code;

/** Who the person is and how to reach them. */
export function PersonFacts({ person }: { person: ReferralDetail["person"] }) {
  return (
    <FactsCard id="la-personne" title="La personne">
      <Facts
        facts={[
          { label: "Nom", value: person.lastName },
          { label: "Prénom", value: person.firstName },
          { label: "Date de naissance", value: formatDate(person.birthDate) },
          { label: "Commune", value: `${person.commune.name} (${person.commune.code})` },
          { label: "E-mail", value: person.email ?? "—" },
          { label: "Téléphone", value: person.phone ?? "—" },
          { label: "Identifiant France Travail", value: person.franceTravailId ?? "—" },
        ]}
      />
    </FactsCard>
  );
}

/** The request: where to, from whom, why, and where it stands (appointment, entry, refusal). */
export function RequestFacts({ referral }: { referral: ReferralDetail }) {
  const barriers = referral.knownBarriers.map(
    (theme) => BARRIER_THEME_LABELS[theme as BarrierTheme] ?? theme,
  );
  return (
    <FactsCard id="la-demande" title="La demande">
      <Facts
        facts={[
          { label: "Type", value: REFERRAL_KIND_LABELS[referral.kind] },
          { label: "Envoyée le", value: formatDateTime(referral.sentAt) },
          { label: "Site", value: referral.site?.name ?? "À choisir par l'organisme qui porte le lot" },
          { label: "Lot", value: referral.lot.name },
          {
            label: "Structure prescriptrice",
            value: referral.prescriberOrganisation?.name ?? "Aucune (auto-positionnement)",
          },
          { label: "Référent·e", value: referral.referent?.displayName ?? "—" },
          {
            label: "Situation",
            value: referral.situation
              ? (CURRENT_SITUATION_LABELS[referral.situation as CurrentSituation] ?? referral.situation)
              : "—",
          },
          {
            label:
              referral.kind === "self_referral" ? "Ce que la personne attend" : "Motifs de la prescription",
            value: <Written text={referral.motivation} />,
          },
          { label: "Freins connus", value: barriers.length > 0 ? barriers.join(", ") : "—" },
          { label: "Précisions sur les freins", value: <Written text={referral.barriersNote} /> },
          { label: "Disponibilités", value: <Written text={referral.availability} /> },
          {
            label: "Rendez-vous",
            value: referral.appointmentAt ? (
              <>
                {formatDateTime(referral.appointmentAt)}
                {referral.appointmentPlace && (
                  <>
                    {" — "}
                    <Written text={referral.appointmentPlace} />
                  </>
                )}
              </>
            ) : (
              "—"
            ),
          },
          {
            label: referral.status === "entered" ? "Entrée le" : "Entrée prévue le",
            value: formatDate(referral.plannedEntryDate),
          },
          ...(referral.refusalReason
            ? [{ label: "Motif du refus", value: refusalReasonLabel(referral.refusalReason) }]
            : []),
        ]}
      />
    </FactsCard>
  );
}
