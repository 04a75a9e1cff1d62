import { Grid, Stack } from "@mantine/core";
import type { ReactNode } from "react";

/** The plan on the left, its check and hours beside it (below it on a phone), the calendar under both. */
export function PlanLayout({ main, side, below }: { main: ReactNode; side: ReactNode; below: ReactNode }) {
  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>{main}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" style={{ position: "sticky", top: 16 }}>
            {side}
          </Stack>
        </Grid.Col>
      </Grid>
      {below}
    </Stack>
  );
}
