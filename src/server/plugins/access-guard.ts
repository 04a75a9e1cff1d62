import type { FastifyInstance } from "fastify";
import { roleMay } from "../../domains/authorization/policies";
import type { RouteAccess } from "../access";
import { forbidden, unauthorized } from "../http-errors";

/**
 * Deny by default: a route that does not declare `config.access` stops the application at start-up,
 * and each request is checked against the policies before its handler runs.
 */
export function registerAccessGuard(app: FastifyInstance) {
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs")) return;
    const access = route.config?.access;
    if (!access) throw new Error(`La route ${route.method} ${route.url} ne déclare pas qui peut l'appeler.`);
    route.schema = { ...route.schema, "x-amorce-access": access } as typeof route.schema;
  });

  app.addHook("preValidation", async (request) => {
    const access: RouteAccess | undefined = request.routeOptions.config.access;
    if (!access || access.kind === "public") return;
    if (!request.actor) throw unauthorized();
    if (access.kind === "policy" && !roleMay(request.actor.role, access.action, access.subject))
      throw forbidden();
  });
}
