import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { useSession } from "../api/session";
import { AppHeader } from "./AppHeader";
import { DemoBanner } from "./DemoBanner";
import { MainMenu } from "./MainMenu";
import { MAIN_CONTENT_ID, SkipLink } from "./SkipLink";

/** The frame of every page: header, menu (signed-in users; a drawer on a phone), demo banner, content. */
export function Shell() {
  const user = useSession().data?.user ?? null;
  const [menuOpen, menu] = useDisclosure(false);
  const mainRef = useFocusOnNavigation();
  const { pathname } = useLocation();

  useEffect(() => {
    if (pathname) menu.close();
  }, [pathname, menu.close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={user ? { width: 260, breakpoint: "sm", collapsed: { mobile: !menuOpen } } : undefined}
      padding={0}
    >
      <SkipLink />
      <AppHeader user={user} menuOpen={menuOpen} onToggleMenu={menu.toggle} />
      {user && <MainMenu user={user} />}
      <AppShell.Main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} style={{ outline: "none" }}>
        <DemoBanner />
        <div style={{ padding: "var(--mantine-spacing-md)", maxWidth: 1200 }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

/** After moving to another page, keyboard and screen reader users start at its content. */
function useFocusOnNavigation() {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    ref.current?.focus();
  }, [pathname]);
  return ref;
}
