import { Anchor, Box, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { REFERRAL_KIND_LABELS } from "../../../../src/domains/referrals/referral-vocabulary";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { personName } from "../../ui/person-name";
import { ReferralActions } from "./ReferralActions";
import { ReferralBadges } from "./ReferralBadges";
import { PersonFacts, RequestFacts } from "./ReferralFacts";
import { ReferralHistory } from "./ReferralHistory";
import { useReferral } from "./referrals-api";

/** `/prescriptions/:id`: the person, the request, what may be done now, and the whole history. */
export default function ReferralPage() {
  const { id } = useParams();
  const referral = useReferral(id);
  const r = referral.data;
  return (
    <>
      <Anchor component={Link} to="/prescriptions" size="sm" mb="xs" display="inline-block">
        Toutes les demandes
      </Anchor>
      <Box style={{ overflowWrap: "anywhere" }}>
        <PageTitle>{r ? `${REFERRAL_KIND_LABELS[r.kind]} : ${personName(r.person)}` : "Demande"}</PageTitle>
      </Box>
      <ErrorAlert error={referral.error} />
      {referral.isPending && <PageLoader />}
      {r && (
        <Stack gap="lg">
          <Group gap="xs">
            <Text>Statut :</Text>
            <ReferralBadges referral={r} />
            {r.pathwayId && (
              <Anchor component={Link} to={`/parcours/${r.pathwayId}`}>
                Voir le parcours
              </Anchor>
            )}
          </Group>
          <ReferralActions referral={r} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <PersonFacts person={r.person} />
            <RequestFacts referral={r} />
          </SimpleGrid>
          <ReferralHistory history={r.history} />
        </Stack>
      )}
    </>
  );
}
