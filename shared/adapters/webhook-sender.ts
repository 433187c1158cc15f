import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { StringDecoder } from 'node:string_decoder';
import {
  ForbiddenWebhookAddressError,
  type WebhookRequest,
  type WebhookResponse,
  type WebhookSender,
} from '../app/webhook-ports';
import { DELIVERY_TIMEOUT_MS, KEPT_RESPONSE_BYTES } from '../domain/webhook';
import { forbiddenAddressReason, ipLiteral, type AddressPolicy } from './webhook-address';

/**
 * The HTTP client of webhooks (issue 21: "At least once" and "No server-side request forgery").
 *
 * The address is checked on the very connection that is made: Node's `http.request` hands its
 * `lookup` option to `net.connect` ("Custom lookup function. Default: dns.lookup()", net docs,
 * socket.connect options), so the function below resolves the name, refuses the answer if any
 * address in it is forbidden, and gives Node only addresses it has checked. Resolving once to check
 * and again to connect would let a name answer a public address to the check and 127.0.0.1 to the
 * connection (DNS rebinding); here there is no second answer. request-filtering-agent (azu) judges
 * the same ipaddr.js ranges, but on the socket's `lookup` event and destroys the socket then; a
 * custom `lookup` refuses before `connect` is called at all. The URL keeps its host name, so TLS SNI,
 * the certificate check and the Host header are the partner's name, not the address.
 */

/** Resolves a name to every address it has (the default: the system resolver, as Node connects). */
export type Resolver = (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;

export interface WebhookSenderOptions extends AddressPolicy {
  /** Tests map a name to a forbidden address without DNS. */
  resolve?: Resolver;
  /** A delivery succeeds on a 2xx answered (body included) within this time. */
  timeoutMs?: number;
}

/** `verbatim`: the order the resolver gave (no IPv4 first), as Node's own connections use by default. */
const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** Why a URL is refused before any name is resolved (scheme, credentials), or the URL to call. */
function parseTarget(url: string, policy: AddressPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ForbiddenWebhookAddressError('the URL is not a valid absolute URL');
  }
  const schemes = policy.allowLoopback ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(parsed.protocol)) {
    throw new ForbiddenWebhookAddressError(
      `the URL's scheme is ${parsed.protocol.replace(/:$/, '')}; only ${schemes.map((s) => s.slice(0, -1)).join(' or ')} is allowed`,
    );
  }
  // Credentials in a URL end up in logs and stored attempts; the signature authenticates the sender.
  if (parsed.username !== '' || parsed.password !== '') {
    throw new ForbiddenWebhookAddressError('the URL may not carry a user name or password');
  }
  if (parsed.hostname === '') throw new ForbiddenWebhookAddressError('the URL has no host');
  return parsed;
}

/** An IP literal host judged as is (no lookup happens for it: net.connect connects to it directly). */
function checkLiteral(address: string, policy: AddressPolicy): void {
  const reason = forbiddenAddressReason(address, policy);
  if (reason !== null) throw new ForbiddenWebhookAddressError(reason);
}

/** A name's addresses after the check: refused if it has none, or if ANY of them is forbidden. */
async function resolveChecked(
  hostname: string,
  resolve: Resolver,
  policy: AddressPolicy,
): Promise<{ address: string; family: 4 | 6 }[]> {
  let addresses: { address: string; family: 4 | 6 }[];
  try {
    addresses = await resolve(hostname);
  } catch (error) {
    throw new UnresolvedHostError(hostname, error);
  }
  if (addresses.length === 0) throw new UnresolvedHostError(hostname, undefined);
  // Any, not the first: the connection may fall back to (or, with autoSelectFamily, race) the others.
  for (const { address } of addresses) {
    const reason = forbiddenAddressReason(address, policy);
    if (reason !== null) throw new ForbiddenWebhookAddressError(`${reason} (resolved from ${hostname})`);
  }
  return addresses;
}

/** The host name does not resolve (or resolves to nothing). */
class UnresolvedHostError extends Error {
  constructor(hostname: string, cause: unknown) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    super(`${hostname} does not resolve to any address${typeof code === 'string' ? ` (${code})` : ''}`);
    this.name = 'UnresolvedHostError';
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The `lookup` given to http.request: net.connect calls it with `{ all: true }` when it may try
 * several addresses (autoSelectFamily, on by default since Node 20) and expects the array, otherwise
 * it expects one address and its family (dns.lookup's two callback forms). Either way, only checked
 * addresses.
 */
function checkedLookup(resolve: Resolver, policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolveChecked(hostname, resolve, policy).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

/** The reason an attempt failed, for the stored attempt: never a header or the body (signatures). */
function failure(error: unknown): string {
  if (error instanceof ForbiddenWebhookAddressError) return `forbidden address: ${error.reason}`;
  if (error instanceof UnresolvedHostError) return error.message;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return `connection failed: ${typeof code === 'string' && !message.includes(code) ? `${code} ` : ''}${message}`;
}

/** A 3xx is a failure: following it would reach an address nobody checked (and the partner must fix the URL). */
function statusError(status: number, location: string | undefined): string | null {
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) {
    return `redirect not followed (${status}${location ? ` to ${location.slice(0, 200)}` : ''})`;
  }
  return `answered ${status}`;
}

export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const policy: AddressPolicy = { allowLoopback: options.allowLoopback };
  const resolve = options.resolve ?? systemResolver;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;

  return {
    async check(url: string): Promise<void> {
      const target = parseTarget(url, policy);
      const literal = ipLiteral(target.hostname);
      if (literal !== null) return checkLiteral(literal, policy);
      try {
        await resolveChecked(target.hostname, resolve, policy);
      } catch (error) {
        // At registration a name that resolves to nothing is refused as well: nothing could be delivered.
        if (error instanceof UnresolvedHostError) throw new ForbiddenWebhookAddressError(error.message);
        throw error;
      }
    },

    async post(request: WebhookRequest): Promise<WebhookResponse> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      let target: URL;
      try {
        target = parseTarget(request.url, policy);
        const literal = ipLiteral(target.hostname);
        if (literal !== null) checkLiteral(literal, policy);
      } catch (error) {
        return { status: null, durationMs: elapsed(), error: failure(error), body: '' };
      }
      return send(target, request, { resolve, policy, timeoutMs, elapsed });
    },
  };
}

/** One POST; a name is resolved (and checked) by the connection itself, in `checkedLookup`. */
function send(
  target: URL,
  request: WebhookRequest,
  context: { resolve: Resolver; policy: AddressPolicy; timeoutMs: number; elapsed: () => number },
): Promise<WebhookResponse> {
  return new Promise((settle) => {
    let status: number | null = null;
    let location: string | undefined;
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let done = false;
    let req: http.ClientRequest | undefined;

    // The whole attempt, the answer's body included, within the limit: then the request is aborted.
    const timer = setTimeout(() => {
      finish(`no answer within ${context.timeoutMs / 1000} s`);
      req?.destroy();
    }, context.timeoutMs);

    const finish = (error: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // StringDecoder leaves out a character cut in half by the 1 KiB limit rather than garble it.
      const body = new StringDecoder('utf8').write(Buffer.concat(kept));
      settle({ status, durationMs: context.elapsed(), error, body });
    };

    const body = Buffer.from(request.body, 'utf8');
    const client = target.protocol === 'https:' ? https : http;
    try {
      req = client.request(target, {
        method: 'POST',
        headers: {
          // The body's type and length are the sender's, whatever the case of a given header's name.
          ...Object.fromEntries(
            Object.entries(request.headers).filter(([name]) => !/^content-(type|length)$/i.test(name)),
          ),
          'content-type': 'application/json',
          'content-length': String(body.length),
        },
        lookup: checkedLookup(context.resolve, context.policy),
        // A connection of its own, checked by its own lookup: no pooled socket from another URL.
        agent: false,
      });
    } catch (error) {
      // A header Node refuses (e.g. a line break in a value): nothing was sent.
      return finish(failure(error));
    }

    req.on('error', (error) => finish(failure(error)));
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      location = res.headers.location;
      const outcome = () => statusError(status ?? 0, location);
      res.on('data', (chunk: Buffer) => {
        if (done) return;
        const room = KEPT_RESPONSE_BYTES - keptBytes;
        kept.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        keptBytes += Math.min(chunk.length, room);
        if (keptBytes >= KEPT_RESPONSE_BYTES) {
          // Enough is kept: the rest is not read (a receiver cannot make the sender download a lot).
          finish(outcome());
          res.destroy();
        }
      });
      res.on('end', () => finish(outcome()));
      res.on('error', (error) => finish(failure(error)));
      res.on('close', () => {
        if (!res.complete) finish(failure(new Error('the answer was cut off')));
      });
    });
    req.end(body);
  });
}
