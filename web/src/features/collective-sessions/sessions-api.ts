import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AttendanceSheet,
  EnrolmentList,
  EnrolmentsBody,
  MarksBody,
  PathwayAttendance,
  SessionBody,
  Timetable,
} from "../../../../src/domains/collective-sessions/collective-sessions.schemas";
import type { Module } from "../../../../src/domains/programme-rules/programme-rules";
import { api, apiUrl } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type { AttendanceSheet, PathwayAttendance, SessionBody, Timetable };
export type SessionView = Timetable["sessions"][number];

/** Every query about sessions starts with this key: a change to a session refreshes them all. */
const SESSIONS_KEY = "sessions";

export function useTimetable(siteId: string | null, from: string, to: string) {
  return useQuery({
    queryKey: [SESSIONS_KEY, "timetable", siteId, from, to],
    queryFn: () => api.get<Timetable>(`/sites/${siteId}/sessions`, { from, to }),
    enabled: siteId !== null,
    placeholderData: (previous) => previous,
  });
}

/** A change to sessions: the timetables, sheets and every pathway's attendance are read again. */
function useSessionsMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [SESSIONS_KEY] }),
        queryClient.invalidateQueries({ queryKey: [PATHWAYS_KEY] }),
      ]),
  });
}

export const useCreateSession = (siteId: string) =>
  useSessionsMutation((body: SessionBody) => api.post<{ id: string }>(`/sites/${siteId}/sessions`, body));

export const useCancelSession = () =>
  useSessionsMutation((id: string) => api.post<null>(`/sessions/${id}/cancel`));

export function useEnrolments(sessionId: string) {
  return useQuery({
    queryKey: [SESSIONS_KEY, "enrolments", sessionId],
    queryFn: () => api.get<EnrolmentList>(`/sessions/${sessionId}/enrolments`),
  });
}

export const useChangeEnrolments = (sessionId: string) =>
  useSessionsMutation((body: Partial<EnrolmentsBody>) =>
    api.put<EnrolmentList>(`/sessions/${sessionId}/enrolments`, body),
  );

export const useEnrolInModule = (pathwayId: string) =>
  useSessionsMutation((module: Module) =>
    api.post<{ enrolled: number; full: number }>(`/pathways/${pathwayId}/enrolments`, { module }),
  );

export function useAttendanceSheet(sessionId: string | undefined) {
  return useQuery({
    queryKey: [SESSIONS_KEY, "attendance", sessionId],
    queryFn: () => api.get<AttendanceSheet>(`/sessions/${sessionId}/attendance`),
    enabled: sessionId !== undefined,
  });
}

export const useMarkAttendance = (sessionId: string) =>
  useSessionsMutation((body: MarksBody) =>
    api.put<AttendanceSheet>(`/sessions/${sessionId}/attendance`, body),
  );

export function usePathwayAttendance(pathwayId: string) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "attendance", pathwayId],
    queryFn: () => api.get<PathwayAttendance>(`/pathways/${pathwayId}/attendance`),
  });
}

export const useConfirmAttendance = (pathwayId: string) =>
  useSessionsMutation((sessionId: string) =>
    api.post<null>(`/pathways/${pathwayId}/attendance/${sessionId}/confirm`),
  );

/** Where the monthly statement downloads from. */
export const statementUrl = (pathwayId: string, month: string, format: "pdf" | "csv") =>
  apiUrl(`/pathways/${pathwayId}/attendance/statement`, { month, format });

/** Where the hours export downloads from. */
export const hoursExportUrl = (params: { from: string; to: string; siteId?: string; lotId?: string }) =>
  apiUrl("/attendance/hours.csv", params);
