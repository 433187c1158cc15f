import type { z } from 'zod';
import type { ErrorCode } from '../domain/errors';
import type { PrincipalKind } from '../domain/principal';
import type { StatusOverrides } from './problem';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SuccessResponse<Schema extends z.ZodType = z.ZodType> {
  status: number;
  description: string;
  schema?: Schema;
  name?: string;
  contentType?: string;
}

/**
 * One HTTP operation of the contract: what the function registers (route, method), who may call it,
 * what it accepts (zod) and what it answers. The endpoint wrapper enforces it and the OpenAPI
 * document is generated from it.
 */
export interface Operation<Body = undefined, Query = undefined, Success extends z.ZodType = z.ZodType> {
  /** The function's name (kebab-case), also the OpenAPI operationId. */
  name: string;
  method: HttpMethod;
  /** Route template as Azure Functions reads it, without the `api/v1` prefix. */
  route: string;
  tag: string;
  summary: string;
  description?: string;
  allow: readonly PrincipalKind[] | 'anyone';
  /** `optional`: an empty body reads as `{}` (every field of the schema is optional). */
  body?: { name: string; schema: z.ZodType<Body>; optional?: boolean };
  query?: z.ZodType<Query>;
  success: SuccessResponse<Success>;
  /** Another success an operation may answer with (complete: 201 for a new tenant, 200 otherwise). */
  otherSuccess?: SuccessResponse;
  /** Error codes specific to this operation (the common ones are documented for every operation). */
  errors: readonly ErrorCode[];
  statusOverrides?: StatusOverrides;
  /** Answered without the store (so never 503 store_busy / store_unavailable). */
  withoutStore?: true;
}

export function defineOperation<Body = undefined, Query = undefined, Success extends z.ZodType = z.ZodType>(
  operation: Operation<Body, Query, Success>,
): Operation<Body, Query, Success> {
  return operation;
}

/** The body of an operation's documented success, as a client receives it. */
export type SuccessBody<Op> =
  Op extends Operation<unknown, unknown, infer Success> ? z.output<Success> : never;
