import { Center, Loader } from "@mantine/core";

/** A page, or its data, is on its way. */
export function PageLoader() {
  return (
    <Center py="xl">
      <Loader aria-label="Chargement…" role="status" />
    </Center>
  );
}
