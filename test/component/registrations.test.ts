import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Registration } from '../../dev/functions-host/core-module';
import { loadFunctionApp } from '../../dev/functions-host/host';
import { httpFunctions, shadowedRoutes } from '../../dev/functions-host/http';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { PROJECT_ROOT, sourceFunctionFiles } from '../support/stack-settings';

/** What the app registers with the Functions runtime, checked against the contract. */
describe('function registrations', () => {
  it('when the app is loaded, then every operation of the contract is registered with its route and method', async () => {
    const core = await loadFunctionApp(sourceFunctionFiles());
    const http = [...core.registrations.values()].filter((r) => r.trigger.type === 'httpTrigger');
    for (const op of ALL_OPERATIONS) {
      const registration = core.registrations.get(op.name) as Registration;
      expect(registration, op.name).toBeDefined();
      expect(registration.trigger).toMatchObject({
        direction: 'in',
        route: op.route,
        // HEAD beside every GET, registered by the app, never added by the host (shared/register.ts).
        methods: op.method === 'GET' ? ['GET', 'HEAD'] : [op.method],
        authLevel: 'anonymous',
      });
      expect((registration.handler as unknown as { operation: unknown }).operation, op.name).toBe(op);
    }
    expect(http.map((r) => r.name).sort()).toEqual(
      [...ALL_OPERATIONS.map((op) => op.name), 'zz-not-found'].sort(),
    );
    expect(core.registrations.get('zz-not-found')?.trigger).toMatchObject({ route: '{*path}' });
  });

  it("when the HTTP functions are taken in Azure's order (by name), then no route answers requests meant for another", async () => {
    const core = await loadFunctionApp(sourceFunctionFiles());
    expect(shadowedRoutes(httpFunctions(core.registrations.values()))).toEqual([]);
  });

  it('when the app is loaded, then the timers and the queue trigger are those of docs/api.md', async () => {
    const core = await loadFunctionApp(sourceFunctionFiles());
    const timers = Object.fromEntries(
      [...core.registrations.values()]
        .filter((r) => r.trigger.type === 'timerTrigger')
        .map((r) => [r.name, r.trigger['schedule']]),
    );
    expect(timers).toEqual({
      'events-purge': '0 30 3 * * *',
      'key-batch-cleanup': '0 */10 * * * *',
      'redemption-cleanup': '0 */10 * * * *',
      'notification-sweep': '0 */5 * * * *',
      'renewal-notices': '0 0 * * * *',
      'subscription-lifecycle': '0 0 * * * *',
      'webhook-sweep': '0 * * * * *',
    });
    expect(core.registrations.get('notification-send')?.trigger).toMatchObject({
      type: 'queueTrigger',
      queueName: '%NOTIFICATIONS_QUEUE%',
      connection: 'AzureWebJobsStorage',
    });
    expect(core.registrations.get('webhook-deliver')?.trigger).toMatchObject({
      type: 'queueTrigger',
      queueName: '%WEBHOOKS_QUEUE%',
      connection: 'AzureWebJobsStorage',
    });
  });

  it('when package.json main is read, then it names the bundle, which registers exactly the functions of the source files', async () => {
    const main = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string })
      .main;
    expect(main).toBe('dist/app/main.js');
    const source = await loadFunctionApp(sourceFunctionFiles());
    const sourceNames = [...source.registrations.keys()].sort();
    // The bundle in a fresh process, loaded as the worker loads it (the registry is process-wide).
    const printed = execFileSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'dev', 'function-names.js')], {
      encoding: 'utf8',
    });
    expect(printed.trim().split('\n')).toEqual(sourceNames);
  });

  it('when the bundle is built, then the managed identity is left to a file of its own, loaded by its first token request', async () => {
    const main = readFileSync(join(PROJECT_ROOT, 'dist', 'app', 'main.js'), 'utf8');
    expect(main).not.toContain('ManagedIdentityCredential');
    expect(main).toContain('import("./identity.js")');
    const identity = (await import(join(PROJECT_ROOT, 'dist', 'app', 'identity.js'))) as {
      managedIdentityCredential: (clientId: string) => object;
    };
    const credential = identity.managedIdentityCredential('00000000-0000-0000-0000-000000000001');
    expect(credential.constructor.name).toBe('ManagedIdentityCredential');
  });

  it('when a source file is loaded, then it registers the one function it is named after', async () => {
    const files = readdirSync(join(PROJECT_ROOT, 'functions'));
    expect(files.every((f) => f.endsWith('.ts'))).toBe(true);
    const core = await loadFunctionApp(sourceFunctionFiles());
    // One file per function, named like the function (kebab-case).
    const registered = Object.fromEntries(
      files.map((file) => [file, core.registeredBy.get(join(PROJECT_ROOT, 'functions', file))]),
    );
    expect(registered).toEqual(Object.fromEntries(files.map((f) => [f, [f.replace(/\.ts$/, '')]])));
  });

  it('when a function file is read, then it is its handler and one registration, in under 25 lines', () => {
    const long = readdirSync(join(PROJECT_ROOT, 'functions'))
      .map((file) => ({
        file,
        lines: readFileSync(join(PROJECT_ROOT, 'functions', file), 'utf8').split('\n').length - 1,
      }))
      .filter(({ lines }) => lines >= 25);
    expect(long).toEqual([]);
  });
});
