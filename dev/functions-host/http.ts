import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registration } from './core-module';
import {
  compareSpecificity,
  compileRoute,
  matchRoute,
  routesOverlap,
  type CompiledRoute,
} from '../../shared/http/route-template';

/**
 * HTTP triggers, routed as Azure routes them. The host adds one route per function in the order of
 * the function names (ordinal, ignoring case), and a request goes to the first route whose template
 * matches the path and whose methods include the request's; there is no precedence by specificity
 * (Azure/azure-functions-host#9876 and #3153, Azure/azure-functions-nodejs-library#300, all open; the
 * precedence change Azure/azure-webjobs-sdk-extensions#842 was never merged). A catch-all named before
 * a literal route therefore shadows it, here as in Azure.
 */
export interface HttpFunction {
  registration: Registration;
  route: CompiledRoute;
  methods: string[];
}

/** .NET's StringComparer.OrdinalIgnoreCase over function names (ASCII: upper-case, then code units). */
export function compareFunctionNames(a: string, b: string): number {
  const left = a.toUpperCase();
  const right = b.toUpperCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Azure's limits on an HTTP trigger ("Azure Functions HTTP triggers and bindings", Limits; "Function app
 * timeout duration"): a request of at most 100 MB (104,857,600 bytes), a URL of at most 4 KB, and an
 * answer within 230 seconds, when the front end's load balancer gives up on it with a 502.
 */
export interface HttpLimits {
  maxBodyBytes: number;
  maxUrlBytes: number;
  responseTimeoutMs: number;
}

export const AZURE_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 104_857_600,
  maxUrlBytes: 4_096,
  responseTimeoutMs: 230_000,
};

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

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
  return functions.sort((a, b) => compareFunctionNames(a.registration.name, b.registration.name));
}

/**
 * Routes that Azure's order makes unreachable for some requests they were written for: an earlier
 * function whose template overlaps a later one's (for a shared method) without being more specific.
 * Empty when every overlap is resolved the way a reader of the templates would expect.
 */
export function shadowedRoutes(functions: HttpFunction[]): string[] {
  const ordered = [...functions].sort((a, b) =>
    compareFunctionNames(a.registration.name, b.registration.name),
  );
  const problems: string[] = [];
  ordered.forEach((earlier, index) => {
    for (const later of ordered.slice(index + 1)) {
      const methods = later.methods.filter((m) => earlier.methods.includes(m));
      if (methods.length === 0 || !routesOverlap(earlier.route, later.route)) continue;
      if (compareSpecificity(earlier.route, later.route) < 0) continue;
      problems.push(
        `${earlier.registration.name} (${earlier.route.template}) comes before ${later.registration.name} (${later.route.template}) and answers its ${methods.join('/')} requests`,
      );
    }
  });
  return problems;
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

export async function readBody(
  req: IncomingMessage,
  maxBytes: number = AZURE_HTTP_LIMITS.maxBodyBytes,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
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
  limits: HttpLimits = AZURE_HTTP_LIMITS,
): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req, limits.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.writeHead(413, { connection: 'close' }).end();
    req.destroy();
    return;
  }
  const request = new HttpRequest({
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', baseUrl).toString(),
    headers: headersOf(req),
    params,
    ...(body.length > 0 ? { body: { bytes: body } } : {}),
  });
  const context = invocationContext(fn.registration, log);
  let response: HttpResponse;
  let timer: NodeJS.Timeout | undefined;
  // As the front end does: past the limit the caller gets a 502, while the function runs on.
  const cutOff = new Promise<'cut off'>((resolve) => {
    timer = setTimeout(() => resolve('cut off'), limits.responseTimeoutMs);
  });
  try {
    const result = await Promise.race([
      Promise.resolve(fn.registration.handler(request, context)) as Promise<
        HttpResponseInit | HttpResponse | undefined
      >,
      cutOff,
    ]);
    if (result === 'cut off') {
      log(
        `[${fn.registration.name}] no answer within ${limits.responseTimeoutMs} ms: 502, as Azure's front end`,
      );
      res.writeHead(502).end();
      return;
    }
    response = result instanceof HttpResponse ? result : new HttpResponse(result ?? {});
  } catch (error) {
    // As in Azure: an unhandled exception is a bare 500; the details go to the log only.
    log(`[${fn.registration.name}] unhandled: ${describe(error)}`);
    res.writeHead(500).end();
    return;
  } finally {
    clearTimeout(timer);
  }
  const payload = Buffer.from(await response.arrayBuffer());
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.writeHead(response.status);
  res.end(payload);
}
