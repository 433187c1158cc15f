import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { AppDeps } from '../app/deps';
import {
  InvalidContinuationError,
  StoreBusyError,
  StoreUnavailableError,
  UnreadableDocumentError,
  type Log,
} from '../app/ports';
import { ConfigError } from '../config';
import { DomainError } from '../domain/errors';
import { principalKey, type Principal } from '../domain/principal';
import { authenticate, authorize } from './auth';
import { validIdempotencyKey, withIdempotency } from './idempotency';
import type { AnyOperation, Operation, ResponseSpec } from './operation';
import { assertNoBody, jsonBodyOf, parseBody, parseQuery } from './parse';
import { problemResponse } from './problem';
import type { Reply, ReplyAs } from './responses';

/**
 * What an operation's handler is given: the caller, the request as validated, and the ports. Nothing
 * else: no request object, no SDK client, no global to reach for.
 */
export interface EndpointInput<Body, Query> {
  principal: Principal;
  body: Body;
  query: Query;
  params: Record<string, string>;
  /** The request's Idempotency-Key (POST), checked; null without one. */
  idempotencyKey: string | null;
  /** The request's If-Match (an ETag, or `*`): a change applies only to that version; null without one. */
  ifMatch: string | null;
  deps: AppDeps;
  log: Log;
}

/** Operations open to anyone: a body when the operation declares one; a principal when one signed in. */
export interface PublicInput<Body = unknown> {
  params: Record<string, string>;
  /** The body, by the operation's schema (undefined for an operation without one). */
  body: Body;
  /** Who signed in, when an Authorization header came; no one otherwise (not an error here). */
  principal: Principal | null;
  /** The request's Accept-Language, for a page in the reader's language; null without one. */
  acceptLanguage: string | null;
  deps: AppDeps;
  log: Log;
}

export type EndpointHandler = ((
  request: HttpRequest,
  context: InvocationContext,
) => Promise<HttpResponseInit>) & {
  operation: AnyOperation;
};

/** What a handler of the operation answers: one of the answers its descriptor declares. */
export type HandlerReply<Responses extends readonly ResponseSpec[]> = ReplyAs<Responses[number]>;

/** Where the handlers' ports come from: the composition root (shared/runtime.ts) builds them once. */
export type DepsProvider = () => AppDeps;

export interface EndpointOptions {
  /**
   * Runs when the body is not valid, before that is answered: a state that makes any body pointless
   * (a redemption already completed) is the more useful answer. Throw to answer that instead.
   */
  whenBodyInvalid?: (input: {
    principal: Principal;
    params: Record<string, string>;
    deps: AppDeps;
  }) => Promise<void>;
}

const CONFIGURATION_RETRY_AFTER_SECONDS = 60;
/** An outage of the store is seldom over in a second; a few seconds spare it a storm of retries. */
const STORE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Failures of the ports that a caller can act on, in the vocabulary of the API. */
function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof StoreUnavailableError) {
    return new DomainError('store_unavailable', 'The service cannot reach its store; try again shortly.', {
      retryAfterSeconds: STORE_UNAVAILABLE_RETRY_AFTER_SECONDS,
    });
  }
  if (error instanceof StoreBusyError) {
    return new DomainError('store_busy', 'The service is busy; try again shortly.', {
      retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)),
    });
  }
  if (error instanceof ConfigError) {
    // Names the settings, never their values. App Service resolves Key Vault references again on a
    // restart or within a day; deploy.sh restarts the app once they resolve.
    return new DomainError(
      'configuration_unavailable',
      `The service cannot run on its settings: ${error.problems.join('; ')}.`,
      { retryAfterSeconds: CONFIGURATION_RETRY_AFTER_SECONDS },
    );
  }
  if (error instanceof InvalidContinuationError) {
    return new DomainError(
      'invalid_continuation_token',
      'This continuationToken cannot be used; start the list again.',
    );
  }
  return undefined;
}

/** The validated body of the operation, or undefined for one that takes none (and was sent none). */
function bodyOf<Body>(
  operation: Operation<Body, unknown, readonly ResponseSpec[]>,
  text: string,
  contentType: string | null,
): Body | undefined {
  const json = jsonBodyOf(text, contentType);
  if (!operation.body) {
    assertNoBody(json);
    return undefined;
  }
  return parseBody(json, operation.body.schema, operation.body.optional ?? false);
}

function toHttp(reply: Reply): HttpResponseInit {
  return {
    status: reply.status,
    headers: reply.headers,
    ...(reply.body !== undefined ? { body: reply.body } : {}),
  };
}

/** The invocation's logger as the use cases' port. */
export function logOf(context: InvocationContext): Log {
  return {
    info: (...args) => context.log(...args),
    warn: (...args) => context.warn(...args),
    error: (...args) => context.error(...args),
  };
}

/**
 * What every answer carries, whatever made it: the request id (also in a problem's `instance` and in
 * the request's error log line), `nosniff` on JSON, and no body for HEAD (RFC 9110 §9.3.2: the
 * headers a GET would send, without its content).
 */
function finished(response: HttpResponseInit, request: HttpRequest, requestId: string): HttpResponseInit {
  const headers: Record<string, string> = { ...(response.headers as Record<string, string> | undefined) };
  headers['x-request-id'] = requestId;
  if (/json/.test(headers['content-type'] ?? '')) headers['x-content-type-options'] = 'nosniff';
  const { body, ...rest } = response;
  return { ...rest, headers, ...(request.method === 'HEAD' || body === undefined ? {} : { body }) };
}

/** A failure as the caller sees it: its problem when it is known, else 500 internal_error, logged. */
function failed(
  operation: AnyOperation,
  context: InvocationContext,
  requestId: string,
  error: unknown,
): HttpResponseInit {
  const known = asDomainError(error);
  if (known) return problemResponse(known, requestId, operation.statusOverrides);
  if (error instanceof UnreadableDocumentError) {
    // The log names the document (container, id, what is wrong); the answer names nothing stored.
    context.error(`${operation.name} failed (request ${requestId}): ${error.message}`);
    return problemResponse(
      new DomainError(
        'internal_error',
        'The service could not read a record it holds; its operators can see which.',
      ),
      requestId,
      operation.statusOverrides,
    );
  }
  // Answered rather than rethrown: the host's own 500 has no body and no request id to quote.
  context.error(`${operation.name} failed (request ${requestId})`, error);
  return problemResponse(
    new DomainError('internal_error', 'The service failed to answer; quote the request id to its operators.'),
    requestId,
    operation.statusOverrides,
  );
}

async function respond(
  operation: AnyOperation,
  request: HttpRequest,
  context: InvocationContext,
  work: () => Promise<Reply>,
): Promise<HttpResponseInit> {
  const requestId = context.invocationId;
  let response: HttpResponseInit;
  try {
    response = toHttp(await work());
  } catch (error) {
    response = failed(operation, context, requestId, error);
  }
  return finished(response, request, requestId);
}

/** The catch-all's answers get what every other answer gets (functions/zz-not-found.ts). */
export function catchAllEndpoint(
  reply: (method: string, path: string, requestId: string) => HttpResponseInit,
): (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit> {
  return async (request, context) =>
    finished(
      reply(request.method, request.params['path'] ?? '', context.invocationId),
      request,
      context.invocationId,
    );
}

/**
 * Wraps a use-case call in what every authenticated operation needs, in this order: the ports (503
 * when the settings are unusable), authenticate, authorize the principal kind, parse and validate (no
 * store call for bad input), then run, under the Idempotency-Key for POSTs. Known failures become
 * problem+json; anything else is logged and rethrown, so the host answers 500.
 */
export function endpoint<Body, Query, Responses extends readonly ResponseSpec[]>(
  operation: Operation<Body, Query, Responses>,
  run: (input: EndpointInput<Body, Query>) => Promise<HandlerReply<Responses>>,
  resolveDeps: DepsProvider,
  options: EndpointOptions = {},
): EndpointHandler {
  const op: AnyOperation = operation;
  const handler = (request: HttpRequest, context: InvocationContext) =>
    respond(op, request, context, async () => {
      const log = logOf(context);
      const deps = { ...resolveDeps(), log };
      const principal = await authenticate(request.headers.get('authorization'), deps);
      if (op.allow !== 'anyone') authorize(principal, op.allow);
      const text = operation.method === 'GET' ? '' : await request.text();
      let body: Body;
      try {
        // An operation that declares no body is an operation of `Body = undefined`.
        body = bodyOf(operation, text, request.headers.get('content-type')) as Body;
      } catch (error) {
        if (error instanceof DomainError && options.whenBodyInvalid)
          await options.whenBodyInvalid({ principal, params: request.params, deps });
        throw error;
      }
      const query = (operation.query ? parseQuery(request.query, operation.query) : undefined) as Query;
      const idempotencyKey = operation.method === 'POST' ? request.headers.get('idempotency-key') : null;
      validIdempotencyKey(idempotencyKey);
      const ifMatch = request.headers.get('if-match');
      const execute = () =>
        run({ principal, body, query, params: request.params, idempotencyKey, ifMatch, deps, log });
      return withIdempotency(
        deps,
        {
          key: idempotencyKey,
          principal: principalKey(principal),
          method: operation.method,
          path: new URL(request.url).pathname,
          body: text,
          tenantIds:
            operation.route.startsWith('tenants/{id}') && request.params['id'] ? [request.params['id']] : [],
        },
        execute,
      );
    });
  return Object.assign(handler, { operation: op });
}

/**
 * Who signed in, if anyone: on a public operation a missing, stale or malformed token is nobody, not
 * a 401, so a client holding an expired token still reads the catalog and the document.
 */
async function signedInOrNobody(authorization: string | null, deps: AppDeps): Promise<Principal | null> {
  if (!authorization) return null;
  try {
    return await authenticate(authorization, deps);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'unauthenticated') return null;
    throw error;
  }
}

/**
 * Operations open to anyone (catalog, the OpenAPI document, the console, the offer pages): no
 * authentication required; a valid token that is sent names the caller (a customer admin may answer
 * an offer by its id), a stale or malformed one is ignored. The body is parsed by the operation's
 * schema, or refused when it declares none. Like every other operation they refuse to run on unusable settings (503 configuration_unavailable).
 */
export function publicEndpoint<Body, Responses extends readonly ResponseSpec[]>(
  operation: Operation<Body, unknown, Responses>,
  run: (input: PublicInput<Body>) => Promise<HandlerReply<Responses>>,
  resolveDeps: DepsProvider,
): EndpointHandler {
  const op: AnyOperation = operation;
  const handler = (request: HttpRequest, context: InvocationContext) =>
    respond(op, request, context, async () => {
      const log = logOf(context);
      const deps = { ...resolveDeps(), log };
      const text = op.method === 'GET' ? '' : await request.text();
      const body = bodyOf(operation, text, request.headers.get('content-type')) as Body;
      return run({
        params: request.params,
        body,
        // An operation that needs no store never looks a token up: the catalog and the document stay
        // readable to a client holding a token while the store is down.
        principal: op.withoutStore
          ? null
          : await signedInOrNobody(request.headers.get('authorization'), deps),
        acceptLanguage: request.headers.get('accept-language'),
        deps,
        log,
      });
    });
  return Object.assign(handler, { operation: op });
}

/**
 * The health probe: the one operation that answers whatever the state of the settings, since saying
 * what is wrong with them is its job. `ping` throws ConfigError for unusable settings, else whatever
 * the store throws when it does not answer.
 */
export function probeEndpoint(
  operation: AnyOperation,
  run: (input: { ping: () => Promise<void>; log: Log }) => Promise<Reply>,
  ping: () => Promise<void>,
): EndpointHandler {
  const op = operation;
  const handler = (request: HttpRequest, context: InvocationContext) =>
    respond(op, request, context, () => run({ ping, log: logOf(context) }));
  return Object.assign(handler, { operation: op });
}
