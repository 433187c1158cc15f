import { describe, expect, it } from 'vitest';
import type { ReceivedMail } from '../../dev/received-mail';
import { checkInvariants } from '../../bench/soak-invariants';
import {
  newNotification,
  notificationIds,
  partnerAudience,
  CUSTOMER,
} from '../../shared/domain/notification';

/**
 * The soak's count of emails (bench/soak-invariants.ts): one per (fact, audience), each audience's
 * addresses its own. Checked here on a store made by hand, so the check itself can be seen to fail.
 */
const NOW = new Date('2027-12-06T12:00:00.000Z');
const POLICY = { graceDays: 30, retentionDays: 120, noticeDays: [60, 30, 7, 1] };
const fact = notificationIds.renewalNotice('sub-1', '2027-12-20T00:00:00.000Z', 30);

function notification(id: string, recipients: string[]) {
  return {
    ...newNotification({
      id,
      tenantId: 'tenant-1',
      type: 'renewal_notice',
      recipients,
      sealedContent: 'sealed',
      subscriptionId: 'sub-1',
      daysBeforeExpiry: 30,
      now: NOW,
    }),
    status: 'sent' as const,
  };
}

function mailOf(id: string): ReceivedMail {
  return { headers: { 'x-keycard-notification-id': id } } as unknown as ReceivedMail;
}

function violationsOf(ids: [string, string[]][]): string[] {
  const notifications = ids.map(([id, to]) => notification(id, to));
  return checkInvariants(
    {
      notifications,
      partners: [{ id: 'p-1', partnerId: '4711001', email: 'por@partner.example' }],
      users: [],
    },
    ids.map(([id]) => mailOf(id)),
    NOW,
    POLICY,
  ).violations;
}

describe('the soak counts one email per (fact, audience)', () => {
  const customer = notificationIds.forAudience(fact, CUSTOMER);
  const partner = notificationIds.forAudience(fact, partnerAudience('4711001'));

  it('when a notice goes once to the admins and once to the partner, each to its own, then nothing is wrong', () => {
    expect(
      violationsOf([
        [customer, ['ada@contoso.example']],
        [partner, ['por@partner.example']],
      ]),
    ).toEqual([]);
  });

  it('when a fact is told to everyone at once and to an audience too, then it is a violation', () => {
    expect(
      violationsOf([
        [fact, ['ada@contoso.example', 'por@partner.example']],
        [customer, ['ada@contoso.example']],
      ]),
    ).toEqual([`${fact} was told to everyone and to customer`]);
  });

  it('when an audience reads another audience’s address, then it is a violation', () => {
    expect(
      violationsOf([
        [customer, ['ada@contoso.example', 'por@partner.example']],
        [partner, ['por@partner.example', 'ada@contoso.example']],
      ]),
    ).toEqual([
      `notification ${customer} for the customer is also to por@partner.example`,
      `notification ${partner} for a partner is to por@partner.example, ada@contoso.example`,
    ]);
  });

  it('when one threshold is told to one audience twice, then it is counted twice', () => {
    const twice = [
      notification(customer, ['ada@contoso.example']),
      notification(customer, ['ada@contoso.example']),
    ];
    expect(checkInvariants({ notifications: twice }, [], NOW, POLICY).violations).toContain(
      `2 notifications for renewal_notice of sub-1 for the term ending 2027-12-20T00:00:00.000Z, 30 days before to customer`,
    );
  });
});
