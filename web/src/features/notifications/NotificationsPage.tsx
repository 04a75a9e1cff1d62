import { Button, Group, Text, Title } from "@mantine/core";
import { IconChecks } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { Pager } from "../../ui/Pager";
import { PageTitle } from "../../ui/PageTitle";
import { NotificationList } from "./NotificationList";
import { NotificationPreferenceForm } from "./NotificationPreferenceForm";
import { useMarkAllRead, useNotifications } from "./notifications-api";

/** The changes that concern the signed-in user, and how they want to be e-mailed about them. */
export default function NotificationsPage() {
  const [page, setPage] = useState(1);
  const list = useNotifications(page);
  const markAll = useMarkAllRead();
  const unread = list.data?.unreadCount ?? 0;

  return (
    <>
      <PageTitle>Notifications</PageTitle>
      <Text mb="md" maw={720}>
        Les changements qui vous concernent, des plus récents aux plus anciens. Les heures sont celles de
        Paris.
      </Text>
      <NotificationPreferenceForm />
      <section aria-labelledby="titre-notifications">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="titre-notifications">
            {unread === 0
              ? "Vos notifications"
              : `Vos notifications (${unread} non ${unread === 1 ? "lue" : "lues"})`}
          </Title>
          {unread > 0 && (
            <Button
              variant="outline"
              leftSection={<IconChecks size={18} aria-hidden />}
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              Tout marquer comme lu
            </Button>
          )}
        </Group>
        <ErrorAlert error={list.error ?? markAll.error} />
        {list.isPending && <PageLoader />}
        {list.data?.total === 0 && <Text>Aucune notification pour l'instant.</Text>}
        {list.data && list.data.total > 0 && (
          <>
            <NotificationList items={list.data.items} />
            <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
          </>
        )}
      </section>
    </>
  );
}
