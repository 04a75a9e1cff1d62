import { Box, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useDemo } from "../api/demo";
import { useSession } from "../api/session";

const DEMO_DOMAIN = "@amorce.test";

/** Says plainly that the data is made up, whenever a demo account is signed in or the demo is loaded. */
export function DemoBanner() {
  const user = useSession().data?.user;
  const demo = useDemo().data;
  if (!user?.email.endsWith(DEMO_DOMAIN) && !demo) return null;
  return (
    <Box
      px="md"
      py={6}
      bg="yellow.1"
      style={{ borderBottom: "1px solid var(--mantine-color-yellow-4)" }}
      aria-label="Avertissement"
      role="note"
    >
      <Text size="sm" fw={600} c="dark.8" style={{ display: "flex", gap: 6, alignItems: "center" }}>
        <IconInfoCircle size={18} aria-hidden />
        Démonstration — les données sont fictives ; les parcours de 2019–2020 sont synthétiques
      </Text>
    </Box>
  );
}
