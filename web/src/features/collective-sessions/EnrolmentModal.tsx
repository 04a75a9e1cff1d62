import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { personName } from "../../ui/person-name";
import { usePathways } from "../pathways/pathways-api";
import { type SessionView, useChangeEnrolments, useEnrolments } from "./sessions-api";

/** Who is enrolled in a session; training staff tick the site's current trainees, up to its places. */
export function EnrolmentModal({
  session,
  mayManage,
  onClose,
}: {
  session: SessionView;
  mayManage: boolean;
  onClose: () => void;
}) {
  const enrolments = useEnrolments(session.id);
  const candidates = usePathways({ state: "current", q: "", siteId: session.site.id }, 1);
  const change = useChangeEnrolments(session.id);
  const [ticked, setTicked] = useState<string[] | null>(null);
  const enrolled = enrolments.data?.items.map((item) => item.pathwayId) ?? [];
  useEffect(() => {
    if (enrolments.data && ticked === null) setTicked(enrolments.data.items.map((item) => item.pathwayId));
  }, [enrolments.data, ticked]);
  const chosen = ticked ?? enrolled;

  const save = () =>
    change.mutate(
      {
        add: chosen.filter((id) => !enrolled.includes(id)),
        remove: enrolled.filter((id) => !chosen.includes(id)),
      },
      {
        onSuccess: (saved) => {
          notifications.show({
            title: "Inscriptions enregistrées",
            message: `${saved.items.length} inscrit·e${saved.items.length > 1 ? "s" : ""} à « ${session.title} ».`,
          });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={`Inscrits — ${session.title}`} size="md">
      <ErrorAlert error={enrolments.error ?? candidates.error} />
      <ErrorAlert error={change.error} title="Inscriptions non enregistrées" />
      {enrolments.isPending || candidates.isPending ? (
        <PageLoader />
      ) : !mayManage ? (
        <Stack gap={4}>
          {enrolments.data?.items.length === 0 && <Text>Personne n'est inscrit·e.</Text>}
          {enrolments.data?.items.map((item) => (
            <Text key={item.pathwayId}>{personName(item.person)}</Text>
          ))}
        </Stack>
      ) : (
        <>
          <Text mb="sm">
            {chosen.length} sur {session.capacity} place{session.capacity > 1 ? "s" : ""}.
          </Text>
          {chosen.length > session.capacity && (
            <Alert color="orange" mb="sm">
              Plus de personnes cochées que de places : décochez-en avant d'enregistrer.
            </Alert>
          )}
          <Checkbox.Group value={chosen} onChange={setTicked} label="Stagiaires du site en parcours">
            <Stack gap="xs" mt="xs">
              {candidates.data?.items.length === 0 && <Text>Aucun·e stagiaire en parcours sur ce site.</Text>}
              {candidates.data?.items.map((pathway) => (
                <Checkbox key={pathway.id} value={pathway.id} label={personName(pathway.person)} size="md" />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              Fermer
            </Button>
            <Button onClick={save} loading={change.isPending} disabled={chosen.length > session.capacity}>
              Enregistrer les inscriptions
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
