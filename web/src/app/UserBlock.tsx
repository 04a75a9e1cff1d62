import { Box, Button, Group, type MantineBreakpoint, Text } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { ROLE_LABELS } from "../../../src/domains/accounts/roles";
import { type Me, useSignOut } from "../api/session";

/** Who is signed in, with what role, and the way out. `inverted`: on the coloured header. */
export function UserBlock({
  user,
  inverted = false,
  visibleFrom,
  hiddenFrom,
}: {
  user: Me;
  inverted?: boolean;
  visibleFrom?: MantineBreakpoint;
  hiddenFrom?: MantineBreakpoint;
}) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Group gap="md" wrap="nowrap" visibleFrom={visibleFrom} hiddenFrom={hiddenFrom}>
      <Box ta={inverted ? "right" : "left"}>
        <Text size="sm" fw={700} lh={1.2}>
          {user.displayName}
        </Text>
        <Text size="xs" lh={1.2}>
          {ROLE_LABELS[user.role]}
          {user.organisation ? ` — ${user.organisation.name}` : ""}
        </Text>
      </Box>
      <Button
        variant={inverted ? "white" : "outline"}
        size="xs"
        leftSection={<IconLogout size={16} aria-hidden />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/connexion") })}
      >
        Se déconnecter
      </Button>
    </Group>
  );
}
