import { Anchor, Card, List, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { personName } from "../../ui/person-name";
import { useFreePlaces, useWaitingList } from "./referrals-api";

/** A site's free places now, and its waiting list in order: who gets the next place. */
export function SiteOverview({ siteId }: { siteId: string }) {
  const places = useFreePlaces(siteId);
  const waiting = useWaitingList(siteId);
  return (
    <Card withBorder mb="lg" component="section" aria-labelledby="places-et-attente">
      <Title order={2} size="h4" id="places-et-attente" mb="xs">
        Places et liste d'attente
      </Title>
      {places.data && (
        <Text mb="xs">
          {places.data.freePlaces === 0
            ? `Le site est complet (${places.data.capacity} places).`
            : `${places.data.freePlaces} place${places.data.freePlaces > 1 ? "s" : ""} libre${places.data.freePlaces > 1 ? "s" : ""} sur ${places.data.capacity}.`}
        </Text>
      )}
      <ErrorAlert error={waiting.error} title="Liste d'attente indisponible" />
      {waiting.data &&
        (waiting.data.items.length === 0 ? (
          <Text>Personne n'attend sur la liste d'attente.</Text>
        ) : (
          <>
            <Text mb={4}>
              {waiting.data.total === 1
                ? "1 personne attend, et recevra la prochaine place libre :"
                : `${waiting.data.total} personnes attendent, dans cet ordre :`}
            </Text>
            <List type="ordered" aria-label="Liste d'attente, dans l'ordre">
              {waiting.data.items.map((referral) => (
                <List.Item key={referral.id}>
                  <Anchor component={Link} to={`/prescriptions/${referral.id}`}>
                    {personName(referral.person)}
                  </Anchor>{" "}
                  — depuis le {formatDate(referral.statusChangedAt)}
                </List.Item>
              ))}
            </List>
          </>
        ))}
    </Card>
  );
}
