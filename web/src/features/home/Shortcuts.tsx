import { Card, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Role } from "../../../../src/domains/accounts/roles";
import { menuFor } from "../../app/routes";

/** One card per page the role may open (other than this home page). */
export function Shortcuts({ role }: { role: Role }) {
  const routes = menuFor(role).filter((route) => route.path !== "/");
  if (routes.length === 0) return null;
  return (
    <section aria-labelledby="acces-rapides">
      <Title order={2} size="h3" id="acces-rapides" mb="sm">
        Accès rapides
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {routes.map((route) => {
          const Icon = route.menu?.icon;
          return (
            <Card key={route.path} withBorder component={Link} to={route.path} padding="md">
              <Text fw={700} c="region.7" style={{ display: "flex", gap: 8, alignItems: "center" }}>
                {Icon && <Icon size={20} aria-hidden />}
                {route.title}
              </Text>
              <Text size="sm">{route.menu?.description}</Text>
            </Card>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
