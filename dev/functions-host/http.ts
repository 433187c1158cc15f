import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registration } from './core-module';
import {
  compareSpecificity,
  compileRoute,
  matchRoute,
  type CompiledRoute,
} from '../../shared/http/route-template';

/** HTTP triggers: requests routed by the registered templates, as Azure would. */
export interface HttpFunction {
  registration: Registration;
  route: CompiledRoute;
  methods: string[];
}

const MAX_BODY_BYTES = 100 * 1024 * 1024;

export function httpFunctions(registrations: Iterable<Registration>): HttpFunction[] {
  const functions: HttpFunction[] = [];
  for (const registration of registrations) {
    const trigger = registration.trigger;
    if (trigger.type !== 'httpTrigger') continue;
    const methods = ((trigger['methods'] as string[] | undefined) ?? ['GET', 'POST']).map((m) =>
      m.toUpperCase(),
    );
    functions.push({
      registration,
      route: compileRoute(String(trigger['route'] ?? registration.name)),
      methods,
    });
  }
  return functions.sort((a, b) => compareSpecificity(a.route, b.route));
}

export function findHttpFunction(
  functions: HttpFunction[],
  method: string,
  path: string,
): { fn: HttpFunction; params: Record<string, string> } | undefined {
  for (const fn of functions) {
    if (!fn.methods.includes(method)) continue;
    const params = matchRoute(fn.route, path);
    if (params) return { fn, params };
  }
  return undefined;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export type Logger = (line: string) => void;

export function invocationContext(
  registration: Registration,
  log: Logger,
  triggerMetadata?: Record<string, unknown>,
) {
  return new InvocationContext({
    invocationId: randomUUID(),
    functionName: registration.name,
    logHandler: (level, ...args) => log(`[${registration.name}] ${level}: ${args.map(describe).join(' ')}`),
    ...(triggerMetadata ? { triggerMetadata } : {}),
    options: { trigger: registration.trigger as never, extraInputs: [], extraOutputs: [] },
  });
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Runs one HTTP function for a node request and writes what it answered. */
export async function serveHttpFunction(
  fn: HttpFunction,
  params: Record<string, string>,
  req: IncomingMessage,
  res: ServerResponse,
  baseUrl: string,
  log: Logger,
): Promise<void> {
  const body = await readBody(req);
  const request = new HttpRequest({
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', baseUrl).toString(),
    headers: headersOf(req),
    params,
    ...(body.length > 0 ? { body: { bytes: body } } : {}),
  });
  const context = invocationContext(fn.registration, log);
  let response: HttpResponse;
  try {
    const result = (await fn.registration.handler(request, context)) as
      HttpResponseInit | HttpResponse | undefined;
    response = result instanceof HttpResponse ? result : new HttpResponse(result ?? {});
  } catch (error) {
    // As in Azure: an unhandled exception is a bare 500; the details go to the log only.
    log(`[${fn.registration.name}] unhandled: ${describe(error)}`);
    res.writeHead(500).end();
    return;
  }
  const payload = Buffer.from(await response.arrayBuffer());
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.writeHead(response.status);
  res.end(payload);
}
