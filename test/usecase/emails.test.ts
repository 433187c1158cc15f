import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeRedemption } from '../../shared/app/complete';
import { answerOffer, getOffer, offerDelegation, offerForCustomerAdmin } from '../../shared/app/delegation';
import { removeDelegatedAdmin } from '../../shared/app/delegation-removal';
import { advanceLifecycles } from '../../shared/app/lifecycle';
import { listNotifications } from '../../shared/app/notifications';
import { registerPartner } from '../../shared/app/partners';
import { switchToDirectBilling } from '../../shared/app/subscriptions';
import { newNotification, notificationIds } from '../../shared/domain/notification';
import type { Language } from '../../shared/text/languages';
import {
  DAY,
  asPartner,
  operator,
  useCaseDeps,
  type SeededPartner,
  type SeededTenant,
} from '../support/usecase';

/**
 * Facts that passed in silence before issue 20, each told to whom it concerns, once (one notification
 * per fact and audience, the outbox's record of the fact), each audience in its own language: the
 * seed's Italian customer, and partners in English or German.
 */
const world = useCaseDeps();

async function partnerIn(language: Language, email: string): Promise<SeededPartner> {
  const { partner, token } = await registerPartner(world.deps, operator, {
    name: 'Fabrikam Partner',
    programId: String(randomInt(1_000_000_000, 9_999_999_999)),
    email,
    cloudEssentials: true,
    language,
  });
  return { partner, token, principal: asPartner(partner) };
}

/** The tenant's notifications of a type: their ids and recipients. */
async function told(made: SeededTenant, type: string) {
  return (await world.notifications(made.tenantId))
    .filter((n) => n.type === type)
    .map((n) => ({ id: n.id, recipients: n.recipients }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('every fact told once to each audience it concerns', () => {
  it('when seats are added, then the admins get a receipt in Italian and the Partner of Record one in its own language; doing it again tells nothing more', async () => {
    const por = await partnerIn('en', 'por@fabrikam.example');
    const made = await world.tenant({ partner: por });
    const redemptionId = await world.confirmedRedemption(por, await world.mintKeys(1, { seatsPerKey: 5 }));
    const request = { action: 'add_seats' as const, subscriptionId: made.subscriptionId };
    await completeRedemption(world.deps, por.principal, redemptionId, request);
    await completeRedemption(world.deps, por.principal, redemptionId, request);

    const fact = `seats_added:${made.subscriptionId}:${redemptionId}`;
    expect(await told(made, 'seats_added')).toEqual([
      { id: `${fact}:customer`, recipients: [made.adminEmail] },
      { id: `${fact}:partner:${por.partner.programId}`, recipients: ['por@fabrikam.example'] },
    ]);
    const customer = await world.mailFor(`${fact}:customer`);
    expect(customer.subject).toMatch(
      /^5 licenze aggiunte a Business Basic per t[0-9a-f]+\.onmicrosoft\.com$/,
    );
    expect(customer.plainText).toContain('Ora ha 30 licenze fino al giorno');
    const partner = await world.mailFor(`${fact}:partner:${por.partner.programId}`);
    expect(partner.plainText).toContain('5 seats were added to the Business Basic subscription');
    expect(partner.plainText).toContain(`Customer administrators: Ada Rossi, ${made.adminEmail}`);
  });

  it('when the customer declines an offer, then its partner is told once, in German; an offer left unanswered is recorded expired by the lifecycle timer and told once', async () => {
    const por = await partnerIn('de', 'kontakt@fabrikam.example');
    const made = await world.tenant({ partner: por });
    const declined = (await offerDelegation(world.deps, por.principal, made.tenantId, 'Wir kümmern uns.'))
      .offer;
    const context = await offerForCustomerAdmin(world.deps, made.admin, declined.id);
    await answerOffer(world.deps, context, 'declined');
    await answerOffer(world.deps, context, 'declined');
    const declinedId = `delegation_offer_declined:${declined.id}:partner:${por.partner.programId}`;
    expect(await told(made, 'delegation_offer_declined')).toEqual([
      { id: declinedId, recipients: ['kontakt@fabrikam.example'] },
    ]);
    const mail = await world.mailFor(declinedId);
    expect(mail.subject).toBe(
      `Contoso S.p.A. hat Ihr Angebot abgelehnt, ${made.created.tenant.tenant.domain} zu verwalten`,
    );

    const left = (await offerDelegation(world.deps, por.principal, made.tenantId, 'Noch einmal?')).offer;
    await advanceLifecycles(world.deps);
    expect(await told(made, 'delegation_offer_expired')).toEqual([]); // not yet due
    world.clock.set(new Date(Date.parse(left.expiresAt) + 60_000));
    await Promise.all([advanceLifecycles(world.deps), advanceLifecycles(world.deps)]);
    await advanceLifecycles(world.deps);
    const expiredId = `delegation_offer_expired:${left.id}:partner:${por.partner.programId}`;
    expect(await told(made, 'delegation_offer_expired')).toEqual([
      { id: expiredId, recipients: ['kontakt@fabrikam.example'] },
    ]);
    expect((await world.mailFor(expiredId)).plainText).toContain('ist abgelaufen');
    const stored = await world.deps.repos.delegationOffers.get(left.id);
    expect(stored?.value.status).toBe('expired');
    expect((await getOffer(world.deps, por.principal, left.id)).offer.status).toBe('expired');
  });

  it('when a partner is delegated administrator from the setup, then the welcome says so and how to end it; when the customer ends it, the partner is told', async () => {
    const por = await partnerIn('en', 'admin@fabrikam.example');
    const made = await world.tenant({ partner: por, delegatedAdministration: true });
    const welcome = await world.mailFor(`welcome_admin:${made.adminUserId}`);
    expect(welcome.plainText).toContain(
      `Fabrikam Partner (ID programma partner ${por.partner.programId}) è amministratore con delega del tenant fin dalla sua creazione`,
    );
    expect(welcome.plainText.split('\n')).toContain(
      `DELETE ${world.deps.links.api}/tenants/${made.tenantId}/delegated-admins/${por.partner.programId}`,
    );

    await removeDelegatedAdmin(world.deps, made.admin, made.tenantId, por.partner.programId);
    const [removed, ...others] = await told(made, 'delegated_admin_removed');
    expect(others).toEqual([]);
    expect(removed?.id).toMatch(
      new RegExp(`^delegated_admin_removed:${por.partner.programId}:.+:partner:${por.partner.programId}$`),
    );
    expect(removed?.recipients).toEqual(['admin@fabrikam.example']);
    const mail = await world.mailFor(removed?.id as string);
    expect(mail.plainText).toContain('Contoso S.p.A.');
    expect(mail.plainText).toContain('ended your delegated administration of its tenant');
    expect(mail.plainText).toContain('You still see the tenant, as the Partner of Record');
  });

  it('when the customer switches to direct billing, then its admins and the former Partner of Record are told once each', async () => {
    const por = await partnerIn('en', 'sales@fabrikam.example');
    const made = await world.tenant({ partner: por });
    world.clock.advance(350 * DAY);
    await switchToDirectBilling(world.deps, made.admin, made.subscriptionId, { forfeitPrepaidDays: true });
    await switchToDirectBilling(world.deps, made.admin, made.subscriptionId, { forfeitPrepaidDays: true });
    const fact = `switched_to_direct_billing:${made.subscriptionId}`;
    expect(await told(made, 'switched_to_direct_billing')).toEqual([
      { id: `${fact}:customer`, recipients: [made.adminEmail] },
      { id: `${fact}:partner:${por.partner.programId}`, recipients: ['sales@fabrikam.example'] },
    ]);
    const customer = await world.mailFor(`${fact}:customer`);
    expect(customer.subject).toMatch(
      /^Business Basic per t[0-9a-f]+\.onmicrosoft\.com ora è fatturato direttamente$/,
    );
    expect(customer.plainText).toMatch(/il passaggio ha rinunciato ai suoi \d+ giorni prepagati rimasti/);
    const partner = await world.mailFor(`${fact}:partner:${por.partner.programId}`);
    expect(partner.plainText).toContain(
      `moved its Business Basic subscription ${made.subscriptionId} to direct billing`,
    );
  });

  it('when a notification of the time before audiences is stored (one email to everyone), then it is read and listed as it is', async () => {
    const made = await world.tenant();
    const legacy = notificationIds.renewalNotice(made.subscriptionId, '2027-12-06T10:00:00.000Z', 60);
    await world.deps.repos.notifications.create({
      ...newNotification({
        id: legacy,
        tenantId: made.tenantId,
        type: 'renewal_notice',
        recipients: [made.adminEmail, 'partner@fabrikam.example'],
        sealedContent: world.deps.sealer.seal('{}'),
        subscriptionId: made.subscriptionId,
        daysBeforeExpiry: 60,
        now: world.clock.now(),
      }),
      status: 'sent',
      content: null,
    });
    const listed = await listNotifications(world.deps, made.admin, made.tenantId, { limit: 50 });
    expect(listed.items.find((n) => n.id === legacy)).toMatchObject({
      type: 'renewal_notice',
      recipients: [made.adminEmail, 'partner@fabrikam.example'],
      status: 'sent',
    });
  });
});
