import { Container, Paper } from "@mantine/core";
import type { ReactNode } from "react";

/** A narrow column for short forms (signing in, choosing a password). */
export function NarrowColumn({ children }: { children: ReactNode }) {
  return (
    <Container size={480} px={0} py="lg">
      <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md">
        {children}
      </Paper>
    </Container>
  );
}
