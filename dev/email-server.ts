import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inboxPage } from './inbox-page';
import type { ReceivedMail } from './received-mail';

/**
 * A sending limit: at most `limit` accepted sends in any `windowMs`. ACS limits email per subscription
 * per minute and per hour (an Azure-managed domain: 5 a minute and 10 an hour, not raisable; a custom
 * domain starts at 30 and 100), and beyond them answers 429 with Retry-After ("Service limits for
 * Azure Communication Services", Email).
 */
export interface EmailQuota {
  limit: number;
  windowMs: number;
}

/** The limits of an Azure-managed domain (`--email-quota azure-managed`). */
export const AZURE_MANAGED_DOMAIN_QUOTA: EmailQuota[] = [
  { limit: 5, windowMs: 60_000 },
  { limit: 10, windowMs: 3_600_000 },
];

/** `5/60s,10/1h` (or `azure-managed`) → the quota; throws on anything else. */
export function parseEmailQuota(text: string): EmailQuota[] {
  if (text.trim() === 'azure-managed') return AZURE_MANAGED_DOMAIN_QUOTA;
  const units: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
  return text.split(',').map((part) => {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*(ms|s|m|h)\s*$/.exec(part);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
      throw new Error(`"${part}" is not a quota: write e.g. 5/60s,10/1h or azure-managed`);
    return { limit: Number(match[1]), windowMs: Number(match[2]) * (units[match[3] as string] as number) };
  });
}

/**
 * A local endpoint that speaks the Azure Communication Services Email REST API as
 * `@azure/communication-email` uses it: HMAC-SHA256 request signing checked, `POST /emails:send`
 * answered 202 with `Operation-Location`, and "Get Send Result" (`GET /emails/operations/{id}`)
 * answered `Succeeded` for an operation it accepted, 404 for one it never saw. It keeps every send it
 * accepted for the inbox, a repeated `Operation-Id` included: ACS documents that header as the
 * caller's id for the operation, not as a promise to refuse a repeat, so the app must never send an
 * email twice, and here a second send shows.
 */
export interface LocalEmailServer {
  endpoint: string;
  connectionString: string;
  received(): ReceivedMail[];
  /** Replaces the sending limits (an empty list: none). */
  setQuota(quota: EmailQuota[]): void;
  /** Sends accepted, sends refused with 429 for the quota, and status look-ups answered. */
  stats(): { accepted: number; throttled: number; statusLookups: number };
  /** The next `count` sends fail with `status` (a 503 by default), as a failing service answers. */
  failNext(count: number, status?: number): void;
  stop(): Promise<void>;
}

const MAX_CLOCK_SKEW_MS = 15 * 60_000;

export function parseAcsConnectionString(connectionString: string): { endpoint: string; accessKey: string } {
  const parts = Object.fromEntries(
    connectionString
      .split(';')
      .filter(Boolean)
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim()];
      }),
  );
  if (!parts['endpoint'] || !parts['accesskey'])
    throw new Error('An ACS connection string needs endpoint= and accesskey=.');
  return { endpoint: parts['endpoint'], accessKey: parts['accesskey'] };
}

function sameBase64(a: string, b: string): boolean {
  const left = Buffer.from(a, 'base64');
  const right = Buffer.from(b, 'base64');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Checks the request the way ACS does; returns the reason it is refused, or null. */
export function signatureProblem(req: IncomingMessage, body: Buffer, accessKey: string): string | null {
  const date = req.headers['x-ms-date'];
  const contentHash = req.headers['x-ms-content-sha256'];
  const authorization = req.headers['authorization'];
  if (typeof date !== 'string' || typeof contentHash !== 'string' || typeof authorization !== 'string') {
    return 'missing x-ms-date, x-ms-content-sha256 or Authorization';
  }
  if (Math.abs(Date.now() - Date.parse(date)) > MAX_CLOCK_SKEW_MS) return 'x-ms-date too far from now';
  if (!sameBase64(createHash('sha256').update(body).digest('base64'), contentHash))
    return 'content hash mismatch';
  const match = /^HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=(.+)$/.exec(
    authorization,
  );
  if (!match) return 'unsupported Authorization scheme';
  const stringToSign = `${req.method}\n${req.url}\n${date};${req.headers.host};${contentHash}`;
  const expected = createHmac('sha256', Buffer.from(accessKey, 'base64'))
    .update(stringToSign)
    .digest('base64');
  return sameBase64(expected, match[1] as string) ? null : 'signature mismatch';
}

interface SendRequest {
  senderAddress?: unknown;
  recipients?: { to?: { address?: unknown }[]; cc?: { address?: unknown }[] };
  content?: { subject?: unknown; plainText?: unknown; html?: unknown };
  headers?: Record<string, unknown>;
}

function addresses(list: { address?: unknown }[] | undefined): string[] {
  return (list ?? []).map((r) => String(r.address ?? ''));
}

function invalidMessage(message: SendRequest): string | null {
  if (typeof message.senderAddress !== 'string' || !message.senderAddress.includes('@'))
    return 'senderAddress is required';
  const to = addresses(message.recipients?.to);
  if (to.length === 0 || to.some((a) => !a.includes('@')))
    return 'recipients.to needs at least one valid address';
  if (typeof message.content?.subject !== 'string') return 'content.subject is required';
  if (typeof message.content.plainText !== 'string' && typeof message.content.html !== 'string') {
    return 'content.plainText or content.html is required';
  }
  return null;
}

function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function acsError(res: ServerResponse, status: number, code: string, message: string): void {
  reply(res, status, { error: { code, message } });
}

export async function startEmailServer(options: {
  port: number;
  accessKey: string;
  quota?: EmailQuota[];
  /** The local stack's clock (real time when absent). */
  stackClock?: () => Date;
}): Promise<LocalEmailServer> {
  const mails: ReceivedMail[] = [];
  const operations = new Set<string>();
  let base = '';
  let quota = options.quota ?? [];
  // When each accepted send happened (a repeat of an operation id counts too: every request accrues).
  let sends: number[] = [];
  const counts = { accepted: 0, throttled: 0, statusLookups: 0 };
  let failures: { remaining: number; status: number } = { remaining: 0, status: 503 };

  /** Milliseconds until the quota allows one more send (0: now). */
  function quotaWait(now: number): number {
    let wait = 0;
    for (const { limit, windowMs } of quota) {
      const recent = sends.filter((at) => at > now - windowMs);
      if (recent.length >= limit)
        wait = Math.max(wait, (recent[recent.length - limit] as number) + windowMs - now);
    }
    return wait;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    // The inbox, for `func start` users (the local host serves it at /admin/mail too).
    if (req.method === 'GET' && (req.url === '/admin/mail' || req.url === '/admin/mail.html')) {
      if (req.url === '/admin/mail') return reply(res, 200, mails);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inboxPage(mails));
      return;
    }
    const problem = signatureProblem(req, body, options.accessKey);
    if (problem) return acsError(res, 401, 'Denied', `Request signature refused: ${problem}.`);
    const url = new URL(req.url ?? '/', base);
    const apiVersion = url.searchParams.get('api-version') ?? '2025-09-01';

    if (req.method === 'POST' && url.pathname === '/emails:send') {
      let message: SendRequest;
      try {
        message = JSON.parse(body.toString('utf8')) as SendRequest;
      } catch {
        return acsError(res, 400, 'BadRequest', 'The body is not JSON.');
      }
      const invalid = invalidMessage(message);
      if (invalid) return acsError(res, 400, 'BadRequest', invalid);
      if (failures.remaining > 0) {
        failures = { ...failures, remaining: failures.remaining - 1 };
        return acsError(
          res,
          failures.status,
          'ServiceUnavailable',
          'Failing this send on purpose (failNext).',
        );
      }
      const now = Date.now();
      const wait = quotaWait(now);
      if (wait > 0) {
        counts.throttled += 1;
        const retryAfter = String(Math.max(1, Math.ceil(wait / 1000)));
        res.setHeader('retry-after', retryAfter);
        return acsError(
          res,
          429,
          'TooManyRequests',
          `Sending limit reached; retry after ${retryAfter} seconds.`,
        );
      }
      const longest = Math.max(0, ...quota.map((q) => q.windowMs));
      sends = [...sends.filter((at) => at > now - longest), now];
      counts.accepted += 1;
      const operationHeader = req.headers['operation-id'];
      const operationId =
        typeof operationHeader === 'string' && operationHeader ? operationHeader : randomUUID();
      operations.add(operationId);
      mails.push({
        id: randomUUID(),
        operationId,
        from: String(message.senderAddress),
        to: addresses(message.recipients?.to),
        cc: addresses(message.recipients?.cc),
        subject: String(message.content?.subject),
        plainText: typeof message.content?.plainText === 'string' ? message.content.plainText : null,
        html: typeof message.content?.html === 'string' ? message.content.html : null,
        headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
        receivedAt: new Date().toISOString(),
        stackTime: (options.stackClock?.() ?? new Date()).toISOString(),
      });
      return reply(
        res,
        202,
        { id: operationId, status: 'Running' },
        {
          'operation-location': `${base}/emails/operations/${operationId}?api-version=${apiVersion}`,
          'retry-after': '0',
        },
      );
    }

    const poll = /^\/emails\/operations\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && poll) {
      const id = decodeURIComponent(poll[1] as string);
      counts.statusLookups += 1;
      if (!operations.has(id)) return acsError(res, 404, 'NotFound', 'No such operation.');
      return reply(res, 200, { id, status: 'Succeeded' });
    }
    return acsError(res, 404, 'NotFound', 'Not a route of the Email API.');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => acsError(res, 500, 'InternalError', String(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: `${base}/`,
    connectionString: `endpoint=${base}/;accesskey=${options.accessKey}`,
    received: () => [...mails],
    setQuota(next) {
      quota = next;
    },
    stats: () => ({ ...counts }),
    failNext(count, status = 503) {
      failures = { remaining: count, status };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
