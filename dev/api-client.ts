import { randomUUID } from 'node:crypto';
import type { SuccessBody } from '../shared/http/operation';
import type { partnersCreate, productKeyBatchesCreate } from '../shared/http/operations';

/**
 * A small client for the Keycard API over real HTTP, shared by the tests and the benchmarks: `call`
 * answers whatever the service answers (tests look at failures too); the helpers below expect success
 * and return bodies typed by the published schemas.
 */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is (for malformed bodies). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** As a careful partner tool does: a fresh Idempotency-Key, so the POST can be retried safely. */
  idempotent?: boolean;
}

/** Sees every answer before the caller does (the tests check each against the contract). */
export type Inspect = (method: string, path: string, response: ApiResponse) => void;

export interface ApiClient {
  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  registerPartner(operatorToken: string, registration: PartnerRegistration): Promise<RegisteredPartner>;
  /** Mints `count` keys (5-seat, 12-month Business Basic unless told otherwise), returned in clear. */
  mintKeys(operatorToken: string, count: number, terms?: Partial<KeyTerms>): Promise<string[]>;
}

export interface PartnerRegistration {
  name: string;
  partnerId: string;
  email: string;
  cloudEssentials: boolean;
}

export type RegisteredPartner = SuccessBody<typeof partnersCreate>;

export interface KeyTerms {
  sku: string;
  seatsPerKey: number;
  termMonths: number;
}

export type KeyBatch = SuccessBody<typeof productKeyBatchesCreate>;

export function apiClient(baseUrl: string, inspect: Inspect = () => undefined): ApiClient {
  async function call<T = unknown>(method: string, path: string, options: CallOptions = {}) {
    const response = await send(`${baseUrl}${path}`, method, options);
    inspect(method, path, response);
    return response as ApiResponse<T>;
  }
  return {
    call,
    async registerPartner(operatorToken, registration) {
      const response = await call<RegisteredPartner>('POST', '/partners', {
        token: operatorToken,
        body: registration,
      });
      return successBody(response, 'partner not registered');
    },
    async mintKeys(operatorToken, count, terms = {}) {
      const body = { sku: 'BUSINESS_BASIC', seatsPerKey: 5, termMonths: 12, ...terms, count };
      const response = await call<KeyBatch>('POST', '/product-key-batches', { token: operatorToken, body });
      return successBody(response, 'keys not minted').keys;
    },
  };
}

async function send(url: string, method: string, options: CallOptions): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.idempotent && method === 'POST') headers['idempotency-key'] = randomUUID();
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** The body of a success; anything else is thrown with what the service said. */
export function successBody<T>(response: ApiResponse<T>, what: string): T {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${response.text}`);
  return response.body;
}
