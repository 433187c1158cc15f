import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

/** Reading the SDK's requests and writing answers in the shapes Azure's gateway gives them. */

/** A boolean header as the SDK sends it (`True`, `true`). */
export function isTrue(value: string | string[] | undefined): boolean {
  return String(value ?? '').toLowerCase() === 'true';
}

/** The body as JSON; undefined when it is empty or not JSON (the server then answers for itself). */
export function parseJson(body: Buffer): unknown {
  try {
    return body.length ? JSON.parse(body.toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/** Sends `body` whole, its length recomputed: the gateway rewrites bodies the server framed. */
export function send(res: ServerResponse, status: number, headers: IncomingHttpHeaders, body: Buffer): void {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && name !== 'content-length' && name !== 'transfer-encoding') out[name] = value;
  out['content-length'] = String(body.length);
  res.writeHead(status, out).end(body);
}

export function answerJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(
    res,
    status,
    { 'content-type': 'application/json', 'x-ms-activity-id': randomUUID(), ...headers },
    Buffer.from(JSON.stringify(value)),
  );
}

export function badRequest(res: ServerResponse, message: string, substatus = '0'): void {
  answerJson(res, 400, { code: 'BadRequest', message }, { 'x-ms-substatus': substatus });
}
