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
  type HandlerReply,
  type EndpointOptions,
  type PublicInput,
} from './http/endpoint';
import type { AnyOperation, Operation, ResponseSpec } from './http/operation';
import type { Reply } from './http/responses';
import { ConfigError } from './config';
import { runtimeFromEnvironment, type Runtime } from './runtime';
import { absorbStrayAborts } from './stray-aborts';

/**
 * The glue between the Azure Functions programming model and the app: each function file registers in
 * one line, from its operation's descriptor (name, route, method) or its trigger's own few facts, and
 * its handler is given the ports of this app's runtime. Authentication is the app's (bearer tokens),
 * so every HTTP function is `anonymous` to the host.
 *
 * The runtime belongs to this app instance, one loaded copy of the app: every handler registered here
 * closes over it. In Azure the worker loads the app once and the runtime is built from the environment
 * at the first invocation (a failed build, unusable settings, is tried again at the next). A host that
 * loads an instance of its own passes the runtime it built (`useRuntime`): each load of the bundle is an
 * instance with its own, so several apps can live in one process (dev/functions-host/host.ts).
 */
const instance: { runtime: Runtime | undefined; build: () => Runtime } = {
  runtime: undefined,
  build: runtimeFromEnvironment,
};

function runtime(): Runtime {
  instance.runtime ??= instance.build();
  return instance.runtime;
}

/** Passes this app instance its runtime, or a factory its first invocation calls (settings read late). */
export function useRuntime(next: Runtime | (() => Runtime)): void {
  instance.runtime = typeof next === 'function' ? undefined : next;
  instance.build = typeof next === 'function' ? next : runtimeFromEnvironment;
}

const deps = () => runtime().deps;
absorbStrayAborts();
const STORE_PING_TIMEOUT_MS = 3_000;

/**
 * HEAD is registered beside GET, never added by the host: Azure's host routes a method only to a
 * function that lists it (the local host does the same: dev/functions-host/http.ts).
 */
export function methodsOf(operation: AnyOperation): ('GET' | 'HEAD' | AnyOperation['method'])[] {
  return operation.method === 'GET' ? ['GET', 'HEAD'] : [operation.method];
}

function http(operation: AnyOperation, handler: EndpointHandler): EndpointHandler {
  app.http(operation.name, {
    route: operation.route,
    methods: methodsOf(operation),
    authLevel: 'anonymous',
    handler,
  });
  return handler;
}

/**
 * An operation's function: `run` answers one of the answers the descriptor declares, made with the
 * helpers of shared/http/responses.ts (`ok`, `created`, …); any other fails to compile.
 */
export function registerHttp<Body, Query, Responses extends readonly ResponseSpec[]>(
  operation: Operation<Body, Query, Responses>,
  run: (input: EndpointInput<Body, Query>) => Promise<HandlerReply<Responses>>,
  options: EndpointOptions = {},
): EndpointHandler {
  return http(operation, endpoint(operation, run, deps, options));
}

export function registerPublicHttp<Body, Responses extends readonly ResponseSpec[]>(
  operation: Operation<Body, unknown, Responses>,
  run: (input: PublicInput<Body>) => Promise<HandlerReply<Responses>>,
): EndpointHandler {
  return http(operation, publicEndpoint(operation, run, deps));
}

/** The health probe: its `ping` reports unusable settings (ConfigError) or a store that does not answer. */
export function registerHealth(
  operation: AnyOperation,
  run: (input: { ping: () => Promise<void>; log: Log }) => Promise<Reply>,
): EndpointHandler {
  const ping = () => runtime().store.ping(STORE_PING_TIMEOUT_MS);
  return http(operation, probeEndpoint(operation, run, ping));
}

/**
 * A timer: six-field NCRONTAB, UTC. On unusable settings the run is skipped with a logged error (the
 * next run tries again; a timer's work is found again from the store). `run` says what it did; its
 * deps log to the invocation.
 */
export function registerTimer(
  name: string,
  schedule: string,
  run: (deps: AppDeps) => Promise<string>,
): (timer: Timer, context: InvocationContext) => Promise<void> {
  const handler = async (_timer: Timer, context: InvocationContext) => {
    let rt: Runtime;
    try {
      rt = runtime();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      context.error(`${name}: run skipped, the settings are not usable: ${error.problems.join('; ')}`);
      return;
    }
    context.log(`${name}: ${await run({ ...rt.deps, log: logOf(context) })}`);
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
  run: (message: unknown, deps: AppDeps, metadata: Record<string, unknown>) => Promise<void>,
): (message: unknown, context: InvocationContext) => Promise<void> {
  const handler = async (message: unknown, context: InvocationContext) => {
    await run(message, { ...runtime().deps, log: logOf(context) }, context.triggerMetadata ?? {});
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
