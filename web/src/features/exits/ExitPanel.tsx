import { Button, Card, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { ExitFacts } from "./ExitFacts";
import { ExitForm } from "./ExitForm";
import { useExitDefaults } from "./exits-api";

/** The « Sortie » tab: the exit form for the training staff, the exit and its certificate for all. */
export default function ExitPanel({ pathway }: { pathway: PathwayDetail }) {
  const [correcting, setCorrecting] = useState(false);
  const defaults = useExitDefaults(pathway.id, pathway.may.manage && pathway.exit === null);
  if (pathway.exit && !correcting)
    return (
      <Stack>
        <ExitFacts pathway={pathway} exit={pathway.exit} />
        {pathway.may.manage && pathway.exit.recordedAt && (
          <Button variant="light" onClick={() => setCorrecting(true)} style={{ alignSelf: "flex-start" }}>
            Corriger la sortie
          </Button>
        )}
      </Stack>
    );
  if (!pathway.may.manage)
    return (
      <Text>
        La sortie de ce parcours n'est pas encore enregistrée : l'organisme de formation la saisira.
      </Text>
    );
  if (defaults.isPending && pathway.exit === null) return <PageLoader />;
  return (
    <Card withBorder component="section" aria-labelledby="exit-form">
      <Title order={2} size="h4" mb="sm" id="exit-form">
        {pathway.exit ? "Corriger la sortie" : "Enregistrer la sortie"}
      </Title>
      <ExitForm
        pathway={pathway}
        current={pathway.exit}
        agreedNextStep={defaults.data?.agreedNextStep ?? null}
        onDone={() => setCorrecting(false)}
      />
    </Card>
  );
}
