import { installFunctionsCore } from '../dev/functions-host/core-module';

/**
 * What a cold start's loading is, in a fresh process: the stand-in for the worker's
 * `@azure/functions-core` in place, then the app's files `require`d as the Node worker requires a
 * CommonJS entry point. Prints how many functions registered, so a failed load cannot pass as fast.
 *   node dist/bench/load-app.js <file>...
 */
const core = installFunctionsCore();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as the worker loads CommonJS
for (const file of process.argv.slice(2)) require(file);
console.log(core.registrations.size);
