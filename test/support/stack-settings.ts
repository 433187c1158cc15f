import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { onFreePorts } from '../../dev/free-settings';
import { functionFilesFromMain } from '../../dev/stack';
import type { HostJson } from '../../dev/functions-host/host';

export const PROJECT_ROOT = join(__dirname, '..', '..');

/**
 * The app as it ships: the bundle `package.json` `main` names (dev/bundle-app.mjs, written by the
 * `npm run build` that `npm test` runs first). The shared stack of the component tests serves it.
 */
export function shippedAppFiles(): string[] {
  const { main } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string };
  const files = functionFilesFromMain(PROJECT_ROOT, main);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(`${missing.join(', ')} is not built: run "npm run build" (npm test does) first.`);
  return files;
}

/**
 * The app's function files from source, which the bundle is built from: for the hosts a test file
 * starts in its own process (own-host.ts), which reach into the app's runtime from source.
 */
export function sourceFunctionFiles(): string[] {
  const folder = join(PROJECT_ROOT, 'functions');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(folder, name));
}

export function hostJson(): HostJson {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'host.json'), 'utf8')) as HostJson;
}

export function sampleSettings(): Record<string, string> {
  const sample = JSON.parse(readFileSync(join(PROJECT_ROOT, 'local.settings.sample.json'), 'utf8')) as {
    Values: Record<string, string>;
  };
  return sample.Values;
}

/** The sample settings moved to free ports, so tests never collide with a running `npm start`. */
export async function testSettings(): Promise<{ settings: Record<string, string>; httpPort: number }> {
  const { settings, httpPort } = await onFreePorts(sampleSettings());
  return { httpPort, settings: { ...settings, COSMOS_DATABASE: 'keycard-test' } };
}
