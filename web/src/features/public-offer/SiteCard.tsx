import { Anchor, Button, Card, List, Stack, Text, Title } from "@mantine/core";
import { IconMail, IconPhone } from "@tabler/icons-react";
import { Link } from "react-router";
import type { NearbySites, PublicSite } from "./public-offer-api";
import { distanceInWords, freePlacesInWords, sessionDate } from "./site-words";

type Site = PublicSite & Partial<Pick<NearbySites["items"][number], "distanceKm">>;

/** What a visitor needs to know of a site, and the way to apply there. Site texts are shown as plain text. */
export function SiteCard({ site, headingLevel = 3 }: { site: Site; headingLevel?: 2 | 3 }) {
  const titleId = `site-${site.id}`;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={headingLevel} size="h3" id={titleId}>
          {site.name}
        </Title>
        <Text fw={600}>
          {site.distanceKm !== undefined && `${distanceInWords(site.distanceKm)} — `}
          {site.communeName}
        </Text>
        <Text fw={700}>{freePlacesInWords(site.freePlaces)}</Text>
        {site.address && <Text>Adresse : {site.address}</Text>}
        <div>
          <Text fw={600}>Prochaines informations collectives :</Text>
          {site.informationSessions.length > 0 ? (
            <List spacing={2}>
              {site.informationSessions.map((session) => (
                <List.Item key={`${session.startsAt} ${session.place}`}>
                  {sessionDate(session.startsAt)} — {session.place}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>Pas de date annoncée pour le moment : contactez le site.</Text>
          )}
        </div>
        {site.accessibility && (
          <div>
            <Text fw={600}>Accès :</Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{site.accessibility}</Text>
          </div>
        )}
        {site.contactPhone && (
          <Anchor href={`tel:${site.contactPhone.replace(/[^+0-9]/g, "")}`} py={6}>
            <IconPhone size={18} aria-hidden style={{ verticalAlign: "middle" }} /> Appeler le{" "}
            {site.contactPhone}
          </Anchor>
        )}
        {site.contactEmail && (
          <Anchor href={`mailto:${site.contactEmail}`} py={6} style={{ overflowWrap: "anywhere" }}>
            <IconMail size={18} aria-hidden style={{ verticalAlign: "middle" }} /> Écrire à{" "}
            {site.contactEmail}
          </Anchor>
        )}
        <Button
          component={Link}
          to={`/candidater?site=${site.id}`}
          size="lg"
          mt="xs"
          aria-describedby={titleId}
        >
          Je me positionne sur ce site
        </Button>
      </Stack>
    </Card>
  );
}
