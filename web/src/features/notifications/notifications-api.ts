import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  NotificationPage,
  Preferences,
  PreferencesBody,
} from "../../../../src/domains/notifications/notifications.schemas";
import { api } from "../../api/client";

const NOTIFICATIONS_KEY = ["notifications"] as const;
const PREFERENCES_KEY = ["preferences"] as const;
/** How often the bell asks for the unread count: modest, and again when the window gets focus. */
const UNREAD_POLL_MS = 60_000;

export function useNotifications(page: number) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, page],
    queryFn: () => api.get<NotificationPage>("/notifications", { page }),
    placeholderData: (previous) => previous,
  });
}

/** The number of unread notifications, kept fresh for the header's bell. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 1],
    queryFn: () => api.get<NotificationPage>("/notifications", { page: 1 }),
    select: (data) => data.unreadCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

function useNotificationsMutation<Input>(send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export const useMarkRead = () =>
  useNotificationsMutation((id: number) => api.post(`/notifications/${id}/read`));

export const useMarkAllRead = () => useNotificationsMutation(() => api.post("/notifications/read-all"));

export function usePreferences() {
  return useQuery({ queryKey: PREFERENCES_KEY, queryFn: () => api.get<Preferences>("/me/preferences") });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesBody) => api.put<Preferences>("/me/preferences", body),
    onSuccess: (preferences) => queryClient.setQueryData(PREFERENCES_KEY, preferences),
  });
}
