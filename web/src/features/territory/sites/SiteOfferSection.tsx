import { Paper, Stack, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { InformationSessionsEditor } from "./InformationSessionsEditor";
import { SiteOfferForm } from "./SiteOfferForm";
import { useSiteOffer } from "./site-offer-api";

/**
 * « Offre publique »: what the public finder shows of this site (contact, accessibility, information
 * sessions), for its training organisation and the Region only.
 */
export function SiteOfferSection({ siteId }: { siteId: string }) {
  const offer = useSiteOffer(siteId);
  if (offer.error) return <ErrorAlert error={offer.error} title="Offre publique indisponible" />;
  if (!offer.data?.mayManage) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offre-publique">
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3" id="offre-publique">
            Offre publique
          </Title>
          <Text size="sm" c="dimmed">
            Ce que le public voit de ce site sur la page « Trouver un site », sans compte.
          </Text>
        </div>
        <SiteOfferForm key={offer.dataUpdatedAt} siteId={siteId} offer={offer.data} />
        <InformationSessionsEditor siteId={siteId} />
      </Stack>
    </Paper>
  );
}
