import { Badge, Group } from "@mantine/core";
import type { SiteItem } from "../territory-api";

/** « Site rural obligatoire » and « Fermé », when they apply. */
export function SiteBadges({ site }: { site: Pick<SiteItem, "mandatoryRural" | "active"> }) {
  if (!site.mandatoryRural && site.active) return null;
  return (
    <Group gap={4} component="span">
      {site.mandatoryRural && (
        <Badge color="teal.9" variant="outline">
          Site rural obligatoire
        </Badge>
      )}
      {!site.active && (
        <Badge color="gray.8" variant="outline">
          Fermé
        </Badge>
      )}
    </Group>
  );
}
