import type { Action, Subject } from "../domains/authorization/policies";

/**
 * What every route declares about who may call it (in `config.access`). A route without it
 * refuses to start; the declaration is published in the OpenAPI document as `x-amorce-access`.
 */
export type RouteAccess =
  | { kind: "public" }
  | { kind: "signed-in" }
  | { kind: "policy"; action: Action; subject: Subject };

export const publicAccess: RouteAccess = { kind: "public" };
export const signedIn: RouteAccess = { kind: "signed-in" };
export const allow = (action: Action, subject: Subject): RouteAccess => ({ kind: "policy", action, subject });

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
