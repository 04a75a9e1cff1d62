import { createHmac } from "node:crypto";

/**
 * A person's pseudonym in the evaluation dataset: HMAC-SHA-256 of their id under the deployment's
 * secret key, in hexadecimal. The same person gets the same pseudonym in every export made with the
 * same key; without the key, nobody can go back from a pseudonym to the person or recompute it.
 */
export const pseudonymOf = (key: string, personId: string): string =>
  createHmac("sha256", key).update(personId).digest("hex");
