import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../../config";
import type { Db } from "../../db/database";
import { sameToken } from "../../domains/accounts/secret-tokens";
import { type ActiveSession, findActiveSession } from "../../domains/accounts/sessions";
import type { Actor, RequestContext } from "../../domains/authorization/actor";
import { forbidden } from "../http-errors";

export const SESSION_COOKIE = "amorce_session";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    session: ActiveSession | null;
    actor: Actor | null;
    /** Who, from where: what the audit log records of this request. */
    context: RequestContext;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Reads the session cookie into `request.actor`, and protects every mutation against cross-site
 * requests: a signed-in caller must echo the session's CSRF token in `X-CSRF-Token`; an anonymous
 * one (signing in, asking for a reset link) must not come from another site.
 */
export function registerSession(app: FastifyInstance, db: Db, config: Config) {
  app.decorateRequest("session", null);
  app.decorateRequest("actor", null);
  app.decorateRequest("context", undefined as unknown as RequestContext);

  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? ((await findActiveSession(db, token)) ?? null) : null;
    request.actor = request.session?.actor ?? null;
    request.context = {
      actor: request.actor,
      ip: request.ip,
      userAgent: request.headers["user-agent"]?.slice(0, 300) ?? null,
    };
    if (SAFE_METHODS.has(request.method)) return;
    if (request.session) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameToken(sent, request.session.csrfToken)) {
        throw forbidden("Jeton de sécurité (CSRF) absent ou invalide : rechargez la page et recommencez.");
      }
    } else if (comesFromAnotherSite(request, config)) {
      throw forbidden("Requête refusée : elle ne vient pas d'une page d'Amorce.");
    }
  });
}

function comesFromAnotherSite(request: FastifyRequest, config: Config): boolean {
  if (request.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  const host = request.headers.host;
  try {
    const originHost = new URL(origin).host;
    return originHost !== host && originHost !== new URL(config.publicUrl).host;
  } catch {
    return true;
  }
}
