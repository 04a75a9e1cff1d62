import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { INTERVIEW_STATE_LABELS } from "../../../../src/domains/tripartite-interviews/interview-rules";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { InterviewRecordView } from "./InterviewRecordView";
import { InterviewStateBadge } from "./InterviewStateBadge";
import { stateText } from "./interview-words";
import { type TripartiteInterview, useInterview } from "./interviews-api";
import { RecordForm } from "./RecordForm";
import { ScheduleForm } from "./ScheduleForm";

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

function Facts({ interview }: { interview: TripartiteInterview }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Fact label="Fin prévue du parcours" value={formatDate(interview.plannedEndDate)} />
      <Fact label="À organiser à partir du" value={formatDate(interview.dueDate)} />
      <Fact label="Référent·e du prescripteur" value={interview.referent ?? "Non désigné·e"} />
      {interview.place && <Fact label="Lieu" value={interview.place} />}
      {interview.state !== "held" && interview.proposed && (
        <Fact
          label="Relances du ou de la référent·e"
          value={`${interview.reminderCount} envoyée${interview.reminderCount > 1 ? "s" : ""}${
            interview.nextReminderOn ? ` ; prochaine le ${formatDate(interview.nextReminderOn)}` : ""
          }`}
        />
      )}
    </SimpleGrid>
  );
}

/** The « Entretien tripartite » tab: where it stands, when and where, and what was agreed. */
export default function TripartiteInterviewPanel({ pathway }: { pathway: PathwayDetail }) {
  const interview = useInterview(pathway.id);
  const [form, setForm] = useState<"schedule" | "record" | null>(null);
  const phone = useMediaQuery("(max-width: 48em)");
  const data = interview.data;
  const open = data && data.state !== "held" && data.state !== "not_held";
  return (
    <Stack component="section" aria-labelledby="tripartite-interview">
      <Title order={2} size="h3" id="tripartite-interview">
        Entretien tripartite
      </Title>
      <Text>
        Avant la fin prévue du parcours, le ou la référent·e du prescripteur, l'organisme de formation et le
        ou la stagiaire se retrouvent pour convenir de la suite de parcours et de qui fait quoi.
      </Text>
      <ErrorAlert error={interview.error} />
      {interview.isPending && <PageLoader />}
      {data && (
        <Card withBorder padding="lg">
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm" wrap="wrap">
                <InterviewStateBadge state={data.state}>
                  {INTERVIEW_STATE_LABELS[data.state]}
                </InterviewStateBadge>
                <Text fw={600}>{stateText(data)}</Text>
              </Group>
              {data.mayManage && (
                <Group gap="xs">
                  {open && (
                    <Button
                      variant={data.state === "scheduled" ? "default" : "filled"}
                      onClick={() => setForm("schedule")}
                    >
                      {data.state === "scheduled" ? "Changer la date" : "Fixer la date"}
                    </Button>
                  )}
                  {data.state !== "not_held" && (
                    <Button
                      variant={data.state === "scheduled" ? "filled" : "default"}
                      onClick={() => setForm("record")}
                    >
                      {data.state === "held" ? "Corriger le compte rendu" : "Noter l'entretien"}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            {data.state === "not_held" && (
              <Text>Le parcours s'est terminé sans que l'entretien tripartite ait été tenu.</Text>
            )}
            <Facts interview={data} />
            <InterviewRecordView interview={data} />
          </Stack>
        </Card>
      )}
      {data && (
        <Modal
          opened={form !== null}
          onClose={() => setForm(null)}
          title={
            form === "schedule" ? "Fixer la date de l'entretien tripartite" : "Noter l'entretien tripartite"
          }
          size="xl"
          fullScreen={phone}
        >
          {form === "schedule" && <ScheduleForm interview={data} onDone={() => setForm(null)} />}
          {form === "record" && <RecordForm interview={data} onDone={() => setForm(null)} />}
        </Modal>
      )}
    </Stack>
  );
}
