import { Stack, Text } from "@mantine/core";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/PageLoader";
import type { PathwayDetail } from "../pathways-api";
import { PlanEditor } from "./PlanEditor";
import { PlanProgress } from "./PlanProgress";
import { PlanReadOnly } from "./PlanReadOnly";
import { PlanVersions } from "./PlanVersions";
import { usePathwayPlan } from "./plan-api";

/** The « Plan » tab: the editor for the training organisation, the plan as it is for the others. */
export default function PlanPanel({ pathway }: { pathway: PathwayDetail }) {
  const plan = usePathwayPlan(pathway.id);
  const view = plan.data;
  return (
    <Stack gap="lg">
      <ErrorAlert error={plan.error} />
      {plan.isPending && <PageLoader />}
      {view && pathway.may.manage && (
        <PlanEditor key={view.plan?.version ?? 0} pathwayId={pathway.id} view={view} />
      )}
      {view && !pathway.may.manage && view.plan && view.check && (
        <PlanReadOnly
          pathwayId={pathway.id}
          view={{ ...view, plan: view.plan, check: view.check }}
          aside={<PlanProgress progress={view.progress} />}
        />
      )}
      {view && !pathway.may.manage && !view.plan && (
        <>
          <Text>Le plan de ce parcours n'a pas encore été construit par l'organisme de formation.</Text>
          <PlanProgress progress={view.progress} />
        </>
      )}
      {view?.plan && <PlanVersions pathwayId={pathway.id} />}
    </Stack>
  );
}
