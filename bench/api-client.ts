import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiClient, successBody } from '../dev/api-client';

/**
 * The benchmarks' use of the shared API client (dev/api-client.ts): every call must succeed, and it
 * is made as a careful partner tool makes it (docs/api.md): every POST carries an Idempotency-Key,
 * and a 503 with Retry-After (a store over its request-unit budget, say) or a 409
 * request_in_progress is sent again after the wait, with the same key. Those retries are counted.
 */
export type Json = Record<string, unknown>;

const RETRIES = 30;
export const retried = { count: 0 };

export async function api(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Json> {
  const headers: Record<string, string> = method === 'POST' ? { 'idempotency-key': randomUUID() } : {};
  for (let attempt = 0; ; attempt += 1) {
    const response = await apiClient(baseUrl).call<Json>(method, path, {
      token,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const code = (response.body as { code?: string } | undefined)?.code;
    const wait = Number(response.headers.get('retry-after'));
    const retryable =
      (response.status === 503 && wait > 0) || (response.status === 409 && code === 'request_in_progress');
    if (!retryable || attempt >= RETRIES) return successBody(response, `${method} ${path}`);
    retried.count += 1;
    await sleep(Math.min(2_000, (wait || 1) * 1000));
  }
}

let sequence = 0;

/** A Partner ID (a program id) no bench partner has had yet in this process. */
export function nextProgramId(): string {
  sequence += 1;
  return String(6_000_000 + sequence);
}

export async function registerPartner(baseUrl: string, operator: string, label: string) {
  return apiClient(baseUrl).registerPartner(operator, {
    name: `Bench ${label}`,
    partnerId: nextProgramId(),
    email: `bench-${label}@example.com`,
    cloudEssentials: true,
  });
}

export async function newPartner(baseUrl: string, operator: string, label: string): Promise<string> {
  return (await registerPartner(baseUrl, operator, label)).token;
}

export function mint(baseUrl: string, operator: string, count: number): Promise<string[]> {
  return apiClient(baseUrl).mintKeys(operator, count);
}

/** The steps of the wizard, each expecting success. */
export async function openRedemption(baseUrl: string, token: string): Promise<string> {
  return String((await api(baseUrl, 'POST', '/redemptions', token, { attestation: true }))['id']);
}

/** Adds `key` to the redemption; returns its keyRef. */
export async function addKey(baseUrl: string, token: string, redemptionId: string, key: string) {
  return String((await api(baseUrl, 'POST', `/redemptions/${redemptionId}/keys`, token, { key }))['keyRef']);
}

export async function confirm(baseUrl: string, token: string, redemptionId: string): Promise<void> {
  await api(baseUrl, 'POST', `/redemptions/${redemptionId}/confirm`, token);
}

/** `complete` with a new customer tenant (a fresh domain), the partner its Partner of Record. */
export function newTenantBody(delegatedAdministration = false) {
  return {
    action: 'create_tenant',
    partnerOfRecord: true,
    delegatedAdministration,
    tenant: {
      organizationName: 'Bench Ltd',
      countryCode: 'IT',
      domainPrefix: `b${randomBytes(6).toString('hex')}`,
      admin: {
        firstName: 'Bea',
        lastName: 'Bench',
        email: `bea-${randomBytes(4).toString('hex')}@bench.example`,
      },
    },
  };
}

/** The full flow of a partner: start the wizard, add a key, confirm, create the customer's tenant. */
export async function fullFlow(baseUrl: string, token: string, key: string): Promise<Json> {
  const id = await openRedemption(baseUrl, token);
  await addKey(baseUrl, token, id, key);
  await confirm(baseUrl, token, id);
  return api(baseUrl, 'POST', `/redemptions/${id}/complete`, token, newTenantBody());
}
