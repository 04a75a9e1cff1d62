import { List, Paper, Stack, Text, Title } from "@mantine/core";
import type { SelfReferralReceipt } from "./public-offer-api";

/** After sending: the reference to keep, where the request went, and what happens next. */
export function SelfReferralSent({ receipt }: { receipt: SelfReferralReceipt }) {
  const { site } = receipt;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" bg="green.0">
        <Text size="lg">Votre référence :</Text>
        <Text size="xl" fw={800} style={{ letterSpacing: "0.05em" }}>
          {receipt.reference}
        </Text>
        <Text mt="xs">Gardez-la : elle vous servira si vous contactez le site.</Text>
      </Paper>
      <Text>
        Votre demande est arrivée au site <strong>{site.name}</strong>, à {site.communeName}
        {site.address ? ` (${site.address})` : ""}.
      </Text>
      <Text>
        {receipt.emailSent
          ? "Un e-mail de confirmation vous a été envoyé."
          : "Vous n'avez pas donné d'adresse e-mail : notez bien votre référence."}
      </Text>
      <Stack component="section" aria-labelledby="et-ensuite" gap="xs">
        <Title order={2} size="h3" id="et-ensuite">
          Et ensuite ?
        </Title>
        <List type="ordered" spacing="xs">
          <List.Item>Le site étudie votre demande.</List.Item>
          <List.Item>
            Il vous contacte, par téléphone ou par e-mail, pour vous inviter à une information collective ou à
            un entretien.
          </List.Item>
          <List.Item>Ensemble, vous choisissez la date de votre entrée dans le parcours.</List.Item>
        </List>
      </Stack>
    </Stack>
  );
}
