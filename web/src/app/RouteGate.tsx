import { Suspense } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../api/session";
import { ErrorAlert } from "../ui/ErrorAlert";
import { PageLoader } from "../ui/PageLoader";
import { AccessDenied } from "./AccessDenied";
import { type AppRoute, mayOpen } from "./routes";

/** The query parameter that brings a user back to the page they asked for after signing in. */
export const RETURN_TO_PARAM = "suite";

/**
 * Opens a route's page only for who may see it: anonymous users sign in first (at `/`, they discover the
 * programme), other roles are refused.
 */
export function RouteGate({ route }: { route: AppRoute }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} title="Session indisponible" />;

  const user = session.data.user;
  if (route.access === "anonymous" && user) return <Navigate to="/" replace />;
  if (!user && !mayOpen(route.access, null)) {
    // A visitor without an account arriving at the address of Amorce is most likely the public.
    if (location.pathname === "/") return <Navigate to="/decouvrir" replace />;
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion?${RETURN_TO_PARAM}=${encodeURIComponent(returnTo)}`} replace />;
  }
  if (!mayOpen(route.access, user?.role ?? null)) return <AccessDenied />;
  return (
    <Suspense fallback={<PageLoader />}>
      <route.page />
    </Suspense>
  );
}
