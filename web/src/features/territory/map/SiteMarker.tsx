import type { SiteItem } from "../territory-api";
import { MapLink } from "./MapLink";
import classes from "./TerritoryMap.module.css";

const SIZE = 7;

/** The marker's shape: a triangle for a mandatory rural site, a circle otherwise (not only colour). */
export function MarkerShape({
  rural,
  x = 0,
  y = 0,
  scale = 1,
}: {
  rural: boolean;
  x?: number;
  y?: number;
  scale?: number;
}) {
  const s = SIZE * scale;
  return rural ? (
    <path
      className={classes.marker}
      d={`M${x},${y - s * 1.2}L${x + s * 1.1},${y + s * 0.8}L${x - s * 1.1},${y + s * 0.8}Z`}
    />
  ) : (
    <circle className={classes.marker} cx={x} cy={y} r={s * 0.8} />
  );
}

/** A site's accessible name, e.g. « Site Périgueux Centre — site rural obligatoire ». */
export function siteLabel(site: Pick<SiteItem, "name" | "mandatoryRural" | "active">): string {
  return [`Site ${site.name}`, site.mandatoryRural && "site rural obligatoire", !site.active && "fermé"]
    .filter(Boolean)
    .join(" — ");
}

/** A site on the map, linking to its page; `muted` outside the highlighted lots, `emphasised` when chosen. */
export function SiteMarker({
  site,
  position,
  muted,
  emphasised,
}: {
  site: SiteItem;
  position: [number, number];
  muted: boolean;
  emphasised: boolean;
}) {
  const [x, y] = position;
  return (
    <MapLink
      href={`/territoire/sites/${site.id}`}
      label={siteLabel(site)}
      className={[classes.site, muted && classes.muted, emphasised && classes.emphasised]
        .filter(Boolean)
        .join(" ")}
    >
      <MarkerShape rural={site.mandatoryRural} x={x} y={y} scale={emphasised ? 1.6 : 1} />
    </MapLink>
  );
}
