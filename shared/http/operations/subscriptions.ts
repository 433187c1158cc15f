import {
  DirectBillingRequest,
  DirectBillingView,
  ListSubscriptionsQuery,
  pageOf,
  SetPartnerOfRecordRequest,
  SubscriptionView,
} from '../schemas';
import { defineOperation } from '../operation';

/** Subscriptions: the operations of this part of the contract (docs/api.md). */
export const subscriptionsList = defineOperation({
  name: 'subscriptions-list',
  method: 'GET',
  route: 'subscriptions',
  tag: 'Subscriptions',
  summary: 'The subscriptions the partner is Partner of Record or delegated admin of, soonest end first',
  description:
    'A partner tool\'s "renewals due" list: ?expiresBefore=2027-01-31 (a day: its start, UTC) and ' +
    "?state=expired narrow it. Read from an index of the partner's subscriptions by term end, in one " +
    'partition, each entry checked against the subscription itself. The list goes on while ' +
    'continuationToken is not null.',
  allow: ['partner'],
  query: ListSubscriptionsQuery,
  responses: [
    {
      status: 200,
      description: 'A page of subscriptions',
      schema: pageOf(SubscriptionView),
      name: 'SubscriptionPage',
    },
  ],
  errors: ['invalid_continuation_token'],
});

export const subscriptionsGet = defineOperation({
  name: 'subscriptions-get',
  method: 'GET',
  route: 'subscriptions/{id}',
  tag: 'Subscriptions',
  summary: 'A subscription with the timeline of its current term',
  allow: ['partner', 'customer_admin'],
  responses: [
    {
      status: 200,
      description: 'The subscription',
      schema: SubscriptionView,
      name: 'Subscription',
      headers: ['etag'],
    },
  ],
  errors: ['not_found'],
});

export const subscriptionsPartnerOfRecordSet = defineOperation({
  name: 'subscriptions-partner-of-record-set',
  method: 'PUT',
  route: 'subscriptions/{id}/partner-of-record',
  tag: 'Subscriptions',
  summary: 'Name the Partner of Record (by program id)',
  description: 'For the customer admin or a delegated admin. The Partner of Record sees the tenant.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'SetPartnerOfRecordRequest', schema: SetPartnerOfRecordRequest },
  responses: [
    {
      status: 200,
      description: 'The subscription',
      schema: SubscriptionView,
      name: 'Subscription',
      headers: ['etag'],
    },
  ],
  errors: [
    'not_found',
    'forbidden',
    'partner_not_found',
    'subscription_deleted',
    'subscription_migrated',
    'precondition_failed',
  ],
});

export const subscriptionsPartnerOfRecordRemove = defineOperation({
  name: 'subscriptions-partner-of-record-remove',
  method: 'DELETE',
  route: 'subscriptions/{id}/partner-of-record',
  tag: 'Subscriptions',
  summary: 'Remove the Partner of Record',
  allow: ['partner', 'customer_admin'],
  responses: [{ status: 204, description: 'Removed (also when there was none)' }],
  errors: ['not_found', 'forbidden', 'subscription_deleted'],
});

export const subscriptionsDirectBilling = defineOperation({
  name: 'subscriptions-direct-billing',
  method: 'POST',
  route: 'subscriptions/{id}/direct-billing',
  tag: 'Subscriptions',
  summary: 'Switch to direct billing: a new subscription, active now for 12 months',
  description:
    'Same product and seats; licenses and Partner of Record move to the new subscription; the previous one ' +
    'ends as migrated, and what was left of its prepaid term is given up (forfeitedDays). When that is more ' +
    'than 30 days the request must say so (forfeitPrepaidDays: true), or it is 409 prepaid_term_remaining ' +
    'with prepaidDays and switchFreelyFrom. The body may be left out. Resumable: asking again for a ' +
    'subscription already switched answers the same pair.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'DirectBillingRequest', schema: DirectBillingRequest, optional: true },
  responses: [
    {
      status: 201,
      description: 'The new subscription and the previous one',
      schema: DirectBillingView,
      name: 'DirectBilling',
      headers: ['location'],
    },
  ],
  errors: [
    'not_found',
    'forbidden',
    'subscription_deleted',
    'subscription_migrated',
    'prepaid_term_remaining',
  ],
});
