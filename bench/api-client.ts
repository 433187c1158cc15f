import { apiClient, successBody } from '../dev/api-client';

/**
 * The benchmarks' use of the shared API client (dev/api-client.ts): every call must succeed, and
 * every POST carries an Idempotency-Key as a careful partner tool's does.
 */
export type Json = Record<string, unknown>;

export async function api(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Json> {
  const response = await apiClient(baseUrl).call<Json>(method, path, {
    token,
    idempotent: true,
    ...(body !== undefined ? { body } : {}),
  });
  return successBody(response, `${method} ${path}`);
}

let sequence = 0;

export async function newPartner(baseUrl: string, operator: string, label: string): Promise<string> {
  sequence += 1;
  const partner = await apiClient(baseUrl).registerPartner(operator, {
    name: `Bench ${label}`,
    partnerId: String(6_000_000 + sequence),
    email: `bench-${label}@example.com`,
    cloudEssentials: true,
  });
  return partner.token;
}

export function mint(baseUrl: string, operator: string, count: number): Promise<string[]> {
  return apiClient(baseUrl).mintKeys(operator, count);
}

/** The full flow of a partner: start the wizard, add a key, confirm, create the customer's tenant. */
export const FLOW_STEPS = ['start redemption', 'add key', 'confirm', 'complete create_tenant'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

export async function fullFlow(
  baseUrl: string,
  token: string,
  key: string,
  beforeStep: (step: FlowStep) => void = () => undefined,
): Promise<Json> {
  beforeStep('start redemption');
  const redemption = await api(baseUrl, 'POST', '/redemptions', token, { attestation: true });
  const path = `/redemptions/${String(redemption['id'])}`;
  beforeStep('add key');
  await api(baseUrl, 'POST', `${path}/keys`, token, { key });
  beforeStep('confirm');
  await api(baseUrl, 'POST', `${path}/confirm`, token);
  beforeStep('complete create_tenant');
  return api(baseUrl, 'POST', `${path}/complete`, token, {
    action: 'create_tenant',
    partnerOfRecord: true,
    tenant: {
      organizationName: 'Bench Ltd',
      countryCode: 'IT',
      domainPrefix: `b${Math.random().toString(36).slice(2, 14)}`,
      admin: { firstName: 'Bea', lastName: 'Bench', email: 'bea@bench.example' },
    },
  });
}
