import { randomUUID } from 'node:crypto';

/** A minimal JSON client for benchmarks: throws on anything but success. */
export type Json = Record<string, unknown>;

export async function api(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Json> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      // As a careful partner tool does: every POST can be retried safely.
      ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await response.json()) as Json;
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

let sequence = 0;

export async function newPartner(baseUrl: string, operator: string, label: string): Promise<string> {
  sequence += 1;
  const partner = await api(baseUrl, 'POST', '/partners', operator, {
    name: `Bench ${label}`,
    partnerId: String(6_000_000 + sequence),
    email: `bench-${label}@example.com`,
    cloudEssentials: true,
  });
  return partner['token'] as string;
}

export async function mint(baseUrl: string, operator: string, count: number): Promise<string[]> {
  const batch = await api(baseUrl, 'POST', '/product-key-batches', operator, {
    sku: 'BUSINESS_BASIC',
    seatsPerKey: 5,
    termMonths: 12,
    count,
  });
  return batch['keys'] as string[];
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
