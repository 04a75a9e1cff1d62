import { Button, Group, Modal, Text } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useSession } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageTitle } from "../../ui/PageTitle";
import { InviteUserForm } from "./InviteUserForm";
import { UserFiltersForm } from "./UserFiltersForm";
import { UsersTable } from "./UsersTable";
import { type UserFilters, useUsers } from "./users-api";

export default function UsersPage() {
  const actor = useSession().data?.user;
  const [filters, setFilters] = useState<UserFilters>({ q: "", role: null, active: null });
  const [debouncedFilters] = useDebouncedValue(filters, 300);
  const users = useUsers(debouncedFilters);
  const [inviting, invite] = useDisclosure(false);
  if (!actor) return null;

  return (
    <>
      <PageTitle>Utilisateurs</PageTitle>
      <Group justify="space-between" align="flex-start" mb="md">
        <Text maw={640}>
          {actor.role === "region_admin"
            ? "Les comptes de toutes les organisations du dispositif."
            : `Les comptes de votre organisation${actor.organisation ? ` : ${actor.organisation.name}` : ""}.`}
        </Text>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invite.open}>
          Inviter une personne
        </Button>
      </Group>
      <UserFiltersForm actor={actor} filters={filters} onChange={setFilters} />
      <ErrorAlert error={users.error} />
      <UsersTable users={users.data ?? []} loading={users.isPending} />
      <Modal opened={inviting} onClose={invite.close} title="Inviter une personne" size="lg">
        <InviteUserForm actor={actor} onDone={invite.close} />
      </Modal>
    </>
  );
}
