import { PathwayFacts } from "./PathwayFacts";
import type { PathwayDetail } from "./pathways-api";

/** The « Résumé » tab: the pathway's facts. */
export default function PathwaySummaryPanel({ pathway }: { pathway: PathwayDetail }) {
  return <PathwayFacts pathway={pathway} />;
}
