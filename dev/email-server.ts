import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inboxPage } from './inbox-page';

/**
 * A local endpoint that speaks the Azure Communication Services Email REST API as
 * `@azure/communication-email` uses it: HMAC-SHA256 request signing checked, `POST /emails:send`
 * answered 202 with `Operation-Location`, the status poll answered `Succeeded`, and a repeated
 * `Operation-Id` accepted once only (as ACS deduplicates). It keeps what it accepted for the inbox.
 */
export interface ReceivedMail {
  id: string;
  operationId: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  plainText: string | null;
  html: string | null;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface LocalEmailServer {
  endpoint: string;
  connectionString: string;
  received(): ReceivedMail[];
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
}): Promise<LocalEmailServer> {
  const mails: ReceivedMail[] = [];
  const byOperation = new Map<string, ReceivedMail>();
  let base = '';

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
      const operationHeader = req.headers['operation-id'];
      const operationId =
        typeof operationHeader === 'string' && operationHeader ? operationHeader : randomUUID();
      if (!byOperation.has(operationId)) {
        const mail: ReceivedMail = {
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
        };
        byOperation.set(operationId, mail);
        mails.push(mail);
      }
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
      if (!byOperation.has(id)) return acsError(res, 404, 'NotFound', 'No such operation.');
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
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
