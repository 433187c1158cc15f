import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import { DELIVERY_TIMEOUT_MS } from '../shared/domain/webhook';
import type { StackTimeSpan } from './clock';
import { BodyTooLargeError, readBody } from './functions-host/http';

/**
 * The local stack's webhook receiver, on the Functions host's port like the other admin routes, so a
 * partner's endpoint can name it (`http://localhost:<port>/admin/webhooks/receive/<name>`):
 * - `POST /admin/webhooks/receive/<name>` keeps the delivery, checks its Standard Webhooks signature
 *   against the secrets the store holds for that URL, and answers as that name's behaviour says;
 * - `POST /admin/webhooks/behaviour` `{name, status, delayMs, failEvery}` (or `{name, reset: true}`);
 * - `GET /admin/webhooks` (`?name=`) the deliveries kept, newest last, and the behaviours;
 *   `DELETE /admin/webhooks` (`?name=`) forgets deliveries (behaviours stay until reset);
 * - `GET /admin/webhooks.html` the same as a page (dev/webhook-page.ts, routed in dev/admin.ts).
 * The signature is checked against the stack's clock (which `/admin/clock` moves and the sender
 * stamps `webhook-timestamp` from), not real time as `Webhook.verify` would.
 */
export interface ReceivedWebhook {
  /** Increasing for the life of the receiver. */
  seq: number;
  name: string;
  /** The URL as the sender called it (what `secretsFor` was asked about). */
  url: string;
  /** Real time. */
  receivedAt: string;
  /** The local stack's clock when it arrived (as moved by /admin/clock). */
  stackTime: string;
  /** Only webhook-id, webhook-timestamp, webhook-signature, content-type and user-agent. */
  headers: Record<string, string>;
  /** The `type` of a JSON body, if it has one. */
  type: string | null;
  /** The body as text, its first 256 KB. */
  body: string;
  bodyBytes: number;
  /** null: no secret is known for this URL, so nothing could be checked. */
  verified: boolean | null;
  verifyError: string | null;
  answeredStatus: number;
  delayMs: number;
}

export interface WebhookBehaviour {
  status: number;
  delayMs: number;
  /** Every n-th request to the name (counted since the behaviour was set) answers 500. */
  failEvery: number | null;
  /** Requests to the name since the behaviour was set. */
  requests: number;
}

export interface WebhookReceiverOptions {
  /**
   * The local stack's clock (dev/clock.ts). With `shownSince`, a delivery in flight when the clock was
   * moved (stamped before the move) is judged against what the clock showed while it could have been
   * sent (the sender gives up after DELIVERY_TIMEOUT_MS); else against the clock now.
   */
  clock: { now(): Date; shownSince?(sinceRealMs: number): StackTimeSpan[] };
  /** The endpoint's signing secrets (`whsec_…`, current and rotated-out) for a URL; [] when unknown. */
  secretsFor?: (url: string) => Promise<string[]>;
}

export const MAX_KEPT_WEBHOOKS = 2_000;
const MAX_KEPT_BODY_BYTES = 256 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;
/** As the standardwebhooks package allows. */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;
const KEPT_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature', 'content-type', 'user-agent'];
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const RECEIVE = /^\/admin\/webhooks\/receive\/([^/]*)$/;

const BehaviourChange = z.union([
  z.strictObject({ name: z.string().regex(NAME), reset: z.literal(true) }),
  z.strictObject({
    name: z.string().regex(NAME),
    status: z.int().min(100).max(599).default(200),
    delayMs: z.int().min(0).max(30_000).default(0),
    failEvery: z.int().min(2).max(1_000_000).optional(),
  }),
]);

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks a Standard Webhooks signature as `Webhook.verify` does (each `v1,` entry of the header against
 * each secret, so a rotated pair verifies), but with the timestamp against the stack's clock: `now`,
 * or the spans it showed while the delivery could have been sent.
 */
export function verifyWebhook(
  secrets: string[],
  headers: Record<string, string>,
  body: Uint8Array,
  now: Date | StackTimeSpan[],
): { verified: boolean; verifyError: string | null } {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signature = headers['webhook-signature'];
  const refuse = (verifyError: string) => ({ verified: false, verifyError });
  if (!id || !timestamp || !signature)
    return refuse('missing webhook-id, webhook-timestamp or webhook-signature');
  if (!/^\d{1,12}$/.test(timestamp)) return refuse('webhook-timestamp is not a number of seconds');
  const skewMs = skewFrom(Number(timestamp) * 1000, now instanceof Date ? [{ from: now, to: now }] : now);
  if (Math.abs(skewMs) > TIMESTAMP_TOLERANCE_MS)
    return refuse(
      `webhook-timestamp is ${Math.round(Math.abs(skewMs) / 1000)} s ${skewMs < 0 ? 'behind' : 'ahead of'} the stack clock (tolerance ${TIMESTAMP_TOLERANCE_MS / 1000} s)`,
    );
  const given = signature.split(' ').filter((entry) => entry.startsWith('v1,'));
  if (given.length === 0) return refuse('webhook-signature has no v1 entry');
  let unusable = 0;
  for (const secret of secrets) {
    let expected: string;
    try {
      expected = new Webhook(secret).sign(id, new Date(Number(timestamp) * 1000), body);
    } catch {
      unusable += 1;
      continue;
    }
    // Every comparison runs, so the time taken does not tell which entry or secret matched.
    if (given.map((entry) => sameText(entry, expected)).some(Boolean))
      return { verified: true, verifyError: null };
  }
  return refuse(
    `no signature matches the endpoint's ${secrets.length} secret(s)${unusable ? ` (${unusable} unusable)` : ''}`,
  );
}

/** How far `at` lies from the nearest of the spans: negative behind, positive ahead, 0 within. */
function skewFrom(at: number, spans: StackTimeSpan[]): number {
  const skews = spans.map(({ from, to }) =>
    at < from.getTime() ? at - from.getTime() : at > to.getTime() ? at - to.getTime() : 0,
  );
  return skews.reduce((nearest, skew) => (Math.abs(skew) < Math.abs(nearest) ? skew : nearest));
}

function typeOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    const type = (parsed as { type?: unknown } | null)?.type;
    return typeof type === 'string' ? type : null;
  } catch {
    return null;
  }
}

export class WebhookReceiver {
  /** Replaceable: the stack points it at the store's endpoints once the app runs. */
  secretsFor: (url: string) => Promise<string[]>;
  private readonly clock: WebhookReceiverOptions['clock'];
  private kept: ReceivedWebhook[] = [];
  private seq = 0;
  private readonly behaviourOf = new Map<string, WebhookBehaviour>();

  constructor(options: WebhookReceiverOptions) {
    this.clock = options.clock;
    this.secretsFor = options.secretsFor ?? (async () => []);
  }

  /** The deliveries kept (the last 2,000), oldest first; only `name`'s when given. */
  received(name?: string): ReceivedWebhook[] {
    return this.kept.filter((w) => name === undefined || w.name === name);
  }

  behaviours(): Record<string, WebhookBehaviour> {
    return Object.fromEntries([...this.behaviourOf].map(([name, b]) => [name, { ...b }]));
  }

  /** Forgets the deliveries (only `name`'s when given); behaviours stay. */
  clear(name?: string): void {
    this.kept = name === undefined ? [] : this.kept.filter((w) => w.name !== name);
  }

  /** Routes `/admin/webhooks` and below (not the page); false for any other path. */
  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const name = query.get('name') ?? undefined;
    const receive = RECEIVE.exec(path);
    if (receive) {
      const target = decodeURIComponent(receive[1] as string);
      if (!NAME.test(target)) sendJson(res, 404, { error: 'A receiver name is 1-64 of A-Z a-z 0-9 _ -.' });
      else if (req.method !== 'POST') sendJson(res, 405, { error: 'POST' });
      else await this.receive(req, res, target);
      return true;
    }
    if (path === '/admin/webhooks/behaviour') {
      if (req.method !== 'POST') sendJson(res, 405, { error: 'POST' });
      else await this.changeBehaviour(req, res);
      return true;
    }
    if (path === '/admin/webhooks') {
      if (req.method === 'DELETE') this.clear(name);
      else if (req.method !== 'GET') {
        sendJson(res, 405, { error: 'GET or DELETE' });
        return true;
      }
      sendJson(res, 200, { received: this.received(name), behaviours: this.behaviours() });
      return true;
    }
    return false;
  }

  private async changeBehaviour(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = BehaviourChange.safeParse(
      await readBody(req, 64 * 1024)
        .then((body) => JSON.parse(body.toString('utf8')) as unknown)
        .catch(() => undefined),
    );
    if (!parsed.success) {
      sendJson(res, 400, {
        error:
          'Send {"name", "status": 100-599, "delayMs": 0-30000, "failEvery": n ≥ 2} or {"name", "reset": true}.',
      });
      return;
    }
    const change = parsed.data;
    if ('reset' in change) this.behaviourOf.delete(change.name);
    else
      this.behaviourOf.set(change.name, {
        status: change.status,
        delayMs: change.delayMs,
        failEvery: change.failEvery ?? null,
        requests: 0,
      });
    sendJson(res, 200, { behaviours: this.behaviours() });
  }

  private async receive(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const headers: Record<string, string> = {};
    for (const header of KEPT_HEADERS) {
      const value = req.headers[header];
      if (value !== undefined) headers[header] = Array.isArray(value) ? value.join(', ') : value;
    }
    const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? ''}`;
    const stackNow = this.clock.now();
    const shown = this.clock.shownSince?.(Date.now() - DELIVERY_TIMEOUT_MS) ?? stackNow;
    let body: Buffer | null = null;
    let verdict: { verified: boolean | null; verifyError: string | null };
    try {
      body = await readBody(req, MAX_BODY_BYTES);
      const secrets = await this.secretsFor(url);
      verdict =
        secrets.length === 0
          ? { verified: null, verifyError: `no secret known for ${url}` }
          : verifyWebhook(secrets, headers, body, shown);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) verdict = { verified: null, verifyError: String(error) };
      else verdict = { verified: false, verifyError: `body over ${MAX_BODY_BYTES} bytes` };
    }
    const behaviour = this.behaviourOf.get(name);
    let status = behaviour?.status ?? 200;
    if (body === null) status = 413;
    else if (behaviour) {
      behaviour.requests += 1;
      if (behaviour.failEvery !== null && behaviour.requests % behaviour.failEvery === 0) status = 500;
    }
    const text = body ? body.subarray(0, MAX_KEPT_BODY_BYTES).toString('utf8') : '';
    const delivery: ReceivedWebhook = {
      seq: ++this.seq,
      name,
      url,
      receivedAt: new Date().toISOString(),
      stackTime: stackNow.toISOString(),
      headers,
      type: typeOf(text),
      body: text,
      bodyBytes: body?.length ?? 0,
      ...verdict,
      answeredStatus: status,
      delayMs: behaviour?.delayMs ?? 0,
    };
    this.kept.push(delivery);
    if (this.kept.length > MAX_KEPT_WEBHOOKS) this.kept.splice(0, this.kept.length - MAX_KEPT_WEBHOOKS);
    if (delivery.delayMs > 0) await sleep(delivery.delayMs);
    if (res.destroyed) return;
    // A redirect points at another receiver name, so a sender that follows it shows under "redirected".
    const extra: Record<string, string> =
      status >= 300 && status < 400 ? { location: '/admin/webhooks/receive/redirected' } : {};
    // 1xx, 204 and 304 carry no body (Node sends none); a 1xx leaves the sender waiting for a final answer.
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra })
      .end(
        JSON.stringify({ seq: delivery.seq, verified: delivery.verified, verifyError: delivery.verifyError }),
      );
  }
}
