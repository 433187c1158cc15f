import { app, type HttpHandler, type InvocationContext, type Timer } from '@azure/functions';
import type { AppDeps } from './app/deps';
import type { Log } from './app/ports';
import {
  endpoint,
  logOf,
  probeEndpoint,
  publicEndpoint,
  type EndpointHandler,
  type EndpointInput,
  type EndpointOptions,
  type PublicInput,
} from './http/endpoint';
import type { Operation } from './http/operation';
import type { Reply } from './http/responses';
import { runtime, timerRuntime } from './runtime';
import { absorbStrayAborts } from './stray-aborts';

/**
 * The glue between the Azure Functions programming model and the app: each function file registers in
 * one line, from its operation's descriptor (name, route, method) or its trigger's own few facts, and
 * its handler is given the ports the composition root (runtime.ts) builds once per process.
 * Authentication is the app's (bearer tokens), so every HTTP function is `anonymous` to the host.
 */
const deps = () => runtime().deps;
absorbStrayAborts();
const STORE_PING_TIMEOUT_MS = 3_000;

function http(operation: Operation<unknown, unknown>, handler: EndpointHandler): EndpointHandler {
  app.http(operation.name, {
    route: operation.route,
    methods: [operation.method],
    authLevel: 'anonymous',
    handler,
  });
  return handler;
}

export function registerHttp<Body, Query>(
  operation: Operation<Body, Query>,
  run: (input: EndpointInput<Body, Query>) => Promise<Reply>,
  options: EndpointOptions = {},
): EndpointHandler {
  return http(operation as Operation<unknown, unknown>, endpoint(operation, run, deps, options));
}

export function registerPublicHttp<Body>(
  operation: Operation<Body, unknown>,
  run: (input: PublicInput<Body>) => Promise<Reply>,
): EndpointHandler {
  return http(operation as Operation<unknown, unknown>, publicEndpoint(operation, run, deps));
}

/** The health probe: its `ping` reports unusable settings (ConfigError) or a store that does not answer. */
export function registerHealth(
  operation: Operation,
  run: (input: { ping: () => Promise<void>; log: Log }) => Promise<Reply>,
): EndpointHandler {
  const ping = () => runtime().store.ping(STORE_PING_TIMEOUT_MS);
  return http(operation as Operation<unknown, unknown>, probeEndpoint(operation, run, ping));
}

/**
 * A timer: six-field NCRONTAB, UTC. On unusable settings the run is skipped with a logged error (the
 * next run tries again; a timer's work is found again from the store). `run` says what it did.
 */
export function registerTimer(
  name: string,
  schedule: string,
  run: (deps: AppDeps, log: Log) => Promise<string>,
): (timer: Timer, context: InvocationContext) => Promise<void> {
  const handler = async (_timer: Timer, context: InvocationContext) => {
    const rt = timerRuntime(context);
    if (!rt) return;
    const log = logOf(context);
    context.log(`${name}: ${await run({ ...rt.deps, log }, log)}`);
  };
  app.timer(name, { schedule, handler });
  return handler;
}

/**
 * A storage-queue trigger. A thrown error fails the message: the queue delivers it again and after
 * `maxDequeueCount` deliveries moves it to `<queue>-poison`; unusable settings fail it the same way.
 */
export function registerQueue(
  name: string,
  trigger: { queueName: string; connection: string },
  run: (message: unknown, deps: AppDeps, log: Log, metadata: Record<string, unknown>) => Promise<void>,
): (message: unknown, context: InvocationContext) => Promise<void> {
  const handler = async (message: unknown, context: InvocationContext) => {
    const log = logOf(context);
    await run(message, { ...runtime().deps, log }, log, context.triggerMetadata ?? {});
  };
  app.storageQueue(name, { ...trigger, handler });
  return handler;
}

/** A route that takes every path and method the operations do not serve (functions/zz-not-found.ts). */
export function registerCatchAll(name: string, handler: HttpHandler): HttpHandler {
  app.http(name, {
    route: '{*path}',
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
    authLevel: 'anonymous',
    handler,
  });
  return handler;
}
