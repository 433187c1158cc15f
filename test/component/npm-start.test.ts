import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortFree } from '../../dev/ports';
import { PROJECT_ROOT, testSettings } from '../support/stack-settings';

/**
 * `npm start` as a user runs it: the compiled stack in its own process (npm test builds first),
 * on free ports, with its data in a temporary folder.
 */
const START = join(PROJECT_ROOT, 'dist', 'dev', 'start.js');
let folder: string;
let settingsFile: string;
let settings: Record<string, string>;
let httpPort: number;
let queuePort: number;

beforeAll(async () => {
  if (!existsSync(START)) throw new Error(`${START} is missing: run "npm run build" first (npm test does).`);
  folder = await mkdtemp(join(tmpdir(), 'keycard-start-'));
  const chosen = await testSettings();
  settings = chosen.settings;
  httpPort = chosen.httpPort;
  queuePort = Number(
    /QueueEndpoint=http:\/\/127\.0\.0\.1:(\d+)/.exec(settings['AzureWebJobsStorage'] ?? '')?.[1],
  );
  settingsFile = join(folder, 'local.settings.json');
  await writeFile(
    settingsFile,
    JSON.stringify({ IsEncrypted: false, Values: settings, Host: { LocalHttpPort: httpPort } }),
  );
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

const base = () => `http://127.0.0.1:${httpPort}`;

async function start(...extra: string[]): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    [START, '--settings', settingsFile, '--data-dir', join(folder, 'data'), '--quiet', ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', () => reject(new Error(`npm start exited: ${output}`))),
  );
  // A guard against a hang, not a speed check (the start-up time is measured by npm run bench).
  const healthy = expect
    .poll(async () => (await fetch(`${base()}/api/v1/health`).catch(() => null))?.status, {
      timeout: 60_000,
      interval: 100,
    })
    .toBe(200);
  // Racing also handles `exited`, which rejects again when the test stops the stack.
  await Promise.race([healthy, exited]).catch((error: Error) => {
    throw new Error(`${error.message}\n${output}`);
  });
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

describe('npm start', () => {
  it('when started, then it serves health and prints the operator token, the base URL and the inbox', async () => {
    const { child, output } = await start('--fresh');
    expect(output()).toContain(settings['OPERATOR_TOKEN']);
    expect(output()).toContain(`http://localhost:${httpPort}/api/v1`);
    expect(output()).toContain(`http://localhost:${httpPort}/admin/mail.html`);
    expect(output()).toContain(`http://localhost:${httpPort}/api/v1/console/`);
    // An empty store gets a demo partner whose token works, and demo keys in the card's format.
    await expect.poll(() => output(), { timeout: 30_000 }).toContain('Product keys');
    const demoToken = /Partner token\s+(kcp_\S+)/.exec(output())?.[1];
    const me = await fetch(`${base()}/api/v1/partners/me`, {
      headers: { authorization: `Bearer ${demoToken}` },
    });
    expect(me.status).toBe(200);
    expect(output().match(/\b(?:[A-Z0-9]{5}-){4}[A-Z0-9]{5}\b/g)?.length).toBe(4);
    expect(await stop(child)).toBe(0);
  });

  it('when stopped with Ctrl-C and started again, then every child is gone in between and the data survived', async () => {
    const first = await start('--fresh');
    const created = await fetch(`${base()}/api/v1/partners`, {
      method: 'POST',
      headers: { authorization: `Bearer ${settings['OPERATOR_TOKEN']}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Persisted',
        partnerId: '7654321',
        email: 'p@example.com',
        cloudEssentials: false,
      }),
    });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    await fetch(`${base()}/admin/clock`, { method: 'POST', body: JSON.stringify({ advanceDays: 2 }) });
    expect(await stop(first.child)).toBe(0);

    // Azurite, the Cosmos server, the email endpoint and the host released their ports.
    await expect(assertPortFree(queuePort, 'Azurite queue', 'x')).resolves.toBeUndefined();
    await expect(assertPortFree(httpPort, 'host', 'x')).resolves.toBeUndefined();

    const second = await start();
    const me = await fetch(`${base()}/api/v1/partners/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const clock = (await (await fetch(`${base()}/admin/clock`)).json()) as { offsetMs: number };
    expect(clock.offsetMs).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(await stop(second.child)).toBe(0);

    const fresh = await start('--fresh');
    expect(
      (await fetch(`${base()}/api/v1/partners/me`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
    expect(await stop(fresh.child)).toBe(0);
  });

  it('when killed with kill -9, then its children go with it and the next start has everything it acknowledged', async () => {
    const first = await start('--fresh');
    const register = (n: number) =>
      fetch(`${base()}/api/v1/partners`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${settings['OPERATOR_TOKEN']}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          name: `Crash ${n}`,
          partnerId: `88000${n}0`,
          email: 'c@example.com',
          cloudEssentials: false,
        }),
      });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => register(n)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    const tokens = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { token: string }).token),
    );
    await fetch(`${base()}/admin/clock`, { method: 'POST', body: JSON.stringify({ advanceDays: 3 }) });
    // Killed the moment the last answer arrived: no graceful stop, no snapshot.
    const killed = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await killed;

    // Azurite noticed its parent was gone and released its ports.
    await expect
      .poll(
        () =>
          assertPortFree(queuePort, 'Azurite queue', 'x').then(
            () => 'free',
            () => 'held',
          ),
        {
          timeout: 15_000,
          interval: 200,
        },
      )
      .toBe('free');

    const second = await start();
    const statuses = await Promise.all(
      tokens.map(
        async (token) =>
          (await fetch(`${base()}/api/v1/partners/me`, { headers: { authorization: `Bearer ${token}` } }))
            .status,
      ),
    );
    expect(statuses).toEqual(Array(12).fill(200));
    const clock = (await (await fetch(`${base()}/admin/clock`)).json()) as { offsetMs: number };
    expect(clock.offsetMs).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(await stop(second.child)).toBe(0);
  });
});
