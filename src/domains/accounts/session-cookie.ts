import type { FastifyReply } from "fastify";
import type { Config } from "../../config";
import { SESSION_COOKIE } from "../../server/plugins/session";
import { SESSION_DURATION_MS } from "./sessions";

/** The session cookie: out of scripts' reach, not sent by other sites' forms, Secure behind TLS. */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: config.secureCookies,
    maxAge: SESSION_DURATION_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: config.secureCookies,
  });
}
