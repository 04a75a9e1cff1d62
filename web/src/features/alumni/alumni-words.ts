import type { InvitationResponse } from "./alumni-api";

/** How an ambassador's answer reads, for them and for the site. */
export const RESPONSE_LABELS: Record<InvitationResponse, string> = {
  accepted: "J'accepte",
  declined: "Je ne peux pas",
};

/** The answer to an invitation, or that it is still awaited. */
export const responseLabel = (response: InvitationResponse | null) =>
  response ? RESPONSE_LABELS[response] : "Pas encore de réponse";
