import { Title } from "@mantine/core";
import { useEffect } from "react";

/** The page's one `h1`; also names the browser tab « … — Amorce ». */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} — Amorce`;
  }, [children]);
  return (
    <Title order={1} mb="md">
      {children}
    </Title>
  );
}
