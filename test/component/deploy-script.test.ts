import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadFunctionApp } from '../../dev/functions-host/host';
import { PROJECT_ROOT, sourceFunctionFiles } from '../support/stack-settings';

/**
 * infra/deploy.sh against a stand-in `az` (test/support/fake-az) that answers as Azure would, and
 * against the real local stack standing in for the deployed API, so that the smoke test makes real
 * requests. No Azure subscription is reachable here; what is checked is the script's own logic: the
 * fail-closed look-ups, the waits, the restart, the trigger check and the smoke test.
 */
interface Reply {
  stdout?: string;
  stderr?: string;
  exit?: number;
}
interface Call {
  args: string[];
}

const SUBSCRIPTION = '00000000-1111-2222-3333-444444444444';
const ENVIRONMENT = 'test';
const GROUP = `rg-keycard-${ENVIRONMENT}`;
const TOKEN = createHash('sha256')
  .update(`${SUBSCRIPTION}/${GROUP}/${ENVIRONMENT}`)
  .digest('hex')
  .slice(0, 13);
const VAULT = `kv-kc-${TOKEN}`;
const APP = `func-keycard-${ENVIRONMENT}-${TOKEN}`;

const notFound = (code: string): Reply => ({
  stderr: `ERROR: (${code}) The resource was not found.\nCode: ${code}\n`,
  exit: 3,
});
const lines = (items: string[]): Reply => ({ stdout: items.map((item) => `${item}\n`).join('') });

let functionNames: string[];
let packageDir: string;

/**
 * The site's deployment (SCM) endpoints as Flex Consumption answers them to azure-cli,
 * Azure/functions-action, Core Tools and azd: `POST /api/publish` takes the zip and answers 202 with
 * the deployment's id as a JSON string; `GET /api/deployments/<id>` answers 404 until the record
 * exists, then 200 with `status` (0 to 2 under way, 4 succeeded, 3 failed), `status_text`, `complete`;
 * `/api/deployments/<id>/log` lists its messages. `/admin/host/status` stands for the host-key route
 * the CLI polls after publishing: it refuses, as on a first deployment.
 */
interface ScmReply {
  status: number;
  body?: unknown;
}
interface ScmRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  bytes: number;
}
const ARM_TOKEN = 'arm-token-for-tests';
const DEPLOYMENT_ID = '411e8e6f-2c1b-4b0e-9d55-0a3b3c4d5e6f';
let scm: { origin: string; server: Server; requests: ScmRequest[]; replies: Record<string, ScmReply[]> };

/** How many times each route of the stand-in has answered, for its replies in turn. */
const scmAnswered = new Map<string, number>();

function scmReplies(replies: Record<string, ScmReply[]>): void {
  scm.requests.length = 0;
  scm.replies = replies;
  scmAnswered.clear();
}

const deploymentStatus = (status: number, text = ''): ScmReply => ({
  status: 200,
  body: { id: DEPLOYMENT_ID, status, status_text: text, complete: status >= 3 || status < 0 },
});

/** A deployment that starts, is seen under way, and succeeds. */
const SUCCEEDS = {
  publish: [{ status: 202, body: DEPLOYMENT_ID }],
  deployment: [{ status: 404 }, deploymentStatus(1, 'Building'), deploymentStatus(4)],
};

beforeAll(async () => {
  const requests: ScmRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] as string;
      requests.push({
        method: req.method ?? '',
        path,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        bytes: Buffer.concat(chunks).length,
      });
      const route =
        path === '/api/publish'
          ? 'publish'
          : path === `/api/deployments/${DEPLOYMENT_ID}`
            ? 'deployment'
            : path === `/api/deployments/${DEPLOYMENT_ID}/log`
              ? 'log'
              : 'other';
      const replies = scm.replies[route] ?? [{ status: route === 'other' ? 401 : 404 }];
      const n = scmAnswered.get(route) ?? 0;
      scmAnswered.set(route, n + 1);
      const reply = replies[Math.min(n, replies.length - 1)] as ScmReply;
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  scm = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    requests,
    replies: SUCCEEDS,
  };
  const core = await loadFunctionApp(sourceFunctionFiles());
  functionNames = [...core.registrations.keys()].sort();
  packageDir = mkdtempSync(join(tmpdir(), 'keycard-package-'));
  writeFileSync(join(packageDir, 'app.zip'), 'not a real package: the stand-in az only records it');
  writeFileSync(join(packageDir, 'functions.txt'), `${functionNames.join('\n')}\n`);
});
afterAll(async () => {
  scm.server.closeAllConnections();
  await new Promise<void>((resolve) => scm.server.close(() => resolve()));
});

/** `az functionapp function list` before the triggers are synced: the HTTP functions only. */
function httpFunctionsListed(): Reply {
  const timersAndQueues =
    /^(events-purge|key-batch-cleanup|notification-send|notification-sweep|redemption-cleanup|webhook-deliver|webhook-sweep)$/;
  return lines(functionNames.filter((n) => !timersAndQueues.test(n)).map((n) => `${APP}/${n}`));
}

/** Azure as a first deployment meets it; `changes` replaces the replies of the named rules. */
function azure(changes: Record<string, Reply[]> = {}): [string, Reply[]][] {
  const { settings, apiBaseUrl } = inject('stack');
  const rules: Record<string, [string, Reply[]]> = {
    account: ['^account show', [lines([SUBSCRIPTION])]],
    bicep: ['^bicep version', [lines(['Bicep CLI version 0.38.5 (3b4c6d1a2e)'])]],
    groupShow: ['^group show', [notFound('ResourceGroupNotFound')]],
    groupCreate: ['^group create', [{}]],
    pepper: ['^resource show --ids .*/secrets/KEY-PEPPER', [notFound('ResourceNotFound')]],
    signedIn: ['^ad signed-in-user show', [lines(['9f0e8d7c-0000-4000-8000-000000000001'])]],
    deploy: ['^deployment group create', [{}]],
    whatIf: ['^deployment group what-if', [lines(['Resource changes: 1 to modify.'])]],
    appName: ['^deployment group show .*functionAppName', [lines([`${APP}`])]],
    apiUrl: ['^deployment group show .*apiBaseUrl', [lines([apiBaseUrl])]],
    vault: ['^deployment group show .*keyVaultName', [lines([VAULT])]],
    scmHost: [
      '^rest --method get --url [^ ]*/sites/[^/ ]*\\?api-version',
      [lines([`${APP}.scm.azurewebsites.net`])],
    ],
    token: ['^account get-access-token', [lines([ARM_TOKEN])]],
    // What the CLI's config-zip does after publishing on Flex; a first deployment cannot read it yet.
    hostKeys: ['^functionapp keys list', [{ stderr: 'ERROR: Failed to fetch host key.\n', exit: 3 }]],
    references: [
      '^rest --method get --url .*/config/configreferences/appsettings',
      [lines(['OPERATOR_TOKEN\tAccessToKeyVaultDenied', 'KEY_PEPPER\tInitialized']), lines([])],
    ],
    restart: ['^functionapp restart', [{}]],
    sync: ['^rest --method post --url .*/syncfunctiontriggers', [{}]],
    list: [
      '^functionapp function list',
      [httpFunctionsListed(), lines(functionNames.map((n) => `${APP}/${n}`))],
    ],
    operatorToken: ['^keyvault secret show', [lines([settings['OPERATOR_TOKEN'] as string])]],
  };
  for (const [name, replies] of Object.entries(changes)) {
    const rule = rules[name];
    if (!rule) throw new Error(`no rule ${name}`);
    rules[name] = [rule[0], replies];
  }
  return Object.values(rules);
}

/**
 * The script's waits. A wait that ends (references resolved, functions listed, the deployment done)
 * ends at once whatever its limit, so these are generous: a busy machine never makes them run out.
 * A test of a wait that never ends sets its own short limit (`limits`), and what it checks is the
 * same: that the script gives up at the limit it states, saying where it stood.
 */
const WAIT_LIMITS = {
  KEYCARD_WAIT_REFERENCES_SECONDS: '30',
  KEYCARD_WAIT_FUNCTIONS_SECONDS: '30',
  KEYCARD_WAIT_HEALTH_SECONDS: '30',
  KEYCARD_PUBLISH_TIMEOUT_SECONDS: '30',
};

async function deploy(
  rules: [string, Reply[]][],
  args: string[] = ['-e', ENVIRONMENT],
  limits: Partial<typeof WAIT_LIMITS> = {},
): Promise<{ status: number; output: string; calls: Call[]; called: (pattern: RegExp) => number[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'keycard-deploy-'));
  const scenario = join(folder, 'scenario.json');
  const log = join(folder, 'calls.jsonl');
  writeFileSync(scenario, JSON.stringify({ rules: rules.map(([args, replies]) => ({ args, replies })) }));
  writeFileSync(log, '');
  const child = spawn('bash', [join(PROJECT_ROOT, 'infra', 'deploy.sh'), ...args], {
    env: {
      ...process.env,
      PATH: `${join(PROJECT_ROOT, 'test', 'support', 'fake-az')}:${process.env['PATH']}`,
      FAKE_AZ_SCENARIO: scenario,
      FAKE_AZ_LOG: log,
      KEYCARD_POLL_SECONDS: '0.1',
      ...WAIT_LIMITS,
      ...limits,
      KEYCARD_SCM_ORIGIN: scm.origin,
      KEYCARD_ENV: '',
      KEYCARD_LOCATION: '',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const calls = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Call);
  const called = (pattern: RegExp) =>
    calls.flatMap((call, index) => (pattern.test(call.args.join(' ')) ? [index] : []));
  return { status, output, calls, called };
}

describe('infra/deploy.sh', () => {
  beforeEach(() => scmReplies(SUCCEEDS));

  it('when it deploys for the first time, then it waits for the Key Vault references, restarts once, syncs until every function is listed, and the smoke test passes', async () => {
    const run = await deploy(azure(), ['-e', ENVIRONMENT, '--package', packageDir]);
    expect(run.status, run.output).toBe(0);
    // Exact names: the token is derived from the subscription, group and environment.
    const [create] = run.called(/^deployment group create/);
    expect(run.calls[create as number]?.args).toEqual(
      expect.arrayContaining([
        `resourceToken=${TOKEN}`,
        'location=westeurope',
        `environmentName=${ENVIRONMENT}`,
      ]),
    );
    expect(run.output).toContain(`Key Vault ${VAULT} has no KEY-PEPPER yet`);
    // References polled until resolved, then exactly one restart, after the last poll.
    const references = run.called(/configreferences/);
    const restarts = run.called(/^functionapp restart/);
    expect(references).toHaveLength(2);
    expect(restarts).toHaveLength(1);
    expect(restarts[0]).toBeGreaterThan(references[1] as number);
    expect(run.output).toMatch(/waiting: OPERATOR_TOKEN AccessToKeyVaultDenied/);
    // Triggers synced after the publish, then listed until the timers and the queue function appear.
    // Published to the site's own deployment host with the ARM token, the zip as the body; its
    // deployment read by id until it succeeded.
    expect(run.called(/^rest --method get --url [^ ]*\/sites\/[^/ ]*\?api-version/)).toHaveLength(1);
    const zipBytes = readFileSync(join(packageDir, 'app.zip')).length;
    expect(scm.requests.filter((r) => r.method === 'POST')).toEqual([
      {
        method: 'POST',
        path: '/api/publish',
        authorization: `Bearer ${ARM_TOKEN}`,
        contentType: 'application/zip',
        bytes: zipBytes,
      },
    ]);
    expect(scm.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      `/api/deployments/${DEPLOYMENT_ID}`,
      `/api/deployments/${DEPLOYMENT_ID}`,
      `/api/deployments/${DEPLOYMENT_ID}`,
    ]);
    expect(run.output).toContain(`deployment ${DEPLOYMENT_ID} succeeded`);
    const [publish] = run.called(/^account get-access-token/);
    const [sync] = run.called(/syncfunctiontriggers/);
    const lists = run.called(/^functionapp function list/);
    expect(sync).toBeGreaterThan(publish as number);
    expect(lists).toHaveLength(2);
    expect(lists[0]).toBeGreaterThan(sync as number);
    expect(run.output).toMatch(
      /waiting for: events-purge key-batch-cleanup notification-send notification-sweep redemption-cleanup webhook-deliver webhook-sweep/,
    );
    // The smoke test made real requests to the API and every check passed.
    const passed = run.output.split('\n').filter((line) => line.startsWith('  ok    '));
    expect(passed.map((line) => line.replace(/^ {2}ok {4}[^:]+: /, ''))).toEqual([
      'GET /openapi.json -> 200',
      'GET /catalog -> 200',
      'GET /tenants -> 401',
      'GET /smoke-test-no-such-path -> 404',
      'DELETE /catalog -> 405',
      'POST /product-keys/lookup -> 422',
    ]);
    expect(run.output).not.toMatch(/FAIL/);
    expect(run.output).toContain('Keycard is up');
  });

  it('when the host key cannot be read yet (a first deployment) and the upload waits for the storage role, then publishing ends on the status of the deployment itself, never asking for a host key', async () => {
    scmReplies({
      publish: [
        { status: 400, body: { Message: 'BlobUploadFailedException: This request is not authorized.' } },
        { status: 202, body: DEPLOYMENT_ID },
      ],
      deployment: [deploymentStatus(2, 'Deploying'), deploymentStatus(4)],
    });
    const run = await deploy(azure(), ['-e', ENVIRONMENT, '--package', packageDir]);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain("waiting: the app's identity cannot write its deployment container yet");
    expect(scm.requests.filter((r) => r.path === '/api/publish')).toHaveLength(2);
    expect(run.output).toContain(`deployment ${DEPLOYMENT_ID} succeeded`);
    // What made config-zip report "Failed to fetch host key" is never asked for.
    expect(run.called(/keys list|listkeys|config-zip/)).toEqual([]);
    expect(scm.requests.filter((r) => r.path.startsWith('/admin/'))).toEqual([]);
    expect(run.output).toContain('Keycard is up');
  });

  it('when the deployment fails, then it stops there with the status text and the log, before any restart or trigger sync', async () => {
    scmReplies({
      publish: [{ status: 202, body: DEPLOYMENT_ID }],
      deployment: [deploymentStatus(1, 'Building'), deploymentStatus(3, 'Deployment Failed.')],
      log: [
        {
          status: 200,
          body: [
            { log_time: '2026-12-06T10:00:00Z', message: 'Package validation failed: host.json missing' },
          ],
        },
      ],
    });
    const run = await deploy(azure(), ['-e', ENVIRONMENT, '--package', packageDir]);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`deployment ${DEPLOYMENT_ID} failed (status 3): Deployment Failed.`);
    expect(run.output).toContain('Package validation failed: host.json missing');
    expect(run.output).toContain(`publishing ${join(packageDir, 'app.zip')} failed`);
    expect(run.called(/^functionapp restart|syncfunctiontriggers/)).toEqual([]);
  });

  it('when the deployment never settles, then publishing ends at its stated limit, saying where it stood', async () => {
    scmReplies({
      publish: [{ status: 202, body: DEPLOYMENT_ID }],
      deployment: [deploymentStatus(1, 'Building')],
    });
    const began = Date.now();
    const run = await deploy(azure(), ['-e', ENVIRONMENT, '--package', packageDir], {
      KEYCARD_PUBLISH_TIMEOUT_SECONDS: '2',
    });
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(
      `deployment ${DEPLOYMENT_ID} has not ended after 2 s (last: HTTP 200, status 1: Building)`,
    );
    // The limit is a promise (2 s here); the bound only guards against a wait without end.
    expect(Date.now() - began).toBeLessThan(60_000);
    expect(run.called(/^functionapp restart|syncfunctiontriggers/)).toEqual([]);
  });

  it('when the deployment record vanishes after it was seen, then the outcome is unknown and it stops, naming the deployment', async () => {
    scmReplies({
      publish: [{ status: 202, body: DEPLOYMENT_ID }],
      deployment: [deploymentStatus(1, 'Building'), { status: 404 }],
    });
    const run = await deploy(azure(), ['-e', ENVIRONMENT, '--package', packageDir]);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`deployment ${DEPLOYMENT_ID} is no longer listed: its outcome is unknown`);
  });

  it('when looking for KEY-PEPPER is throttled or fails, then it stops before deploying anything, saying why', async () => {
    for (const reply of [
      { stderr: 'ERROR: (TooManyRequests) Rate limit exceeded. Retry after 30 seconds.\n', exit: 1 },
      { stderr: 'ERROR: (InternalServerError) Encountered internal server error.\n', exit: 1 },
      {
        stderr:
          "ERROR: (AuthorizationFailed) The client does not have authorization to perform action 'Microsoft.KeyVault/vaults/secrets/read'.\n",
        exit: 1,
      },
    ]) {
      const run = await deploy(azure({ groupShow: [lines(['westeurope'])], pepper: [reply] }));
      expect(run.status, run.output).toBe(1);
      expect(run.output).toContain('only "not found" may be taken as missing');
      expect(run.output).toContain(reply.stderr.trim());
      expect(run.called(/^deployment group create/)).toEqual([]);
      expect(run.called(/^group create/)).toEqual([]);
    }
  });

  it('when the group exists and holds the pepper, then it keeps the secrets, deploys where the group is, and --infra-only skips the app and says so', async () => {
    const run = await deploy(
      azure({ groupShow: [lines(['northeurope'])], pepper: [lines(['{"name": "KEY-PEPPER"}'])] }),
      ['-e', ENVIRONMENT, '--infra-only'],
    );
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`Key Vault ${VAULT} holds KEY-PEPPER: kept as it is`);
    // The look-up used the vault's exact name, not a search by tag.
    const [lookup] = run.called(/^resource show/);
    expect(run.calls[lookup as number]?.args.join(' ')).toContain(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/${GROUP}/providers/Microsoft.KeyVault/vaults/${VAULT}/secrets/KEY-PEPPER`,
    );
    expect(run.called(/^keyvault list/)).toEqual([]);
    const [create] = run.called(/^deployment group create/);
    expect(run.calls[create as number]?.args).toContain('location=northeurope');
    expect(run.called(/^group create/)).toEqual([]);
    expect(run.called(/get-access-token|syncfunctiontriggers|function list/)).toEqual([]);
    expect(run.output).toMatch(
      /--infra-only: no package published, so no trigger sync, health check or smoke test/,
    );
  });

  it('when Azure never lists the timers and the queue function, then it fails naming them', async () => {
    const run = await deploy(
      azure({ list: [httpFunctionsListed()] }),
      ['-e', ENVIRONMENT, '--package', packageDir],
      { KEYCARD_WAIT_FUNCTIONS_SECONDS: '1' },
    );
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(
      /Azure does not list these functions of the package after 1 s: events-purge key-batch-cleanup notification-send notification-sweep redemption-cleanup webhook-deliver webhook-sweep/,
    );
    expect(run.called(/syncfunctiontriggers/)).toHaveLength(1);
  });

  it('when a Key Vault reference never resolves, then it fails naming the setting and its status, and never restarts on it', async () => {
    const run = await deploy(
      azure({ references: [lines(['KEY_PEPPER\tAccessToKeyVaultDenied'])] }),
      ['-e', ENVIRONMENT, '--package', packageDir],
      { KEYCARD_WAIT_REFERENCES_SECONDS: '1' },
    );
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(
      /Key Vault references still unresolved after 1 s:\n {2}KEY_PEPPER\tAccessToKeyVaultDenied/,
    );
    expect(run.called(/^functionapp restart/)).toEqual([]);
  });

  it('when the arguments or the tools are wrong, then it stops before changing anything', async () => {
    const badName = await deploy(azure(), ['-e', 'Prod_1']);
    expect(badName.status).toBe(2);
    expect(badName.output).toContain('the environment name must be 1 to 16 of a-z, 0-9 and "-"');
    expect(badName.calls).toEqual([]);

    const oldBicep = await deploy(azure({ bicep: [lines(['Bicep CLI version 0.37.4 (0a1b2c3d4e)'])] }));
    expect(oldBicep.status).toBe(1);
    expect(oldBicep.output).toContain(
      'Bicep 0.37.4 is too old: 0.38.3 or later is needed; run az bicep upgrade',
    );

    const elsewhere = await deploy(azure({ groupShow: [lines(['northeurope'])] }), [
      '-e',
      ENVIRONMENT,
      '-l',
      'westus',
    ]);
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.output).toContain(`${GROUP} is in northeurope, not westus`);

    for (const run of [oldBicep, elsewhere])
      expect(run.called(/^(group|deployment group) create/)).toEqual([]);
  });

  it('when --what-if is given, then it prints the plan and changes nothing', async () => {
    const run = await deploy(azure({ groupShow: [lines(['westeurope'])], pepper: [lines(['{}'])] }), [
      '-e',
      ENVIRONMENT,
      '--what-if',
    ]);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Resource changes: 1 to modify.');
    expect(run.called(/create|get-access-token|restart|rest --method post/)).toEqual([]);
  });
});
