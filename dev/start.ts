import { demoOnEmptyStore } from './demo';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../shared/config';
import type { HostJson } from './functions-host/host';
import { parseEmailQuota } from './email-server';
import { describeFaults, parseFaultOption } from './faults';
import { PortInUseError } from './ports';
import { quietLog } from './quiet-log';
import { ensureLocalSettings } from './settings';
import { functionFilesFromMain, startLocalStack, type CosmosGatewaySettings } from './stack';

/**
 * `npm start`: the whole Keycard stack on this machine. Options:
 *   --fresh            start with empty data (Cosmos documents, queues, clock)
 *   --settings <file>  another local.settings.json
 *   --data-dir <dir>   where data is kept between runs (default .local)
 *   --quiet            do not log each request, nor functions' information lines; warnings and errors are
 *                      still written (to stderr)
 *   --services-only    only Cosmos DB, Azurite and the email endpoint, for `func start` (Core Tools)
 *   --host-only        only the Functions host, on the services of a `--services-only` process with the
 *                      same settings (the bench measures the app's own process this way)
 *   --email-quota Q    sending limits of the local email endpoint, e.g. 5/60s,10/1h, or azure-managed
 *                      (the limits of an Azure-managed domain): beyond them it answers 429 as ACS does
 *   --faults F         put a fault-injecting proxy in front of Cosmos DB, the queue and the email endpoint:
 *                      F is the share of requests that fail, in percent, for all (5) or per service
 *                      (cosmos=5,queue=2,email=0), plus latency=MS; 0 to start clean and change it later
 *                      with POST /admin/faults
 *   --cosmos-ranges N  partition key ranges of every Cosmos DB container (default 1, as a new serverless
 *                      container has; 4 exercises the merges of cross-partition queries)
 *   --cosmos-ru-per-second N  each container's request-unit budget, beyond which Cosmos DB answers 429
 *                      as Azure does (default 5000, a serverless container's; 0 = no limit)
 *   --cosmos-gateway off  serve the embedded Cosmos DB server as it is, without the Azure-shaped
 *                      gateway (query plans, ranges, charges, limits): for debugging only
 */
/** `--cosmos-ranges`, `--cosmos-ru-per-second`, `--cosmos-gateway off`. */
function cosmosGatewayOption(values: {
  'cosmos-ranges'?: string | undefined;
  'cosmos-ru-per-second'?: string | undefined;
  'cosmos-gateway'?: string | undefined;
}): Partial<CosmosGatewaySettings> | false {
  if (values['cosmos-gateway'] !== undefined && values['cosmos-gateway'] !== 'on') {
    if (values['cosmos-gateway'] !== 'off') throw new Error('--cosmos-gateway is on or off');
    return false;
  }
  const number = (name: 'cosmos-ranges' | 'cosmos-ru-per-second', min: number, max: number) => {
    const text = values[name];
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`--${name} takes a whole number from ${min} to ${max}`);
    return value;
  };
  const ranges = number('cosmos-ranges', 1, 64);
  const ruPerSecond = number('cosmos-ru-per-second', 0, 1_000_000);
  return {
    ...(ranges !== undefined ? { ranges } : {}),
    ...(ruPerSecond !== undefined ? { ruPerSecond } : {}),
  };
}

function projectRootFrom(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('package.json not found above ' + start);
    folder = parent;
  }
  return folder;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      settings: { type: 'string' },
      'data-dir': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'services-only': { type: 'boolean', default: false },
      'host-only': { type: 'boolean', default: false },
      'email-quota': { type: 'string' },
      faults: { type: 'string' },
      'cosmos-ranges': { type: 'string' },
      'cosmos-ru-per-second': { type: 'string' },
      'cosmos-gateway': { type: 'string' },
    },
  });
  const cosmosGateway = cosmosGatewayOption(values);
  const faults = values.faults !== undefined ? parseFaultOption(values.faults) : undefined;
  const emailQuota = values['email-quota'] ? parseEmailQuota(values['email-quota']) : undefined;
  const projectRoot = projectRootFrom(__dirname);
  const settingsFile = resolve(values.settings ?? join(projectRoot, 'local.settings.json'));
  const { settings, created, addedFromSample } = await ensureLocalSettings(projectRoot, settingsFile);
  if (created) console.log(`Created ${settingsFile} from local.settings.sample.json.`);
  if (addedFromSample.length > 0) {
    console.log(
      `${settingsFile} lacks ${addedFromSample.join(', ')}: using the values of local.settings.sample.json.`,
    );
  }
  const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { main: string };
  const hostJson = JSON.parse(readFileSync(join(projectRoot, 'host.json'), 'utf8')) as HostJson;

  const stack = await startLocalStack({
    projectRoot,
    settings: settings.Values,
    httpPort: settings.Host?.LocalHttpPort ?? 7071,
    // The data (and the clock) are the services' process's.
    dataDir: values['host-only'] ? null : resolve(values['data-dir'] ?? join(projectRoot, '.local')),
    fresh: values.fresh && !values['host-only'],
    functionFiles: functionFilesFromMain(projectRoot, packageJson.main),
    hostJson,
    timers: 'schedule',
    log: values.quiet ? quietLog : (line) => console.log(line),
    withHost: !values['services-only'],
    withServices: !values['host-only'],
    ...(emailQuota ? { emailQuota } : {}),
    ...(faults ? { faults } : {}),
    cosmosGateway,
  });

  if (!stack.host) {
    console.log(`
Keycard's local services are running: Cosmos DB (${stack.settings['COSMOS_ENDPOINT']}), Azurite, the email endpoint.
  Now run "func start" in another terminal; it reads the same local.settings.json.
  Inbox           ${stack.inboxUrl}
  Operator token  ${stack.settings['OPERATOR_TOKEN']}
Press Ctrl-C to stop.`);
  } else {
    const base = stack.url.replace('127.0.0.1', 'localhost');
    console.log(`
Keycard is running (${stack.host.registrations.size} functions).
  Console         ${base}/api/v1/console/
  API base URL    ${base}/api/v1          (try ${base}/api/v1/health)
  OpenAPI         ${base}/api/v1/openapi.json
  Operator token  ${stack.settings['OPERATOR_TOKEN']}
  Inbox           ${base}/admin/mail.html
  Webhooks        ${base}/admin/webhooks.html (a receiver: ${base}/admin/webhooks/receive/<name>)
  Clock           ${base}/admin/clock     (now ${stack.clock.now().toISOString()})${
    stack.faults ? `\n  Faults          ${base}/admin/faults    (${describeFaults(stack.faults)})` : ''
  }
  Cosmos DB       ${base}/admin/cosmos    (${
    stack.cosmosGateway
      ? `as Azure's gateway answers: ${stack.cosmosGateway.ranges} range(s), ${stack.cosmosGateway.ruPerSecond() || 'unlimited'} RU/s a container`
      : 'the embedded server as it is (--cosmos-gateway off)'
  })
Press Ctrl-C to stop.`);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      console.log('Stopping now.');
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: stopping (data is saved; Ctrl-C again to force)…`);
    stack
      .stop()
      .then(() => process.exit(0))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  if (stack.host) {
    // After the banner and the signal handlers: Ctrl-C works while it is being made.
    const demo = await demoOnEmptyStore(stack.apiBaseUrl, stack.settings['OPERATOR_TOKEN'] as string).catch(
      (error: unknown) => {
        if (stopping) return null; // stopped while it was being made
        throw error;
      },
    );
    if (demo) {
      console.log(`
A demo partner for the console (this store was empty; shown once, start with --fresh for new ones):
  Partner token   ${demo.token}
  Product keys    ${demo.keys.join('\n                  ')}`);
    }
  }
}

main().catch((error) => {
  if (error instanceof PortInUseError) console.error(error.message);
  else if (error instanceof ConfigError) console.error(`local.settings.json: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
