/**
 * The colour classes of the dashboard's choropleth maps: a sequential palette (ColorBrewer YlGnBu,
 * light enough for the zones' dark codes on top), each class named in words in the legend, and the
 * figures in the table behind the map. Pure.
 */
export const CLASS_COLOURS = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4"] as const;

export type ColourClass = { colour: string; label: string; from: number | null; to: number | null };

/**
 * Classes cut at `bounds` (ascending): below the first, between two, and from the last on. `format`
 * writes a bound in French.
 */
export function thresholdClasses(
  bounds: readonly number[],
  format: (value: number) => string,
): ColourClass[] {
  const edges = [null, ...bounds, null];
  return edges.slice(0, -1).map((from, index) => {
    const to = edges[index + 1] ?? null;
    const label =
      from === null && to === null
        ? "toutes les valeurs"
        : from === null
          ? `moins de ${format(to as number)}`
          : to === null
            ? `${format(from as number)} ou plus`
            : `de ${format(from as number)} à moins de ${format(to)}`;
    return { colour: CLASS_COLOURS[Math.min(index, CLASS_COLOURS.length - 1)] as string, label, from, to };
  });
}

/**
 * Bounds that split `values` into up to `count` classes of about as many zones (quantiles), rounded to
 * `decimals` and without duplicates: a measure without natural thresholds (entries per 1,000
 * inhabitants) still spreads over the palette. No positive value: no bound, one class.
 */
export function quantileBounds(values: readonly number[], count: number, decimals = 2): number[] {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const factor = 10 ** decimals;
  const bounds = new Set<number>();
  for (let index = 1; index < count; index += 1) {
    const bound = Math.round((sorted[Math.floor((sorted.length * index) / count)] ?? 0) * factor) / factor;
    if (bound > 0) bounds.add(bound);
  }
  return [...bounds].sort((a, b) => a - b);
}

/** The class of `value`; none without a value. */
export function classOf(classes: readonly ColourClass[], value: number | null): ColourClass | undefined {
  if (value === null) return undefined;
  return classes.find(
    (entry) => (entry.from === null || value >= entry.from) && (entry.to === null || value < entry.to),
  );
}
