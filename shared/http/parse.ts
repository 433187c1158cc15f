import type { z } from 'zod';
import { DomainError, ERROR_CODES, type ErrorCode, type FieldIssue } from '../domain/errors';

/**
 * Request parsing: every problem of a body or query is reported at once, with its path, as a 400;
 * nothing reaches a use case unless it passed its schema.
 */
function issuesOf(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [path, key].filter(Boolean).join('.'),
        message: 'unknown field',
      }));
    }
    const code = problemCodeOf(issue);
    return [{ path: path || '(body)', message: issue.message, ...(code ? { code } : {}) }];
  });
}

function problemCodeOf(issue: z.core.$ZodIssue): ErrorCode | undefined {
  const code =
    issue.code === 'custom'
      ? (issue.params as { problemCode?: unknown } | undefined)?.problemCode
      : undefined;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)
    ? (code as ErrorCode)
    : undefined;
}

/**
 * All problems at once, as a 400 validation_failed; except when the only problem is a field refused
 * for a reason with its own code (an unknown country), which then answers with that code.
 */
function validated<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = issuesOf(result.error, prefix);
  const [only, ...others] = errors;
  if (only?.code && others.length === 0) throw new DomainError(only.code, only.message, { errors });
  throw new DomainError('validation_failed', `${errors.length} problem(s) with the request; see errors.`, {
    errors,
  });
}

/** `application/json`, or any `application/*+json`, with or without parameters (charset). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The body of a request, by the rules every operation shares: an empty body is no body, whatever its
 * content type (a browser form with no fields sends one); anything else must be declared JSON (415
 * unsupported_media_type) and be JSON (400 invalid_json). Returns undefined for no body.
 */
export function jsonBodyOf(text: string, contentType: string | null): unknown {
  if (text.trim() === '') return undefined;
  if (!contentType || !JSON_MEDIA_TYPE.test(contentType.trim())) {
    throw new DomainError(
      'unsupported_media_type',
      `Send the body as JSON (Content-Type: application/json)${contentType ? `, not ${contentType.split(';')[0]}` : ''}.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('invalid_json', 'The body is not valid JSON.');
  }
}

/**
 * A body validated by its schema. No body is an empty object where every field is optional
 * (`optional`), else the request lacks its body.
 */
export function parseBody<T>(body: unknown, schema: z.ZodType<T>, optional: boolean): T {
  if (body === undefined) {
    if (optional) return validated(schema, {}, '');
    throw new DomainError('invalid_json', 'The body is empty; send a JSON object.');
  }
  return validated(schema, body, '');
}

/** An operation that takes no body accepts none, or `{}`; anything else is a mistake worth saying. */
export function assertNoBody(body: unknown): void {
  if (body === undefined) return;
  const empty =
    typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;
  if (!empty)
    throw new DomainError('validation_failed', 'This operation takes no body; send none, or {}.', {
      errors: [{ path: '(body)', message: 'no body expected' }],
    });
}

export function parseQuery<T>(query: URLSearchParams, schema: z.ZodType<T>): T {
  const values: Record<string, string> = {};
  for (const [name, value] of query) if (!(name in values)) values[name] = value;
  return validated(schema, values, 'query');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Ids in paths are checked for shape before any store call: a malformed one names nothing, so it is
 * a 404 like any other unknown id (and never reaches the store with characters it refuses).
 */
export function uuidParam(value: string | undefined, what: string): string {
  if (value && UUID.test(value)) return value;
  throw new DomainError('not_found', `No such ${what}.`);
}

export function tokenParam(value: string | undefined, pattern: RegExp, what: string): string {
  if (value && pattern.test(value)) return value;
  throw new DomainError('not_found', `No such ${what}.`);
}

/** A notification id: what it is about, in ids, dates and type names (`welcome_admin:<user id>`, ...). */
export const NOTIFICATION_ID = /^[A-Za-z0-9_:.-]{1,200}$/;

/** The token of a delegation offer link. */
export const OFFER_TOKEN = /^kco_[A-Za-z0-9_-]{43}$/;
