import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AdjustableClock } from './clock';
import type { ReceivedMail } from './received-mail';
import { inboxPage } from './inbox-page';
import { webhookPage } from './webhook-page';
import type { WebhookReceiver } from './webhook-receiver';
import type { AdminRoutes } from './functions-host/host';
import { readBody } from './functions-host/http';
import type { CosmosGateway } from './cosmos-gateway/gateway';
import { applyFaultChange, FaultChange, faultReport, type FaultProxy, type FaultService } from './faults';

/**
 * The local stack's extras: `/admin/clock`, `/admin/mail`, `/admin/mail.html`, `/admin/faults`,
 * `/admin/cosmos`, `/admin/webhooks` (dev/webhook-receiver.ts) and `/admin/webhooks.html`. Never in Azure.
 */
const ClockChange = z.union([
  z.strictObject({ now: z.iso.datetime() }),
  z.strictObject({ advanceDays: z.number().positive().max(3650) }),
]);

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * `GET /admin/faults`: each service's fault settings and counts; `POST` changes them (FaultChange).
 * Only when the stack was started with `--faults` (otherwise no proxy stands in front of the services).
 */
async function faultRoutes(
  req: IncomingMessage,
  res: ServerResponse,
  faults: Map<FaultService, FaultProxy> | null,
): Promise<true> {
  if (!faults) {
    sendJson(res, 409, { error: 'Start with --faults (e.g. npm start -- --faults 0) to inject faults.' });
    return true;
  }
  if (req.method === 'POST') {
    const parsed = FaultChange.safeParse(
      await readBody(req)
        .then((body) => JSON.parse(body.toString('utf8')) as unknown)
        .catch(() => undefined),
    );
    if (!parsed.success) {
      sendJson(res, 400, {
        error: 'Send {"all"|"cosmos"|"queue"|"email": {failRate, kinds, latencyMs, outage}}.',
      });
      return true;
    }
    await applyFaultChange(faults, parsed.data);
  } else if (req.method !== 'GET') {
    sendJson(res, 405, { error: 'GET or POST' });
    return true;
  }
  sendJson(res, 200, faultReport(faults));
  return true;
}

const CosmosChange = z.strictObject({
  ruPerSecond: z.number().min(0).optional(),
  throttleMs: z.int().min(0).max(3_600_000).optional(),
});

/**
 * `GET /admin/cosmos`: the gateway's ranges, budget and the request units charged so far (by container
 * and operation); `POST` with `{ ruPerSecond }` changes the budget, `{ throttleMs }` answers every data
 * request 429 for that long (stack time).
 */
async function cosmosRoutes(
  req: IncomingMessage,
  res: ServerResponse,
  gateway: CosmosGateway | null,
): Promise<true> {
  if (!gateway) {
    sendJson(res, 409, { error: 'The Azure-shaped Cosmos DB gateway is off (--cosmos-gateway off).' });
    return true;
  }
  if (req.method === 'POST') {
    const parsed = CosmosChange.safeParse(
      await readBody(req)
        .then((body) => JSON.parse(body.toString('utf8')) as unknown)
        .catch(() => undefined),
    );
    if (!parsed.success) {
      sendJson(res, 400, { error: 'Send {"ruPerSecond": n} and/or {"throttleMs": n}.' });
      return true;
    }
    if (parsed.data.ruPerSecond !== undefined) gateway.setRuPerSecond(parsed.data.ruPerSecond);
    if (parsed.data.throttleMs !== undefined) gateway.throttleFor(parsed.data.throttleMs);
  } else if (req.method !== 'GET') {
    sendJson(res, 405, { error: 'GET or POST' });
    return true;
  }
  sendJson(res, 200, {
    ranges: gateway.ranges,
    ruPerSecond: gateway.ruPerSecond(),
    charges: gateway.charges(),
  });
  return true;
}

/**
 * `onClockMoved`: what else a move of the clock sets off (the local stack runs the timers that would
 * have fired in between, past due, before answering).
 */
export function localAdminRoutes(
  clock: AdjustableClock,
  mail: () => ReceivedMail[],
  onClockMoved: (from: Date, to: Date) => Promise<string[]> = async () => [],
  faults: Map<FaultService, FaultProxy> | null = null,
  cosmosGateway: CosmosGateway | null = null,
  webhooks: WebhookReceiver | null = null,
): AdminRoutes {
  return async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (path === '/admin/faults') return faultRoutes(req, res, faults);
    if (path === '/admin/cosmos') return cosmosRoutes(req, res, cosmosGateway);
    if (path === '/admin/clock' && req.method === 'GET') {
      sendJson(res, 200, { now: clock.now().toISOString(), offsetMs: clock.offset });
      return true;
    }
    if (path === '/admin/clock' && req.method === 'POST') {
      let change: z.infer<typeof ClockChange>;
      try {
        change = ClockChange.parse(JSON.parse((await readBody(req)).toString('utf8')));
      } catch {
        sendJson(res, 400, { error: 'Send {"now": ISO 8601} or {"advanceDays": n}.' });
        return true;
      }
      const from = clock.now();
      try {
        if ('now' in change) clock.set(new Date(change.now));
        else clock.advance(change.advanceDays * 86_400_000);
      } catch (error) {
        sendJson(res, 409, { error: (error as Error).message });
        return true;
      }
      const timersRun = await onClockMoved(from, clock.now());
      sendJson(res, 200, { now: clock.now().toISOString(), offsetMs: clock.offset, timersRun });
      return true;
    }
    if (path === '/admin/mail' && req.method === 'GET') {
      sendJson(res, 200, mail());
      return true;
    }
    if (path === '/admin/mail.html' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inboxPage(mail()));
      return true;
    }
    if (webhooks && path === '/admin/webhooks.html' && req.method === 'GET') {
      const name = new URL(req.url ?? '/', 'http://localhost').searchParams.get('name') ?? undefined;
      const page = webhookPage(webhooks.received(name), webhooks.behaviours(), `http://${req.headers.host}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return true;
    }
    if (webhooks && path.startsWith('/admin/webhooks')) return webhooks.handle(req, res, path);
    return false;
  };
}
