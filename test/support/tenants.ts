import { randomBytes } from 'node:crypto';
import { inject, vi } from 'vitest';
import type { ReceivedMail } from '../../dev/received-mail';
import { addKey, buildPartner, call, mintKeys, openRedemption, type KeyTerms, type TestPartner } from './api';

/** Factories for tenants, made through the API like a partner would (each test its own). */
export function uniquePrefix(): string {
  return `t${randomBytes(8).toString('hex')}`;
}

export async function confirmedRedemption(
  partner: TestPartner,
  keys: string[],
  baseUrl?: string,
): Promise<string> {
  const id = await openRedemption(partner, baseUrl);
  for (const key of keys) {
    const added = await addKey(partner, id, key, baseUrl);
    if (added.status !== 201) throw new Error(`key not added: ${added.text}`);
  }
  const confirmed = await call('POST', `/redemptions/${id}/confirm`, {
    token: partner.token,
    ...(baseUrl ? { baseUrl } : {}),
  });
  if (confirmed.status !== 200) throw new Error(`not confirmed: ${confirmed.text}`);
  return id;
}

export function createTenantBody(
  overrides: Record<string, unknown> = {},
  tenant: Record<string, unknown> = {},
) {
  return {
    action: 'create_tenant',
    tenant: {
      organizationName: 'Contoso S.p.A.',
      countryCode: 'IT',
      domainPrefix: uniquePrefix(),
      admin: {
        firstName: 'Ada',
        lastName: 'Rossi',
        email: `ada.${randomBytes(4).toString('hex')}@contoso.example`,
      },
      ...tenant,
    },
    ...overrides,
  };
}

export interface TestTenant {
  partner: TestPartner;
  redemptionId: string;
  tenantId: string;
  subscriptionId: string;
  adminUserId: string;
  adminEmail: string;
  body: any;
}

export async function buildTenant(
  options: {
    partner?: TestPartner;
    partnerOfRecord?: boolean;
    delegatedAdministration?: boolean;
    keys?: number;
    terms?: Partial<KeyTerms>;
    baseUrl?: string;
  } = {},
): Promise<TestTenant> {
  const baseUrl = options.baseUrl;
  const partner = options.partner ?? (await buildPartner({}, baseUrl));
  const keys = await mintKeys(options.keys ?? 1, { seatsPerKey: 25, ...options.terms }, baseUrl);
  const redemptionId = await confirmedRedemption(partner, keys, baseUrl);
  const request = createTenantBody({
    partnerOfRecord: options.partnerOfRecord ?? true,
    delegatedAdministration: options.delegatedAdministration ?? false,
  });
  const response = await call('POST', `/redemptions/${redemptionId}/complete`, {
    token: partner.token,
    body: request,
    ...(baseUrl ? { baseUrl } : {}),
  });
  if (response.status !== 201) throw new Error(`tenant not created: ${response.status} ${response.text}`);
  return {
    partner,
    redemptionId,
    tenantId: response.body.tenant.id,
    subscriptionId: response.body.subscription.id,
    adminUserId: response.body.adminUser.id,
    adminEmail: request.tenant.admin.email as string,
    body: response.body,
  };
}

/** Waits for an email at the shared local ACS endpoint (every host of the test run sends there). */
/** Every email Keycard sends has a plain-text part. */
export type SentMail = ReceivedMail & { plainText: string };

export async function mailFor(notificationId: string, timeoutMs = 20_000): Promise<SentMail> {
  return vi.waitFor(
    async () => {
      const [mail] = await mailsFor(notificationId);
      if (!mail) throw new Error(`no email for ${notificationId}`);
      if (mail.plainText === null) throw new Error(`the email for ${notificationId} has no plain text`);
      return { ...mail, plainText: mail.plainText };
    },
    { timeout: timeoutMs, interval: 100 },
  );
}

export async function mailsFor(notificationId: string): Promise<ReceivedMail[]> {
  const mails = (await (await fetch(`${inject('stack').url}/admin/mail`)).json()) as ReceivedMail[];
  return mails.filter((m) => m.headers['x-keycard-notification-id'] === notificationId);
}

/** The customer admin's token, as the welcome email delivers it. */
export async function adminToken(tenant: TestTenant): Promise<string> {
  const mail = await mailFor(`welcome_admin:${tenant.adminUserId}`);
  const token = /kca_[A-Za-z0-9_-]{43}/.exec(mail.plainText)?.[0];
  if (!token) throw new Error('no token in the welcome email');
  return token;
}

/** The token of a delegation offer, from the link the customer's admins are emailed. */
export async function offerToken(offerId: string): Promise<string> {
  const mail = await mailFor(`delegation_offer:${offerId}`);
  const token = /\/offers#(kco_[A-Za-z0-9_-]{43})/.exec(mail.plainText)?.[1];
  if (!token) throw new Error('no offer link in the email');
  return token;
}
