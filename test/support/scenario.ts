import { buildPartner, call, mintKeys, operatorToken, type TestPartner } from './api';
import { adminToken, buildTenant, confirmedRedemption, offerToken } from './tenants';

/**
 * A tenant seen from every side, as docs/api.md's principals: the partner that created it (and holds
 * no relation any more), one with no relation, its Partner of Record, its delegated admin (named
 * POR, offered, accepted, then replaced as POR), its customer admin and the admin of another tenant.
 */
export type Who = 'none' | 'operator' | 'owner' | 'unrelated' | 'por' | 'delegate' | 'admin' | 'otherAdmin';
export const EVERYONE: Who[] = [
  'none',
  'operator',
  'owner',
  'unrelated',
  'por',
  'delegate',
  'admin',
  'otherAdmin',
];
export type PartnerRole = 'owner' | 'unrelated' | 'por' | 'delegate';
export const PARTNER_ROLES: PartnerRole[] = ['owner', 'unrelated', 'por', 'delegate'];

export interface Scenario {
  tenantId: string;
  subscriptionId: string;
  adminUserId: string;
  partners: Record<PartnerRole, TestPartner>;
  tokens: Record<Who, string | null>;
  /** A confirmed redemption of each partner, for completing. */
  redemptions: Record<PartnerRole, string>;
}

async function ok(response: Promise<{ status: number; text: string; body: any }>, what: string) {
  const answered = await response;
  if (answered.status >= 300) throw new Error(`${what}: ${answered.status} ${answered.text}`);
  return answered;
}

export async function buildScenario(): Promise<Scenario> {
  const [owner, unrelated, por, delegate] = await Promise.all([
    buildPartner(),
    buildPartner(),
    buildPartner(),
    buildPartner(),
  ]);
  const made = await buildTenant({ partner: owner, partnerOfRecord: false });
  const other = await buildTenant({ partner: unrelated });
  const [admin, otherAdmin] = await Promise.all([adminToken(made), adminToken(other)]);
  const setPor = (partnerId: string) =>
    ok(
      call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
        token: admin,
        body: { partnerId },
      }),
      'POR',
    );

  await setPor(delegate.partnerId);
  const offer = await ok(
    call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
      token: delegate.token,
      body: { message: 'Let us help.' },
    }),
    'offer',
  );
  await ok(call('POST', '/offers/accept', { body: { token: await offerToken(offer.body.id) } }), 'accept');
  await setPor(por.partnerId);

  const partners = { owner, unrelated, por, delegate };
  const redemptions = Object.fromEntries(
    await Promise.all(
      PARTNER_ROLES.map(async (role) => [
        role,
        await confirmedRedemption(partners[role], await mintKeys(1, { seatsPerKey: 25 })),
      ]),
    ),
  ) as Record<PartnerRole, string>;
  return {
    tenantId: made.tenantId,
    subscriptionId: made.subscriptionId,
    adminUserId: made.adminUserId,
    partners,
    redemptions,
    tokens: {
      none: null,
      operator: operatorToken(),
      owner: owner.token,
      unrelated: unrelated.token,
      por: por.token,
      delegate: delegate.token,
      admin,
      otherAdmin,
    },
  };
}
