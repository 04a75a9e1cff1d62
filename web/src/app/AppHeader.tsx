import { AppShell, Burger, Button, Group, Image, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useBranding } from "../api/branding";
import type { Me } from "../api/session";
import { NotificationBell } from "../features/notifications/NotificationBell";
import { UserBlock } from "./UserBlock";

/**
 * The Region's identity, the product's name, and who is signed in, with their notifications' bell; for
 * visitors without an account, the way to the professionals' sign-in.
 */
export function AppHeader({
  user,
  menuOpen,
  onToggleMenu,
}: {
  user: Me | null;
  menuOpen: boolean;
  onToggleMenu: () => void;
}) {
  const branding = useBranding().data;
  const { pathname } = useLocation();
  return (
    <AppShell.Header bg="region.6" c="white" withBorder={false}>
      <Group h="100%" px="md" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          {user && (
            <Burger
              opened={menuOpen}
              onClick={onToggleMenu}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={menuOpen ? "Fermer le menu" : "Ouvrir le menu"}
              aria-expanded={menuOpen}
              aria-controls="menu-principal"
            />
          )}
          <Link to="/" style={{ color: "inherit", textDecoration: "none" }}>
            <Group gap="sm" wrap="nowrap">
              {branding?.logoUrl && <Image src={branding.logoUrl} alt="" h={40} w="auto" fit="contain" />}
              <div>
                <Text fw={800} size="lg" lh={1.1}>
                  Amorce
                </Text>
                <Text size="xs" lh={1.2}>
                  {branding?.regionName ?? "\u00a0"}
                </Text>
              </div>
            </Group>
          </Link>
        </Group>
        {!user && pathname !== "/connexion" && (
          <Button component={Link} to="/connexion" variant="white" size="sm">
            Espace professionnel
          </Button>
        )}
        {user && (
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <UserBlock user={user} visibleFrom="sm" inverted />
          </Group>
        )}
      </Group>
    </AppShell.Header>
  );
}
