import { Anchor, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { PageTitle } from "../../ui/PageTitle";

const PUBLIC_PAGES = [
  { to: "/decouvrir", label: "Découvrir Amorce de Parcours" },
  { to: "/trouver-un-site", label: "Trouver un site" },
  { to: "/candidater", label: "Envoyer ma demande" },
] as const;

/** A page for the public: one readable column, large text, and the other public pages at the bottom. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Container size={720} px={0} fz="lg">
      <PageTitle>{title}</PageTitle>
      {children}
      <Group component="nav" aria-label="Pages pour le public" gap="lg" mt="xl" py="md">
        {PUBLIC_PAGES.filter((page) => page.to !== pathname).map((page) => (
          <Anchor key={page.to} component={Link} to={page.to} py="xs">
            {page.label}
          </Anchor>
        ))}
      </Group>
    </Container>
  );
}
