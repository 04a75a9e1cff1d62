import { Button, Group } from "@mantine/core";
import { Link, useLocation } from "react-router";

const SECTIONS = [
  { path: "/territoire", label: "Vue d'ensemble" },
  { path: "/territoire/lots", label: "Lots" },
  { path: "/territoire/bassins", label: "Bassins d'emploi" },
  { path: "/territoire/sites", label: "Sites" },
  { path: "/territoire/organisations", label: "Organisations" },
] as const;

/** The territory's sections, as links; the current one is marked for screen readers too. */
export function TerritoryNav() {
  const { pathname } = useLocation();
  const current = SECTIONS.findLast((section) => pathname.startsWith(section.path))?.path;
  return (
    <Group component="nav" aria-label="Sections du territoire" gap="xs" mb="lg">
      {SECTIONS.map((section) => (
        <Button
          key={section.path}
          component={Link}
          to={section.path}
          size="compact-md"
          variant={section.path === current ? "filled" : "light"}
          aria-current={section.path === current ? "page" : undefined}
        >
          {section.label}
        </Button>
      ))}
    </Group>
  );
}
