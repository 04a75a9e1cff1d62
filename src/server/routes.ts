import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { demoRoutes } from "../demo/demo.routes";
import { accountsRoutes } from "../domains/accounts/accounts.routes";
import { auditRoutes } from "../domains/audit/audit.routes";
import { mailRoutes } from "../domains/mail/mail.routes";
import { notificationsRoutes } from "../domains/notifications/notifications.routes";
import { pathwayPlanRoutes } from "../domains/pathways/pathway-plan.routes";
import { pathwaysRoutes } from "../domains/pathways/pathways.routes";
import { programmeRulesRoutes } from "../domains/programme-rules/programme-rules.routes";
import { publicOfferRoutes } from "../domains/public-offer/public-offer.routes";
import { siteOfferRoutes } from "../domains/public-offer/site-offer.routes";
import { referralStatisticsRoutes } from "../domains/referral-statistics/referral-statistics.routes";
import { referralsRoutes } from "../domains/referrals/referrals.routes";
import { selfReferralsRoutes } from "../domains/referrals/self-referrals.routes";
import { skillsRoutes } from "../domains/skills/skills.routes";
import { territoryRoutes } from "../domains/territory/territory.routes";
import { brandingRoutes } from "./branding.routes";
import { healthRoutes } from "./health.routes";

/** Every business area's routes, under `/api`. */
export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(healthRoutes);
  await app.register(brandingRoutes);
  await app.register(accountsRoutes);
  await app.register(territoryRoutes);
  await app.register(demoRoutes);
  await app.register(auditRoutes);
  await app.register(mailRoutes);
  await app.register(notificationsRoutes);
  await app.register(publicOfferRoutes);
  await app.register(siteOfferRoutes);
  await app.register(referralsRoutes);
  await app.register(selfReferralsRoutes);
  await app.register(referralStatisticsRoutes);
  await app.register(pathwaysRoutes);
  await app.register(pathwayPlanRoutes);
  await app.register(programmeRulesRoutes);
  await app.register(skillsRoutes);
};
