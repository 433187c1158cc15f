import type { AnyOperation, BodyOf, HeadersOf, ResponseSpec, ResponseWith } from './operation';

/**
 * What an endpoint answers. Bodies are always serialised here, so an idempotent replay returns the
 * very bytes of the first response.
 */
export interface Reply {
  status: number;
  body?: string;
  headers: Record<string, string>;
}

declare const answers: unique symbol;

/**
 * A reply made as one of an operation's declared answers: the helpers below make them, each checked
 * against the descriptor (its status declared, its body the schema's, its headers the declared ones),
 * and a handler may only return its own operation's (shared/register.ts).
 */
export type ReplyAs<Response extends ResponseSpec> = Reply & { readonly [answers]: Response };

/** Any of the operation's declared answers. */
export type ReplyOf<Op extends AnyOperation> = ReplyAs<Op['responses'][number]>;

/** Nothing, when the operation declares an answer of this status; else a member no descriptor has. */
type Declares<Op extends AnyOperation, Status extends number> = [ResponseWith<Op, Status>] extends [never]
  ? { 'the operation declares no answer of this status': Status }
  : unknown;

function as<Op extends AnyOperation, Status extends number>(reply: Reply): ReplyAs<ResponseWith<Op, Status>> {
  // The one place a reply gets its brand: what made it was checked against the descriptor.
  return reply as ReplyAs<ResponseWith<Op, Status>>;
}

/** A JSON body, serialised once. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  };
}

/**
 * The values of the headers the answer declares and its handler gives (a Location, an ETag), and
 * `Cache-Control: no-store` where the answer declares it (it shows a secret once).
 */
function declaredHeaders(
  operation: AnyOperation,
  status: number,
  given: { location?: string; etag?: string },
): Record<string, string> {
  const declared = operation.responses.find((response) => response.status === status)?.headers ?? [];
  const headers: Record<string, string> = {};
  if (given.location !== undefined) headers['location'] = given.location;
  if (given.etag !== undefined) headers['etag'] = given.etag;
  if (declared.includes('cache-control')) headers['cache-control'] = 'no-store';
  return headers;
}

/** The ETag argument of an answer that declares one; none for an answer that does not. */
type EtagOf<Op extends AnyOperation, Status extends number> =
  'etag' extends HeadersOf<Op, Status> ? [etag: string] : [];

/** The answer of this status, with the body its schema describes (and its ETag, where it declares one). */
export function answer<Op extends AnyOperation, Status extends Op['responses'][number]['status']>(
  operation: Op & Declares<Op, Status>,
  status: Status,
  body: BodyOf<Op, Status>,
  ...[etag]: EtagOf<Op, Status>
): ReplyAs<ResponseWith<Op, Status>> {
  return as<Op, Status>(
    json(status, body, declaredHeaders(operation, status, etag === undefined ? {} : { etag })),
  );
}

/** 200 with the declared body (and its ETag, where the answer declares one). */
export function ok<Op extends AnyOperation>(
  operation: Op & Declares<Op, 200>,
  body: BodyOf<Op, 200>,
  ...etag: EtagOf<Op, 200>
) {
  return answer<Op, 200>(operation, 200, body, ...etag);
}

/** 201 with the declared body, and where the new resource is (the answer must declare `location`). */
export function created<Op extends AnyOperation>(
  operation: Op & Declares<Op, 201>,
  body: BodyOf<Op, 201>,
  location: 'location' extends HeadersOf<Op, 201> ? string : never,
): ReplyAs<ResponseWith<Op, 201>> {
  return as<Op, 201>(json(201, body, declaredHeaders(operation, 201, { location })));
}

/** 202: the work is taken (an email on its way), nothing to show. */
export function accepted<Op extends AnyOperation>(
  _operation: Op & Declares<Op, 202>,
): ReplyAs<ResponseWith<Op, 202>> {
  return as<Op, 202>({ status: 202, headers: {} });
}

/** 204: done, nothing to show. */
export function noContent<Op extends AnyOperation>(
  _operation: Op & Declares<Op, 204>,
): ReplyAs<ResponseWith<Op, 204>> {
  return as<Op, 204>({ status: 204, headers: {} });
}

/** 200 with a reply built elsewhere (a page, a file of the console), of the operation's declared content. */
export function content<Op extends AnyOperation>(
  _operation: Op & Declares<Op, 200>,
  reply: Reply,
): ReplyAs<ResponseWith<Op, 200>> {
  return as<Op, 200>(reply);
}

/**
 * Every HTML answer carries the same protections: a Content-Security-Policy that allows nothing but
 * what the page names (its own script and style by hash, requests to this origin), no framing, no
 * Referer (a page must never leak where it was), no MIME sniffing, and no caching (a page may show a
 * customer's data).
 */
export function html(
  status: number,
  page: string,
  allow: { scriptHashes?: string[]; styleHashes?: string[]; scriptSrc?: string[]; styleSrc?: string[] } = {},
): Reply {
  const sources = (hashes: string[] = [], paths: string[] = []) =>
    [...hashes.map((hash) => `'${hash}'`), ...paths].join(' ') || "'none'";
  const policy = [
    "default-src 'none'",
    `script-src ${sources(allow.scriptHashes, allow.scriptSrc)}`,
    `style-src ${sources(allow.styleHashes, allow.styleSrc)}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    status,
    body: page,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': policy,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  };
}
