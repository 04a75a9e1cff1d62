import { ColorSwatch, Group, Text } from "@mantine/core";
import type { UserSummary } from "../../../../src/domains/accounts/accounts.schemas";
import { ROLE_LABELS } from "../../../../src/domains/accounts/roles";
import { DataTable } from "../../ui/DataTable";
import { formatDateTime } from "../../ui/dates";
import { PageLoader } from "../../ui/PageLoader";
import { UserActions } from "./UserActions";

function accountStatus(user: UserSummary): { label: string; color: string } {
  if (!user.active) return { label: "Désactivé", color: "gray" };
  if (user.invitationPending) return { label: "Invitation en attente", color: "orange" };
  return { label: "Actif", color: "green" };
}

function AccountStatus({ user }: { user: UserSummary }) {
  const { label, color } = accountStatus(user);
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={`var(--mantine-color-${color}-6)`} size={10} withShadow={false} aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

export function UsersTable({ users, loading }: { users: readonly UserSummary[]; loading: boolean }) {
  if (loading) return <PageLoader />;
  return (
    <DataTable
      caption={`Comptes (${users.length})`}
      rows={users}
      rowKey={(user) => user.id}
      empty="Aucun compte ne correspond à ces filtres."
      columns={[
        {
          header: "Nom",
          cell: (user) => (
            <>
              <Text fw={600} size="sm">
                {user.displayName}
              </Text>
              <Text size="sm">{user.email}</Text>
            </>
          ),
        },
        { header: "Rôle", cell: (user) => ROLE_LABELS[user.role] },
        { header: "Organisation", cell: (user) => user.organisation?.name ?? "—" },
        { header: "État", cell: (user) => <AccountStatus user={user} /> },
        { header: "Dernière connexion", cell: (user) => formatDateTime(user.lastLoginAt) },
        { header: "Actions", cell: (user) => <UserActions user={user} /> },
      ]}
    />
  );
}
