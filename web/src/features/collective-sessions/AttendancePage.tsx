import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import type { AttendanceStatus } from "../../../../src/domains/collective-sessions/attendance-vocabulary";
import { MODULE_LABELS } from "../../../../src/domains/programme-rules/programme-rules";
import { ApiError } from "../../api/client";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { personName } from "../../ui/person-name";
import { AttendanceRow, type Draft } from "./AttendanceRow";
import { type AttendanceSheet, useAttendanceSheet, useMarkAttendance } from "./sessions-api";

const draftsOf = (sheet: AttendanceSheet): Record<string, Draft> =>
  Object.fromEntries(
    sheet.items.map((item) => [
      item.pathwayId,
      {
        status: item.mark?.status ?? null,
        hours: item.mark?.status === "late" ? String(item.mark.hours) : "",
      },
    ]),
  );

/** Hours as typed (« 1,5 »), `null` when left empty: the API then asks for them. */
const typedHours = (typed: string) => (typed.trim() === "" ? null : Number(typed.trim().replace(",", ".")));

/** The API's refusal of some marks, by trainee. */
function rowErrors(error: unknown): Record<string, string> {
  const details = error instanceof ApiError ? (error.details as { marks?: unknown } | undefined) : undefined;
  const marks = Array.isArray(details?.marks)
    ? (details.marks as { pathwayId: string; message: string }[])
    : [];
  return Object.fromEntries(marks.map((mark) => [mark.pathwayId, mark.message]));
}

/**
 * `/seances/:id/emargement`: marking a session on a phone — one row per trainee, four big buttons,
 * « Tous présents », one « Enregistrer ». If someone else marked meanwhile, nothing is saved and the
 * current marks are shown again.
 */
export default function AttendancePage() {
  const { id } = useParams();
  const sheet = useAttendanceSheet(id);
  const mark = useMarkAttendance(id ?? "");
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [loadedAt, setLoadedAt] = useState(0);
  useEffect(() => {
    if (sheet.data && sheet.dataUpdatedAt !== loadedAt) {
      setDrafts(draftsOf(sheet.data));
      setLoadedAt(sheet.dataUpdatedAt);
    }
  }, [sheet.data, sheet.dataUpdatedAt, loadedAt]);

  const s = sheet.data;
  const errors = rowErrors(mark.error);
  const editable = s?.markable === true && s.mayManage;
  const setDraft = (pathwayId: string, draft: Draft) => {
    mark.reset();
    setDrafts((current) => ({ ...current, [pathwayId]: draft }));
  };
  const allPresent = () => {
    mark.reset();
    setDrafts((current) =>
      Object.fromEntries(
        Object.keys(current).map((pathwayId) => [pathwayId, { status: "present", hours: "" }]),
      ),
    );
  };
  const changed = (s?.items ?? []).filter((item) => {
    const draft = drafts[item.pathwayId];
    if (!draft?.status) return false;
    const hours = draft.status === "late" ? typedHours(draft.hours) : null;
    return draft.status !== item.mark?.status || (hours !== null && hours !== item.mark?.hours);
  });
  const save = () =>
    mark.mutate(
      {
        marks: changed.map((item) => {
          const draft = drafts[item.pathwayId] as Draft;
          return {
            pathwayId: item.pathwayId,
            status: draft.status as AttendanceStatus,
            hours: draft.status === "late" ? typedHours(draft.hours) : null,
            note: null,
            expectedVersion: item.version,
          };
        }),
      },
      {
        onSuccess: () =>
          notifications.show({ title: "Émargement enregistré", message: `${changed.length} présence(s).` }),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) void sheet.refetch();
        },
      },
    );

  return (
    <>
      <Anchor component={Link} to="/seances" size="sm" mb="xs" display="inline-block">
        Toutes les séances
      </Anchor>
      <PageTitle>Émargement</PageTitle>
      <ErrorAlert error={sheet.error} />
      {sheet.isPending && <PageLoader />}
      {s && (
        <>
          <Text fw={700} size="lg">
            {s.session.title}
          </Text>
          <Text mb="md">
            {formatDate(s.session.startsAt)}, {s.session.startTime}–{s.session.endTime} ·{" "}
            {MODULE_LABELS[s.session.module]}
            {s.session.room ? ` · ${s.session.room}` : ""}
          </Text>
          {!s.markable && (
            <Alert color="blue" mb="md">
              {s.session.cancelled
                ? "Cette séance est annulée."
                : "Cette séance n'a pas encore commencé : l'émargement ouvrira à son début."}
            </Alert>
          )}
          {s.items.length === 0 ? (
            <Text>Personne n'est inscrit·e à cette séance.</Text>
          ) : (
            <>
              {editable && (
                <Button variant="light" size="md" fullWidth mb="md" onClick={allPresent}>
                  Tous présents
                </Button>
              )}
              <Stack gap="md" mb="md">
                {s.items.map((item) => (
                  <AttendanceRow
                    key={item.pathwayId}
                    name={personName(item.person)}
                    mark={item.mark}
                    draft={drafts[item.pathwayId] ?? { status: null, hours: "" }}
                    sessionHours={s.session.hours}
                    disabled={!editable}
                    error={errors[item.pathwayId]}
                    onChange={(draft) => setDraft(item.pathwayId, draft)}
                  />
                ))}
              </Stack>
              <ErrorAlert error={mark.error} title="Émargement non enregistré" />
              {mark.isSuccess && (
                <Alert color="green" mb="md" role="status">
                  Émargement enregistré.
                </Alert>
              )}
              {editable && (
                <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
                  <Button
                    size="lg"
                    fullWidth
                    onClick={save}
                    loading={mark.isPending}
                    disabled={changed.length === 0}
                  >
                    Enregistrer
                  </Button>
                </Group>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
