import { Anchor, Button, List, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { REFERRAL_STATUS_LABELS } from "../../../../../src/domains/referrals/referral-status";
import { REFERRAL_KIND_LABELS } from "../../../../../src/domains/referrals/referral-vocabulary";
import { useSession } from "../../../api/session";
import { formatDate } from "../../../ui/dates";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type PersonMatch, useConfirmSelfReferral } from "./new-prescription-api";
import { ReferentSelect } from "./ReferentSelect";

type OpenReferral = PersonMatch["openReferrals"][number];

/**
 * The people Amorce already knows under the identity typed, and their requests still open: the
 * prescriber follows their own organisation's, confirms a self-referral nobody confirmed, or goes on
 * (another lot; the person's record is taken up again, never duplicated).
 */
export function KnownPeople({ matches }: { matches: PersonMatch[] }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="xs">
        Cette personne est déjà connue d'Amorce
      </Title>
      <Stack gap="md">
        {matches.map((person) => (
          <KnownPerson key={person.id} person={person} />
        ))}
        <Text size="sm">
          Si vous continuez, sa fiche sera reprise : les coordonnées déjà connues sont gardées, celles qui
          manquent sont complétées. Une seconde demande vers un lot où elle en a déjà une en cours sera
          refusée.
        </Text>
      </Stack>
    </Paper>
  );
}

function KnownPerson({ person }: { person: PersonMatch }) {
  return (
    <div>
      <Text fw={700}>
        {person.firstName} {person.lastName}, né·e le {formatDate(person.birthDate)}, habite à{" "}
        {person.communeName}.
      </Text>
      {person.openReferrals.length === 0 ? (
        <Text>Aucune demande en cours.</Text>
      ) : (
        <>
          <Text>Ses demandes en cours :</Text>
          <List spacing="sm" mt="xs">
            {person.openReferrals.map((referral) => (
              <List.Item key={referral.id}>
                <OpenReferralItem referral={referral} />
              </List.Item>
            ))}
          </List>
        </>
      )}
    </div>
  );
}

function OpenReferralItem({ referral }: { referral: OpenReferral }) {
  const where = referral.siteName ?? `lot ${referral.lotName}, site à choisir par le groupement`;
  return (
    <Stack gap={4}>
      <Text>
        {REFERRAL_KIND_LABELS[referral.kind]} vers {where}, du {formatDate(referral.sentAt)} — statut :{" "}
        {REFERRAL_STATUS_LABELS[referral.status]}.
      </Text>
      {referral.ours && (
        <Text>
          Votre structure suit déjà cette demande : inutile d'en envoyer une nouvelle.{" "}
          <Anchor component={Link} to={`/prescriptions/${referral.id}`} underline="always">
            Voir cette prescription
          </Anchor>
        </Text>
      )}
      {referral.confirmable && <ConfirmSelfReferral referralId={referral.id} />}
    </Stack>
  );
}

/** A self-referral nobody confirmed: the prescriber confirms it and names the person's referent. */
function ConfirmSelfReferral({ referralId }: { referralId: string }) {
  const me = useSession().data?.user;
  const [referentUserId, setReferentUserId] = useState(me?.id ?? null);
  const confirm = useConfirmSelfReferral();
  const navigate = useNavigate();
  return (
    <Stack gap="xs" maw={480}>
      <Text>
        Elle a fait cette demande seule et aucun·e prescripteur·rice ne l'a encore confirmée : confirmez-la
        pour qu'elle ait un·e référent·e, sans envoyer de nouvelle prescription.
      </Text>
      <ReferentSelect value={referentUserId} onChange={setReferentUserId} />
      <ErrorAlert error={confirm.error} title="Confirmation impossible" />
      <Button
        h="auto"
        py="xs"
        styles={{ label: { whiteSpace: "normal" } }}
        loading={confirm.isPending}
        onClick={() =>
          confirm.mutate(
            { id: referralId, referentUserId },
            {
              onSuccess: () => {
                notifications.show({
                  title: "Demande confirmée",
                  message: "Elle apparaît maintenant dans vos prescriptions.",
                });
                navigate(`/prescriptions/${referralId}`);
              },
            },
          )
        }
      >
        Confirmer sa demande et devenir son ou sa référent·e
      </Button>
    </Stack>
  );
}
