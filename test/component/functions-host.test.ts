import { QueueServiceClient } from '@azure/storage-queue';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { localAdminRoutes } from '../../dev/admin';
import { AdjustableClock } from '../../dev/clock';
import { startFunctionsHost, type FunctionsHost } from '../../dev/functions-host/host';
import { PortInUseError, assertPortFree } from '../../dev/ports';
import { probe } from '../support/fixtures/probe-state';

/** The local Functions host itself, observed through probe functions (no app functions loaded here). */
let host: FunctionsHost;
let queues: QueueServiceClient;
const queueName = `probe-${randomUUID().slice(0, 8)}`;
const clock = new AdjustableClock();
const served: { functionName: string; status: number; ms: number }[] = [];
const logged: string[] = [];

beforeAll(async () => {
  const settings = inject('stack').settings;
  queues = QueueServiceClient.fromConnectionString(settings['AzureWebJobsStorage'] as string);
  host = await startFunctionsHost({
    functionFiles: [join(__dirname, '..', 'support', 'fixtures', 'probe-functions.ts')],
    hostJson: {
      extensions: {
        http: { routePrefix: 'api/v1' },
        queues: { maxDequeueCount: 3, visibilityTimeout: '00:00:00', maxPollingInterval: '00:00:01' },
      },
    },
    port: 0,
    env: { ...settings, PROBE_QUEUE: queueName, PROBE_SCHEDULE: '*/1 * * * * *' },
    timers: 'schedule',
    queues: true,
    admin: localAdminRoutes(
      clock,
      () => [],
      (from, to) => host.runPastDue(from, to),
    ),
    log: (line) => logged.push(line),
    // Azure's limits, but a 230-second answer is too long to wait for here.
    httpLimits: { responseTimeoutMs: 500 },
    onServed: (entry) => served.push(entry),
  });
});
afterAll(async () => host?.stop());

function enqueue(payload: unknown) {
  return queues
    .getQueueClient(queueName)
    .sendMessage(Buffer.from(JSON.stringify(payload)).toString('base64'));
}

/** Until `condition` holds (a guard against a hang, not a speed check). */
async function waitFor(condition: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  await expect.poll(condition, { timeout: ms, interval: 50 }).toBe(true);
}

describe('the local Functions host', () => {
  it('when HTTP functions serve requests, then each is reported once with its function, status and duration at the host; a path no function serves is not', async () => {
    served.length = 0;
    const read = await fetch(`${host.apiBaseUrl}/probe/items/7`);
    await read.text();
    const written = await fetch(`${host.apiBaseUrl}/probe/items/7`, { method: 'POST' });
    await written.text();
    await (await fetch(`${host.apiBaseUrl}/no/such/route`)).text();
    await waitFor(() => served.length >= 2);
    expect(served.map(({ functionName, status }) => ({ functionName, status }))).toEqual([
      { functionName: 'probe-d-reader', status: read.status },
      { functionName: 'probe-c-writer', status: written.status },
    ]);
    expect(served.every((entry) => entry.ms > 0 && entry.ms < 15_000)).toBe(true);
  });

  it('when a queue message is handled after two failures, then the trigger saw dequeue counts 1, 2, 3 and the message is gone', async () => {
    const id = randomUUID();
    await enqueue({ id, failUntil: 2 });
    await waitFor(() => probe.deliveries.filter((d) => (d.payload as { id: string }).id === id).length === 3);
    await host.drainQueues();
    const mine = probe.deliveries.filter((d) => (d.payload as { id: string }).id === id);
    expect(mine.map((d) => d.dequeueCount)).toEqual([1, 2, 3]);
    expect(mine[0]?.payload).toEqual({ id, failUntil: 2 });
    const left = await queues.getQueueClient(queueName).peekMessages({ numberOfMessages: 32 });
    expect(left.peekedMessageItems).toHaveLength(0);
  });

  it('when a message keeps failing, then after maxDequeueCount deliveries it moves to the poison queue', async () => {
    const id = randomUUID();
    await enqueue({ id, failUntil: 99 });
    const poison = queues.getQueueClient(`${queueName}-poison`);
    await waitFor(
      async () => (await poison.exists()) && (await poison.peekMessages()).peekedMessageItems.length > 0,
    );
    const mine = probe.deliveries.filter((d) => (d.payload as { id: string }).id === id);
    expect(mine.map((d) => d.dequeueCount)).toEqual([1, 2, 3]);
    const [poisoned] = (await poison.peekMessages()).peekedMessageItems;
    expect(JSON.parse(Buffer.from(poisoned?.messageText ?? '', 'base64').toString('utf8'))).toEqual({
      id,
      failUntil: 99,
    });
  });

  it('when a six-field schedule fires every second, then the timer runs on its own', async () => {
    const before = probe.timerRuns;
    await waitFor(() => probe.timerRuns >= before + 2, 5_000);
    expect(probe.timerRuns).toBeGreaterThanOrEqual(before + 2);
  });

  it('when a timer fails every time its schedule fires, then each run is logged as failed and the host goes on serving (in Azure: one failed invocation each)', async () => {
    const before = probe.failedTimerRuns;
    probe.failTimer = true;
    try {
      await waitFor(() => probe.failedTimerRuns >= before + 2, 5_000);
      // Served while the timer fails: nothing ended the process or stopped the host.
      const answer = await fetch(`${host.apiBaseUrl}/probe/items/1`);
      expect(answer.status).toBe(200);
      await waitFor(
        () => logged.filter((line) => line.startsWith('[probe-failing-timer] failed')).length >= 2,
      );
    } finally {
      probe.failTimer = false;
    }
    // And the schedule goes on: the timer runs again, now without failing.
    const runs = probe.timerRuns;
    await waitFor(() => probe.timerRuns >= runs + 1, 5_000);
  });

  it('when POST /admin/functions/{name} is called, then the function runs now; unknown names are 404', async () => {
    const before = probe.timerRuns;
    const response = await fetch(`${host.url}/admin/functions/probe-timer`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(202);
    expect(probe.timerRuns).toBeGreaterThan(before);
    const queued = await fetch(`${host.url}/admin/functions/probe-queue`, {
      method: 'POST',
      body: JSON.stringify({ input: '{"id":"direct"}' }),
    });
    expect(queued.status).toBe(202);
    expect(probe.deliveries.some((d) => (d.payload as { id: string }).id === 'direct')).toBe(true);
    expect((await fetch(`${host.url}/admin/functions/nope`, { method: 'POST' })).status).toBe(404);
  });

  it('when the clock is moved through /admin/clock, then it only goes forward', async () => {
    const start = Date.now();
    const moved = await fetch(`${host.url}/admin/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceDays: 30 }),
    });
    expect(moved.status).toBe(200);
    const answer = (await moved.json()) as { now: string; timersRun: string[] };
    // As Azure runs a timer that missed its schedule: once, past due, before the answer.
    expect(answer.timersRun).toEqual(['probe-timer', 'probe-failing-timer']);
    const now = Date.parse(answer.now);
    expect(now - start).toBeGreaterThanOrEqual(30 * 86_400_000 - 1_000);
    const current = (await (await fetch(`${host.url}/admin/clock`)).json()) as { now: string };
    expect(Date.parse(current.now)).toBeGreaterThanOrEqual(now);
    const back = await fetch(`${host.url}/admin/clock`, {
      method: 'POST',
      body: JSON.stringify({ now: new Date(start).toISOString() }),
    });
    expect(back.status).toBe(409);
    expect(
      (await fetch(`${host.url}/admin/clock`, { method: 'POST', body: '{"advanceDays": -1}' })).status,
    ).toBe(400);
  });

  it('when routes overlap, then the first function in name order (ordinal, ignoring case) whose template and method match answers, as in Azure', async () => {
    const answer = async (method: string, path: string) => {
      const response = await fetch(`${host.apiBaseUrl}/${path}`, { method });
      return `${response.status} ${await response.text()}`;
    };
    // Azure/azure-functions-host#9876 and #3153: no precedence by specificity; the name decides.
    expect(await answer('GET', 'probe/any/special')).toBe('200 probe-a-catch-all');
    expect(await answer('GET', 'probe/any/other/thing')).toBe('200 probe-a-catch-all');
    // The method is part of the match: a template taken by another method does not stop the search.
    expect(await answer('GET', 'probe/items/7')).toBe('200 probe-d-reader');
    expect(await answer('POST', 'probe/items/7')).toBe('200 probe-c-writer');
    expect(await answer('DELETE', 'probe/items/7')).toBe('404 ');
    expect(await answer('GET', 'probe/case/literal')).toBe('200 probe-g-first');
  });

  it("when a request exceeds Azure's limits or the function fails, then the host answers as Azure's front end does", async () => {
    const status = async (method: string, path: string, body?: string) =>
      (await fetch(`${host.apiBaseUrl}/${path}`, { method, ...(body !== undefined ? { body } : {}) })).status;
    expect(await status('GET', `probe/items/${'x'.repeat(4_096)}`)).toBe(414);
    expect(await status('GET', `probe/items/${'x'.repeat(3_900)}`)).toBe(200);
    // Past the response limit the caller gets a 502 while the function runs on.
    expect(await status('GET', 'probe/slow')).toBe(502);
    const crashed = await fetch(`${host.apiBaseUrl}/probe/throws`, { method: 'POST', body: '{}' });
    expect(crashed.status).toBe(500);
    expect(await crashed.text()).toBe('');
    // 100 MB and a byte: 413 (sent as a stream, so nothing holds it all in memory).
    const chunk = Buffer.alloc(1024 * 1024);
    let sent = 0;
    const tooLarge = new ReadableStream({
      pull(controller) {
        if (sent > 100 * 1024 * 1024) controller.close();
        else controller.enqueue(sent === 0 ? Buffer.alloc(1) : chunk);
        sent += sent === 0 ? 1 : chunk.length;
      },
    });
    const response = await fetch(`${host.apiBaseUrl}/probe/throws`, {
      method: 'POST',
      body: tooLarge,
      duplex: 'half',
    } as RequestInit).catch((error: unknown) => error);
    expect(response instanceof Response ? response.status : String(response)).toBe(413);
  });

  it('when a port is taken, then starting names the port and the setting in one line', async () => {
    const url = new URL(host.url);
    const error = await assertPortFree(Number(url.port), 'Functions host', 'Host.LocalHttpPort').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toBe(
      `Port ${url.port} (Functions host) is already in use: stop what holds it, or change Host.LocalHttpPort in local.settings.json.`,
    );
  });
});
