import { randomBytes } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { publicAccess } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import { recordAuditEvent } from "../audit/record-audit-event";
import { selfReferralBody, selfReferralReceipt } from "./referrals.schemas";
import { createSelfReferral } from "./use-cases/create-self-referral";

/** Per address: a family applying from one computer stays far below; a robot does not get far. */
const selfReferralRateLimit = { max: 10, timeWindow: "1 hour" };

/** The public form's answers are small: anything bigger is refused before it is even read. */
const SELF_REFERRAL_BODY_LIMIT = 32 * 1024;

/** The self-referral (auto-positionnement), sent without an account. */
export const selfReferralsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const mail = mailSettings(config);

  app.post(
    "/public/self-referrals",
    {
      config: { access: publicAccess, rateLimit: selfReferralRateLimit },
      bodyLimit: SELF_REFERRAL_BODY_LIMIT,
      schema: {
        summary:
          "Se positionner sur Amorce de Parcours sans compte : la demande part au site choisi ou au plus proche qui a de la place",
        tags: ["Offre publique"],
        body: selfReferralBody,
        response: { 201: selfReferralReceipt },
      },
    },
    async (request, reply) => {
      if (request.body.website) {
        // A robot filled the hidden field: it is answered like a person, and nothing is stored.
        await recordAuditEvent(database.db, request.context, {
          action: "referral.create",
          outcome: "denied",
          details: { kind: "self_referral", reason: "honeypot" },
        });
        return reply.code(201).send({
          reference: `AUTO-${randomBytes(4).toString("hex").toUpperCase()}`,
          site: { name: "", communeName: "", address: null },
          emailSent: false,
        });
      }
      return reply.code(201).send(await createSelfReferral(database.db, request.context, mail, request.body));
    },
  );
};
