import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { badRequest } from "../../server/http-errors";
import { checkPlan } from "./check-plan";
import { parsePlan } from "./plan-input";
import {
  planCheckBody,
  planCheckResult,
  programmeRulesBody,
  programmeRulesVersion,
  programmeRulesVersionList,
} from "./programme-rules.schemas";
import { currentRuleVersion, listRuleVersions, publicRuleVersion } from "./rule-versions";
import { updateProgrammeRules } from "./use-cases/update-programme-rules";

const tags = ["Cahier des charges"];
const read = { access: allow("read", "ProgrammeRules") };

/** The programme rules the Region edits, their history, and checking a plan against them. */
export const programmeRulesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    "/programme-rules",
    {
      config: read,
      schema: {
        summary: "Les règles du programme en vigueur (version 0 : celles du cahier des charges par défaut)",
        tags,
        response: { 200: programmeRulesVersion },
      },
    },
    async () => publicRuleVersion(await currentRuleVersion(db)),
  );

  app.get(
    "/programme-rules/versions",
    {
      config: read,
      schema: {
        summary: "Toutes les versions des règles, de la plus récente à la version 0",
        tags,
        response: { 200: programmeRulesVersionList },
      },
    },
    async () => ({ items: (await listRuleVersions(db)).map(publicRuleVersion) }),
  );

  app.put(
    "/programme-rules",
    {
      config: { access: allow("manage", "ProgrammeRules") },
      schema: {
        summary: "Modifier les règles : une nouvelle version, qui s'applique aux plans construits ensuite",
        tags,
        body: programmeRulesBody,
        response: { 200: programmeRulesVersion },
      },
    },
    async (request) => updateProgrammeRules(db, request.context, request.body),
  );

  app.post(
    "/programme-rules/check",
    {
      config: read,
      schema: {
        summary:
          "Vérifier un plan sans l'enregistrer, avec les règles données ou celles en vigueur (comme amorce plan check)",
        tags,
        body: planCheckBody,
        response: { 200: planCheckResult },
      },
    },
    async (request) => {
      const plan = parsePlan(request.body.plan);
      if (!plan.ok)
        throw badRequest(`Ce n'est pas un plan valide : ${plan.problems.join(" ; ")}`, plan.problems);
      return checkPlan(plan.value, request.body.rules ?? (await currentRuleVersion(db)).rules);
    },
  );
};
