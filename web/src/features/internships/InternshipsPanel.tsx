import { Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { InternshipCard } from "./InternshipCard";
import { InternshipForm } from "./InternshipForm";
import { useInternships } from "./internships-api";

/** The « Stages » tab: the pathway's internships, their agreement and its four signatures. */
export default function InternshipsPanel({ pathway }: { pathway: PathwayDetail }) {
  const internships = useInternships(pathway.id);
  const [adding, setAdding] = useState(false);
  const phone = useMediaQuery("(max-width: 48em)");
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Stages en entreprise
        </Title>
        {pathway.may.manage && <Button onClick={() => setAdding(true)}>Préparer un stage</Button>}
      </Group>
      <ErrorAlert error={internships.error} />
      {internships.isPending && <PageLoader />}
      {internships.data?.items.length === 0 && <Text>Aucun stage pour l'instant.</Text>}
      {internships.data?.items.map((internship) => (
        <InternshipCard key={internship.id} pathway={pathway} internship={internship} />
      ))}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Préparer un stage"
        size="xl"
        fullScreen={phone}
      >
        <InternshipForm pathwayId={pathway.id} internship={null} onDone={() => setAdding(false)} />
      </Modal>
    </Stack>
  );
}
