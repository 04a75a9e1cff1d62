import { useQuery } from "@tanstack/react-query";
import type { Role } from "../../../src/domains/accounts/roles";
import { ApiError, api } from "./client";

/** The demo accounts, when the server runs with demonstration data (`GET /api/demo`; 404 otherwise). */
export type DemoInfo = {
  password: string;
  accounts: { email: string; displayName: string; role: Role }[];
};

export function useDemo() {
  return useQuery({
    queryKey: ["demo"],
    queryFn: async () => {
      try {
        return await api.get<DemoInfo>("/demo");
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
