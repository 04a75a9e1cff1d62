import { Anchor } from "@mantine/core";
import { Link } from "react-router";

/** Where each kind of territory record has its page. */
export const TERRITORY_PATHS = {
  lot: "/territoire/lots",
  basin: "/territoire/bassins",
  site: "/territoire/sites",
  organisation: "/territoire/organisations",
} as const;
export type RecordKind = keyof typeof TERRITORY_PATHS;

/** A link to a territory record's page, showing its name; « — » when there is none. */
export function RecordLink({
  kind,
  record,
}: {
  kind: RecordKind;
  record: { id: string; name: string } | null;
}) {
  if (!record) return <>—</>;
  return (
    <Anchor component={Link} to={`${TERRITORY_PATHS[kind]}/${record.id}`}>
      {record.name}
    </Anchor>
  );
}
