import type { z } from 'zod';
import type { ErrorCode } from '../domain/errors';
import type { PrincipalKind } from '../domain/principal';
import type { ResponseHeader } from './headers';
import type { StatusOverrides } from './problem';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One answer an operation gives besides its problems: a status, its body's schema, its headers. */
export interface ResponseSpec {
  status: number;
  description: string;
  schema?: z.ZodType;
  name?: string;
  contentType?: string;
  headers?: readonly ResponseHeader[];
}

/**
 * One HTTP operation of the contract: what the function registers (route, method), who may call it,
 * what it accepts (zod) and what it answers. The endpoint wrapper enforces it, the OpenAPI document
 * is generated from it, and a handler's answer is typed by it: a status, body or header it does not
 * declare fails to compile (shared/http/responses.ts).
 */
export interface Operation<
  Body = unknown,
  Query = unknown,
  Responses extends readonly ResponseSpec[] = readonly ResponseSpec[],
> {
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
  /** The answers other than problems, the first the usual one (complete: 201 for a new tenant, 200 else). */
  responses: Responses;
  /** Error codes specific to this operation (the common ones are documented for every operation). */
  errors: readonly ErrorCode[];
  statusOverrides?: StatusOverrides;
  /** Answered without the store (so never 503 store_busy / store_unavailable). */
  withoutStore?: true;
}

/** Any operation, whatever its body, query and answers: what lists of them and the OpenAPI generator take. */
export type AnyOperation = Operation<unknown, unknown, readonly ResponseSpec[]>;

/**
 * Keeps the descriptor's literal facts (name, statuses, header names) in its type, for replies to be
 * checked against it.
 */
export function defineOperation<
  Body = undefined,
  Query = undefined,
  const Responses extends readonly ResponseSpec[] = readonly ResponseSpec[],
>(operation: Operation<Body, Query, Responses> & { name: string }): Operation<Body, Query, Responses> {
  return operation;
}

/** The operation's answer with this status (never when it declares none). */
export type ResponseWith<Op extends AnyOperation, Status extends number> = Extract<
  Op['responses'][number],
  { status: Status }
>;

/** The body an answer of this status must have, as the view builds it (the schema's input). */
export type BodyOf<Op extends AnyOperation, Status extends number> =
  ResponseWith<Op, Status> extends { schema: infer Schema extends z.ZodType } ? z.input<Schema> : never;

/** The headers an answer of this status declares. */
export type HeadersOf<Op extends AnyOperation, Status extends number> =
  ResponseWith<Op, Status> extends { headers: readonly (infer Name extends ResponseHeader)[] } ? Name : never;

/** The body of an operation's usual answer, as a client receives it. */
export type SuccessBody<Op extends AnyOperation> = Op['responses'][0] extends {
  schema: infer Schema extends z.ZodType;
}
  ? z.output<Schema>
  : never;
