import { randomInt } from 'node:crypto';
import { expect, inject } from 'vitest';
import { contractViolation } from './contract';

/**
 * A small client for the API over real HTTP, and factories that create what a test needs through
 * the API itself (each test its own partner and keys, so tests never share state).
 */
export interface ApiResponse<T = any> {
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
  baseUrl?: string;
}

export function apiBaseUrl(): string {
  return inject('stack').apiBaseUrl;
}

export function operatorToken(): string {
  return inject('stack').settings['OPERATOR_TOKEN'] as string;
}

export async function call<T = any>(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${options.baseUrl ?? apiBaseUrl()}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  const violation = contractViolation(
    method,
    path,
    response.status,
    response.headers.get('content-type'),
    parsed,
  );
  if (violation) throw new Error(`response breaks the published contract: ${violation}`);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export const asOperator = (baseUrl?: string): CallOptions => ({
  token: operatorToken(),
  ...(baseUrl ? { baseUrl } : {}),
});

export function uniqueProgramId(): string {
  return String(randomInt(1_000_000_000, 9_999_999_999));
}

export interface TestPartner {
  id: string;
  partnerId: string;
  name: string;
  token: string;
}

export async function buildPartner(
  overrides: Partial<{ name: string; partnerId: string; email: string; cloudEssentials: boolean }> = {},
  baseUrl?: string,
): Promise<TestPartner> {
  const body = {
    name: 'Fabrikam Partner',
    partnerId: uniqueProgramId(),
    email: 'partner@fabrikam.example',
    cloudEssentials: true,
    ...overrides,
  };
  const response = await call('POST', '/partners', { ...asOperator(baseUrl), body });
  if (response.status !== 201) throw new Error(`partner not created: ${response.status} ${response.text}`);
  return {
    id: response.body.id,
    partnerId: response.body.partnerId,
    name: response.body.name,
    token: response.body.token,
  };
}

export interface KeyTerms {
  sku: string;
  seatsPerKey: number;
  termMonths: number;
}

export async function mintKeys(
  count: number,
  terms: Partial<KeyTerms> = {},
  baseUrl?: string,
): Promise<string[]> {
  const body = { sku: 'BUSINESS_BASIC', seatsPerKey: 5, termMonths: 12, ...terms, count };
  const response = await call('POST', '/product-key-batches', { ...asOperator(baseUrl), body });
  if (response.status !== 201) throw new Error(`keys not minted: ${response.status} ${response.text}`);
  return response.body.keys as string[];
}

export async function mintKey(terms: Partial<KeyTerms> = {}, baseUrl?: string): Promise<string> {
  return (await mintKeys(1, terms, baseUrl))[0] as string;
}

export async function openRedemption(partner: TestPartner, baseUrl?: string): Promise<string> {
  const response = await call('POST', '/redemptions', {
    token: partner.token,
    body: { attestation: true },
    ...(baseUrl ? { baseUrl } : {}),
  });
  if (response.status !== 201) throw new Error(`redemption not opened: ${response.status} ${response.text}`);
  return response.body.id as string;
}

export async function addKey(
  partner: TestPartner,
  redemptionId: string,
  key: string,
  baseUrl?: string,
): Promise<ApiResponse> {
  return call('POST', `/redemptions/${redemptionId}/keys`, {
    token: partner.token,
    body: { key },
    ...(baseUrl ? { baseUrl } : {}),
  });
}

export function expectProblem(response: ApiResponse, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }, response.text).toEqual({ status, code });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(`urn:keycard:error:${code}`);
}
