import { Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { AddBarrierForm } from "./AddBarrierForm";
import { BarrierCard } from "./BarrierCard";
import { BarrierSummaryTable } from "./BarrierSummaryTable";
import { inCatalogueOrder } from "./barrier-words";
import { useBarriers } from "./barriers-api";

/** The « Freins » tab: the diagnosis, one card per barrier in the catalogue's order, and the count per theme. */
export default function BarriersPanel({ pathway }: { pathway: PathwayDetail }) {
  const barriers = useBarriers(pathway.id);
  const [adding, setAdding] = useState(false);
  const phone = useMediaQuery("(max-width: 48em)");
  const items = inCatalogueOrder(barriers.data?.items ?? []);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Freins périphériques
        </Title>
        {pathway.may.manage && <Button onClick={() => setAdding(true)}>Ajouter un frein</Button>}
      </Group>
      {!pathway.may.readSensitiveBarriers && (
        <Text size="sm">
          Les précisions sur la santé et la justice sont réservées à l'organisme de formation, au ou à la
          référent·e et à la personne.
        </Text>
      )}
      <ErrorAlert error={barriers.error} />
      {barriers.isPending && <PageLoader />}
      {barriers.data && items.length === 0 && <Text>Aucun frein repéré pour l'instant.</Text>}
      {items.map((barrier) => (
        <BarrierCard key={barrier.id} pathwayId={pathway.id} barrier={barrier} manage={pathway.may.manage} />
      ))}
      {barriers.data && barriers.data.summary.length > 0 && (
        <BarrierSummaryTable summary={barriers.data.summary} />
      )}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Ajouter un frein"
        size="lg"
        fullScreen={phone}
      >
        <AddBarrierForm pathwayId={pathway.id} onDone={() => setAdding(false)} />
      </Modal>
    </Stack>
  );
}
