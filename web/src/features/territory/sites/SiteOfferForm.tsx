import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { SiteOfferBody } from "../../../../../src/domains/public-offer/public-offer.schemas";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { fieldErrors } from "../forms/form-support";
import { type SiteOffer, useSaveSiteOffer } from "./site-offer-api";

/** The site's contact and accessibility, as the public sees them. */
export function SiteOfferForm({ siteId, offer }: { siteId: string; offer: SiteOffer }) {
  const save = useSaveSiteOffer(siteId);
  const form = useForm<{ [Key in keyof SiteOfferBody]: string }>({
    initialValues: {
      accessibility: offer.accessibility ?? "",
      contactPhone: offer.contactPhone ?? "",
      contactEmail: offer.contactEmail ?? "",
    },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        accessibility: values.accessibility.trim() || null,
        contactPhone: values.contactPhone.trim() || null,
        contactEmail: values.contactEmail.trim() || null,
      },
      {
        onSuccess: () =>
          notifications.show({ title: "Enregistré", message: "L'offre publique du site est à jour." }),
        onError: (error) => form.setErrors(fieldErrors(error)),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={save.error} title="Enregistrement impossible" />
        <Textarea
          label="Accès et accessibilité"
          description="Accès en fauteuil roulant, transports en commun, stationnement…"
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps("accessibility")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Téléphone de contact" type="tel" {...form.getInputProps("contactPhone")} />
          <TextInput label="E-mail de contact" type="email" {...form.getInputProps("contactEmail")} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Enregistrer l'offre publique
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
