import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SignatoryParty } from "../../../../src/domains/internships/internship-vocabulary";
import type {
  HostCompany,
  HostCompanyBody,
  InternshipBody,
  InternshipItem,
  SendForSignatureBody,
} from "../../../../src/domains/internships/internships.schemas";
import { api } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type { HostCompany, InternshipItem };

const internshipsKey = (pathwayId: string) => [PATHWAYS_KEY, "internships", pathwayId];

export function useInternships(pathwayId: string) {
  return useQuery({
    queryKey: internshipsKey(pathwayId),
    queryFn: () => api.get<{ items: InternshipItem[] }>(`/pathways/${pathwayId}/internships`),
  });
}

/** Every change answers with the internship: the pathway's list is read again. */
function useInternshipChange<Input>(pathwayId: string, send: (input: Input) => Promise<InternshipItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: internshipsKey(pathwayId) }),
  });
}

export const useCreateInternship = (pathwayId: string) =>
  useInternshipChange(pathwayId, (input: InternshipBody) =>
    api.post<InternshipItem>(`/pathways/${pathwayId}/internships`, input),
  );

export const useUpdateInternship = (pathwayId: string, id: string) =>
  useInternshipChange(pathwayId, (input: Partial<InternshipBody>) =>
    api.patch<InternshipItem>(`/internships/${id}`, input),
  );

export const useSendForSignature = (pathwayId: string, id: string) =>
  useInternshipChange(pathwayId, (input: SendForSignatureBody) =>
    api.post<InternshipItem>(`/internships/${id}/send-for-signature`, input),
  );

export const useResendLink = (pathwayId: string, id: string) =>
  useInternshipChange(pathwayId, (party: SignatoryParty) =>
    api.post<InternshipItem>(`/internships/${id}/signatures/${party}/resend`),
  );

export const useCancelInternship = (pathwayId: string, id: string) =>
  useInternshipChange(pathwayId, () => api.post<InternshipItem>(`/internships/${id}/cancel`));

export const useAssessmentLink = (pathwayId: string, id: string) =>
  useInternshipChange(pathwayId, () => api.post<InternshipItem>(`/internships/${id}/assessment-link`));

export function useHostCompanySearch(q: string) {
  return useQuery({
    queryKey: ["host-companies", q],
    queryFn: () => api.get<{ items: HostCompany[] }>("/host-companies", { q }),
    placeholderData: (previous) => previous,
  });
}

export const useCreateHostCompany = () =>
  useMutation({ mutationFn: (input: HostCompanyBody) => api.post<HostCompany>("/host-companies", input) });

export const agreementPdfUrl = (id: string) => `/api/internships/${id}/agreement.pdf`;
