import { Button, Group, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { PageTitle } from "../../ui/PageTitle";
import { ReferralList } from "./ReferralList";

const ALL = {};

/** A prescriber's follow-up: what their organisation sent, and the way to send a new one. */
export function SentReferrals({ organisationName }: { organisationName: string | null }) {
  return (
    <>
      <PageTitle>Mes prescriptions</PageTitle>
      <Group justify="space-between" align="flex-start" mb="md">
        <Text maw={640}>
          Les demandes envoyées par {organisationName ?? "votre structure"}, des plus récentes aux plus
          anciennes. Ouvrez-en une pour suivre les réponses du site.
        </Text>
        <Button
          component={Link}
          to="/prescriptions/nouvelle"
          leftSection={<IconPlus size={18} aria-hidden />}
        >
          Nouvelle prescription
        </Button>
      </Group>
      <ReferralList scope={ALL} caption="Prescriptions envoyées par votre structure" />
    </>
  );
}
