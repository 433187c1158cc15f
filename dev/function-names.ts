import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFunctionApp } from './functions-host/host';
import { functionFilesFromMain } from './stack';

/**
 * Prints the names of the functions the built app registers, one a line, sorted: what Azure must list
 * after a deployment (infra/deploy.sh compares it with `az functionapp function list`). Loads the app
 * as the worker does; no setting is read, as registration needs none.
 *   node dist/dev/function-names.js [project root]
 */
async function main(): Promise<void> {
  const root = process.argv[2] ?? join(__dirname, '..', '..');
  const { main: entry } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
  const core = await loadFunctionApp(functionFilesFromMain(root, entry));
  console.log([...core.registrations.keys()].sort().join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
