import { QueryClient } from "@tanstack/react-query";

/** An error answered by the API; `message` is the server's French message, fit to show as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The session query's key; its data carries the CSRF token that every mutation must echo. */
export const SESSION_QUERY_KEY = ["session"] as const;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => failureCount < 2 && !(error instanceof ApiError && error.status < 500),
    },
    mutations: { retry: false },
  },
});

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type QueryParams = Record<string, string | number | boolean | null | undefined>;

const UNREACHABLE = "Le serveur ne répond pas : vérifiez votre connexion et réessayez.";

function currentCsrfToken(): string | undefined {
  return queryClient.getQueryData<{ csrfToken?: string | null }>(SESSION_QUERY_KEY)?.csrfToken ?? undefined;
}

/** `/api` + path, with the non-empty parameters as a query string. */
export function apiUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return `/api${path}${query ? `?${query}` : ""}`;
}

async function request<T>(method: Method, path: string, body?: unknown, params?: QueryParams): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const csrfToken = method === "GET" ? undefined : currentCsrfToken();
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), {
      method,
      headers,
      credentials: "include",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", UNREACHABLE);
  }
  const text = await response.text();
  const data: unknown = text ? safeParse(text) : undefined;
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const body = (data ?? {}) as { error?: unknown; message?: unknown; details?: unknown };
  const message =
    typeof body.message === "string" ? body.message : `Le serveur a répondu par une erreur (${status}).`;
  return new ApiError(status, typeof body.error === "string" ? body.error : "error", message, body.details);
}

/** The API, in JSON, with the session cookie; mutations carry the CSRF token. */
export const api = {
  get: <T>(path: string, params?: QueryParams) => request<T>("GET", path, undefined, params),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", path, body ?? {}),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
