import { randomInt } from 'node:crypto';
import { expect, inject } from 'vitest';
import {
  apiClient,
  successBody,
  type ApiClient,
  type ApiResponse,
  type CallOptions as SharedCallOptions,
  type KeyTerms,
} from '../../dev/api-client';
import type { SuccessBody } from '../../shared/http/operation';
import type { redemptionsCreate } from '../../shared/http/operations';
import { contractViolation } from './contract';

/**
 * The shared API client (dev/api-client.ts) as the tests use it: the stack's base URL and operator by
 * default, every answer checked against the published contract (./contract.ts), and factories that
 * create what a test needs through the API itself (each test its own partner and keys, so tests never
 * share state). `call` is for any request, malformed ones included; the factories return bodies
 * typed by the published schemas.
 */
export type { ApiResponse, KeyTerms } from '../../dev/api-client';

export interface CallOptions extends SharedCallOptions {
  baseUrl?: string;
}

export function apiBaseUrl(): string {
  return inject('stack').apiBaseUrl;
}

export function operatorToken(): string {
  return inject('stack').settings['OPERATOR_TOKEN'] as string;
}

/** The shared client on `baseUrl` (the stack's by default), failing on any answer the contract does not allow. */
export function client(baseUrl: string = apiBaseUrl()): ApiClient {
  return apiClient(baseUrl, (method, path, response) => {
    const violation = contractViolation(method, path, response.status, response.headers, response.body);
    if (violation) throw new Error(`response breaks the published contract: ${violation}`);
  });
}

export async function call<T = any>(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const { baseUrl, ...rest } = options;
  return client(baseUrl).call<T>(method, path, rest);
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
  const partner = await client(baseUrl).registerPartner(operatorToken(), {
    name: 'Fabrikam Partner',
    partnerId: uniqueProgramId(),
    email: 'partner@fabrikam.example',
    cloudEssentials: true,
    ...overrides,
  });
  return { id: partner.id, partnerId: partner.partnerId, name: partner.name, token: partner.token };
}

export function mintKeys(count: number, terms: Partial<KeyTerms> = {}, baseUrl?: string): Promise<string[]> {
  return client(baseUrl).mintKeys(operatorToken(), count, terms);
}

export async function mintKey(terms: Partial<KeyTerms> = {}, baseUrl?: string): Promise<string> {
  return (await mintKeys(1, terms, baseUrl))[0] as string;
}

export async function openRedemption(partner: TestPartner, baseUrl?: string): Promise<string> {
  const response = await client(baseUrl).call<SuccessBody<typeof redemptionsCreate>>('POST', '/redemptions', {
    token: partner.token,
    body: { attestation: true },
  });
  return successBody(response, 'redemption not opened').id;
}

export async function addKey(
  partner: TestPartner,
  redemptionId: string,
  key: string,
  baseUrl?: string,
): Promise<ApiResponse<any>> {
  return call('POST', `/redemptions/${redemptionId}/keys`, {
    token: partner.token,
    body: { key },
    ...(baseUrl ? { baseUrl } : {}),
  });
}

export function expectProblem(response: ApiResponse<any>, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }, response.text).toEqual({ status, code });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(`urn:keycard:error:${code}`);
}
