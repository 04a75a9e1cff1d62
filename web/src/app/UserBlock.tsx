import { Box, Button, Flex, type MantineBreakpoint, Text } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { ROLE_LABELS } from "../../../src/domains/accounts/roles";
import { type Me, useSignOut } from "../api/session";

/**
 * Who is signed in, with what role, and the way out. `inverted`: in a row on the coloured header;
 * otherwise stacked, in the phone menu.
 */
export function UserBlock({
  user,
  inverted = false,
  visibleFrom,
}: {
  user: Me;
  inverted?: boolean;
  visibleFrom?: MantineBreakpoint;
}) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Flex
      gap={inverted ? "md" : "xs"}
      direction={inverted ? "row" : "column"}
      align={inverted ? "center" : "flex-start"}
      visibleFrom={visibleFrom}
    >
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
    </Flex>
  );
}
