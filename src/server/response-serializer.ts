import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify/types/schema";
import { type ZodType, z } from "zod";

/**
 * Serialises responses with fast-json-stringify from the route's Zod response schema turned into JSON
 * Schema: only declared properties leave the server (a stray field such as a password hash is
 * dropped), several times faster than validating each response with Zod.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-07", io: "output", unrepresentable: "any" });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};

/** The same serialiser, for a handler that prepares a response body itself (see `territory-list-cache.ts`). */
export function serializerFor(schema: ZodType): (value: unknown) => string {
  return responseSerializerCompiler({ schema, method: "GET", url: "", httpStatus: "200" });
}
