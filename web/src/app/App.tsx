import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { useMemo } from "react";
import { RouterProvider } from "react-router";
import { useBranding } from "../api/branding";
import { queryClient } from "../api/client";
import { router } from "./router";
import { cssVariablesResolver, regionTheme } from "./theme";

/** Until the Region's colour arrives (a few milliseconds), the default one of the configuration. */
const DEFAULT_PRIMARY_COLOR = "#0b5e7a";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemedApp />
    </QueryClientProvider>
  );
}

function ThemedApp() {
  const primaryColor = useBranding().data?.primaryColor ?? DEFAULT_PRIMARY_COLOR;
  const theme = useMemo(() => regionTheme(primaryColor), [primaryColor]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <RouterProvider router={router} />
    </MantineProvider>
  );
}
