import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startLocalStack, type LocalStack } from '../../dev/stack';
import { PROJECT_ROOT, hostJson, shippedAppFiles, testSettings } from './stack-settings';

export interface StackInfo {
  url: string;
  apiBaseUrl: string;
  settings: Record<string, string>;
  /** The embedded Cosmos DB server behind the stack's gateway: for gateways of a test's own. */
  cosmosServerEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

let stack: LocalStack | undefined;

/** Starts the local stack once for all component tests, on free ports, in memory, serving the bundle that ships. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logDir = join(PROJECT_ROOT, '.local');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'test-host.log');
  writeFileSync(logFile, '');
  const { settings, httpPort } = await testSettings();
  stack = await startLocalStack({
    projectRoot: PROJECT_ROOT,
    settings,
    httpPort,
    dataDir: null,
    functionFiles: shippedAppFiles(),
    hostJson: hostJson(),
    timers: 'manual',
    log: (line) => {
      appendFileSync(logFile, `${line}\n`);
      if (line.includes('unhandled')) console.error(line);
    },
  });
  project.provide('stack', {
    url: stack.url,
    apiBaseUrl: stack.apiBaseUrl,
    settings: stack.settings,
    cosmosServerEndpoint: stack.cosmosServerEndpoint as string,
  });
  return async () => {
    await stack?.stop();
  };
}
