import fs from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import { z } from "zod";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { registerAccessGuard } from "./plugins/access-guard";
import { registerErrorHandler } from "./plugins/error-handler";
import { registerSession } from "./plugins/session";
import { responseSerializerCompiler } from "./response-serializer";
import { registerRoutes } from "./routes";

z.config(z.locales.fr());

export type AppDependencies = {
  database: Database;
  config: Config;
  /** Where log lines go (standard output by default). */
  logStream?: DestinationStream;
  /** The built web interface (`dist/web` by default). */
  webRoot?: string;
};

declare module "fastify" {
  interface FastifyInstance {
    deps: AppDependencies;
  }
}

const builtWebRoot = path.resolve(import.meta.dirname, "../../dist/web");

/** Builds the whole HTTP application, ready to `listen` or to `inject` in tests. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: { ...logOptions(config), ...(deps.logStream ? { stream: deps.logStream } : {}) },
    trustProxy: config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
  });
  app.decorate("deps", deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "script-src": ["'self'"],
        "upgrade-insecure-requests": config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "API Amorce",
        description: "L'API du logiciel Amorce (dispositif Amorce de Parcours, Région Nouvelle-Aquitaine).",
        version: "1.0.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "amorce_session" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    transformStaticCSP: (header) =>
      config.secureCookies ? header : header.replace(/upgrade-insecure-requests;?/, "").trim(),
  });

  closeConnectionsWhenStopping(app);
  registerErrorHandler(app);
  registerSession(app, database.db, config);
  registerAccessGuard(app);
  logRequests(app);

  await app.register(registerRoutes, { prefix: "/api" });

  const webRoot = deps.webRoot ?? builtWebRoot;
  const hasWeb = fs.existsSync(path.join(webRoot, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // The build's `.br` and `.gz` copies (`vite.config.ts`), to the browsers that accept them.
      preCompressed: true,
      // Built files carry a hash of their content in their name: kept by browsers until the next version.
      setHeaders: (reply, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          reply.header("cache-control", "public, max-age=31536000, immutable");
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.sendFile("index.html");
    }
    return reply.code(404).send({ error: "not_found", message: "Cette adresse n'existe pas." });
  });
  return app;
}

function logOptions(config: Config) {
  return {
    level: config.logLevel,
    redact: ["req.headers.cookie", "req.headers.authorization", "req.headers['x-csrf-token']"],
  };
}

/**
 * A graceful stop: Fastify refuses new requests (503) and waits for those in flight; their answers
 * close the connection, so that kept-alive clients do not hold the stop until their time-out.
 */
function closeConnectionsWhenStopping(app: FastifyInstance) {
  let stopping = false;
  app.addHook("preClose", async () => {
    stopping = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("connection", "close");
  });
}

/** One line per request, without personal data: no IP, no query string, no body. */
function logRequests(app: FastifyInstance) {
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(none)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        user: request.actor?.userId,
      },
      "request",
    );
  });
}
