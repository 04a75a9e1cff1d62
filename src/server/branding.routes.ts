import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { publicAccess } from "./access";

/** The Region's identity, for the web interface's theme (configured by `REGION_*` variables). */
export const brandingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/branding",
    {
      config: { access: publicAccess },
      schema: {
        summary: "Identité visuelle de la Région (nom, logo, couleur)",
        tags: ["exploitation"],
        response: {
          200: z.object({ regionName: z.string(), primaryColor: z.string(), logoUrl: z.string().nullable() }),
        },
      },
    },
    async () => {
      const { branding } = app.deps.config;
      return {
        regionName: branding.regionName,
        primaryColor: branding.primaryColor,
        logoUrl: branding.logoUrl ?? null,
      };
    },
  );
};
