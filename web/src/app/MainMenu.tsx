import { AppShell, Divider, NavLink } from "@mantine/core";
import { Link, useLocation } from "react-router";
import type { Me } from "../api/session";
import { menuFor } from "./routes";
import { UserBlock } from "./UserBlock";

/** The pages the user's role may open. On a phone, it also holds who is signed in. */
export function MainMenu({ user }: { user: Me }) {
  const { pathname } = useLocation();
  const routes = menuFor(user.role);
  const current = currentEntry(
    pathname,
    routes.map((route) => route.path),
  );
  return (
    <AppShell.Navbar id="menu-principal" aria-label="Menu principal" p="xs">
      <AppShell.Section grow style={{ overflowY: "auto" }}>
        {routes.map((route) => {
          const Icon = route.menu?.icon;
          const active = route.path === current;
          return (
            <NavLink
              key={route.path}
              component={Link}
              to={route.path}
              label={route.title}
              leftSection={Icon && <Icon size={18} aria-hidden />}
              active={active}
              aria-current={active ? "page" : undefined}
              fw={active ? 700 : 500}
            />
          );
        })}
      </AppShell.Section>
      <AppShell.Section hiddenFrom="sm">
        <Divider my="sm" />
        <UserBlock user={user} />
      </AppShell.Section>
    </AppShell.Navbar>
  );
}

/** The menu entry of the page shown: the longest path that is the page's own or one of its parents. */
export function currentEntry(pathname: string, paths: readonly string[]): string | undefined {
  return paths
    .filter((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
