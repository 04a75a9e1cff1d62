import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ROLES } from "../domains/accounts/roles";
import { publicAccess } from "../server/access";
import { notFound } from "../server/http-errors";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { isDemoLoaded } from "./load-demo-data";

const demoInfo = z.object({
  password: z.string(),
  accounts: z.array(z.object({ email: z.string(), displayName: z.string(), role: z.enum(ROLES) })),
});

/** The demo accounts, for the sign-in page and the "illustrative data" banner; 404 without the demo. */
export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/demo",
    {
      config: { access: publicAccess },
      schema: {
        summary: "Comptes de démonstration (seulement quand les données de démonstration sont chargées)",
        tags: ["démonstration"],
        response: { 200: demoInfo },
      },
    },
    async () => {
      if (!(await isDemoLoaded(app.deps.database.db))) {
        throw notFound("Ce serveur ne contient pas de données de démonstration.");
      }
      return {
        password: DEMO_PASSWORD,
        accounts: DEMO_ACCOUNTS.map(({ email, displayName, role }) => ({ email, displayName, role })),
      };
    },
  );
};
