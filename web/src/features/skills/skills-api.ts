import { useMutation, useQuery } from "@tanstack/react-query";
import type { SkillMoment } from "../../../../src/domains/skills/skill-domains";
import type { SkillAssessmentInput, SkillsView } from "../../../../src/domains/skills/skills.schemas";
import { api, queryClient } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type { SkillsView };

export function useSkills(pathwayId: string) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, pathwayId, "skills"],
    queryFn: () => api.get<SkillsView>(`/pathways/${pathwayId}/skills`),
  });
}

export function useAssessSkills(pathwayId: string, moment: SkillMoment) {
  return useMutation({
    mutationFn: (input: SkillAssessmentInput) =>
      api.put<SkillsView>(`/pathways/${pathwayId}/skills/${moment}`, input),
    onSuccess: (view) => queryClient.setQueryData([PATHWAYS_KEY, pathwayId, "skills"], view),
  });
}
