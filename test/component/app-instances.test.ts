import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AdjustableClock } from '../../dev/clock';
import { provisionCosmos } from '../../dev/cosmos-server';
import { loadFunctionApp, startFunctionsHost, type FunctionsHost } from '../../dev/functions-host/host';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { loadConfig } from '../../shared/config';
import type { Runtime, RuntimeOptions } from '../../shared/runtime';
import { call } from '../support/api';
import { hostJson, shippedAppFiles } from '../support/stack-settings';

/**
 * The runtime belongs to an app instance, not to the process: each load of the bundle is an app of
 * its own, given the runtime its host built. Two instances in this process, each with its own store
 * and clock, serve side by side without seeing each other.
 */
interface AppExports {
  createRuntime(config: ReturnType<typeof loadConfig>, options?: RuntimeOptions): Runtime;
  useRuntime(runtime: Runtime): void;
}

const hosts: FunctionsHost[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const host of hosts) await host.stop();
  for (const cleanup of cleanups) await cleanup();
});

async function appInstance(): Promise<{ host: FunctionsHost; clock: AdjustableClock; operator: string }> {
  const databaseId = `app-${randomUUID()}`;
  const settings: Record<string, string> = { ...inject('stack').settings, COSMOS_DATABASE: databaseId };
  const config = loadConfig(settings);
  const direct = createCosmosClient(config);
  await provisionCosmos(direct, databaseId);
  const app = await loadFunctionApp(shippedAppFiles());
  const exports = app.exports.find(
    (e): e is AppExports => typeof (e as AppExports)?.useRuntime === 'function',
  );
  if (!exports) throw new Error('the bundle exports no useRuntime');
  const clock = new AdjustableClock();
  const runtime = exports.createRuntime(config, { clock });
  exports.useRuntime(runtime);
  const host = await startFunctionsHost({
    functionFiles: shippedAppFiles(),
    app,
    hostJson: hostJson(),
    port: 0,
    env: { ...process.env, ...settings },
    timers: 'manual',
    queues: false,
    log: () => undefined,
  });
  hosts.push(host);
  cleanups.push(async () => {
    runtime.cosmos.dispose();
    await direct
      .database(databaseId)
      .delete()
      .catch(() => undefined);
    direct.dispose();
  });
  return { host, clock, operator: settings['OPERATOR_TOKEN'] as string };
}

describe('app instances', () => {
  it('when the bundle is loaded twice in one process, then each instance serves with the runtime its host gave it', async () => {
    const a = await appInstance();
    const b = await appInstance();
    expect(a.host.registrations).not.toBe(b.host.registrations);
    expect([...a.host.registrations.keys()]).toEqual([...b.host.registrations.keys()]);

    const registered = await call('POST', '/partners', {
      token: a.operator,
      baseUrl: a.host.apiBaseUrl,
      body: { name: 'Contoso', partnerId: '7654321', email: 'ops@contoso.example', cloudEssentials: true },
    });
    expect(registered.status).toBe(201);
    const token = registered.body.token as string;
    // A's store knows the partner; B's, another database, does not.
    expect((await call('GET', '/partners/me', { token, baseUrl: a.host.apiBaseUrl })).status).toBe(200);
    expect((await call('GET', '/partners/me', { token, baseUrl: b.host.apiBaseUrl })).status).toBe(401);

    // Each instance reads its own clock: a redemption opened on B after B's clock moved two hours.
    b.clock.advance(2 * 60 * 60_000);
    const onB = await call('POST', '/partners', {
      token: b.operator,
      baseUrl: b.host.apiBaseUrl,
      body: { name: 'Fabrikam', partnerId: '7654322', email: 'ops@fabrikam.example', cloudEssentials: true },
    });
    expect(Date.parse(onB.body.createdAt) - Date.parse(registered.body.createdAt)).toBeGreaterThan(
      2 * 60 * 60_000 - 60_000,
    );
  });
});
