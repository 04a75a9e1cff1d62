import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ProgrammeRulesBody,
  ProgrammeRulesVersion,
  ProgrammeRulesVersionList,
} from "../../../../src/domains/programme-rules/programme-rules.schemas";
import { api } from "../../api/client";

export type { ProgrammeRulesVersion };

const RULES_KEY = "programme-rules";

/** The rules in force (version 0: the spec's defaults). */
export function useProgrammeRules() {
  return useQuery({
    queryKey: [RULES_KEY, "current"],
    queryFn: () => api.get<ProgrammeRulesVersion>("/programme-rules"),
  });
}

export function useRuleVersions() {
  return useQuery({
    queryKey: [RULES_KEY, "versions"],
    queryFn: () => api.get<ProgrammeRulesVersionList>("/programme-rules/versions"),
  });
}

export function useSaveRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeRulesBody) => api.put<ProgrammeRulesVersion>("/programme-rules", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [RULES_KEY] }),
  });
}
