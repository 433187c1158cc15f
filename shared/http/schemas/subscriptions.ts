import * as z from 'zod';
import { TIMELINE_EVENTS } from '../../domain/subscription-stages';
import { Instant, PageQuery, ProgramId, Sku } from './fields';
import { PartnerRef } from './partners';

/** Subscriptions: lists, Partner of Record, direct billing. */
export const SubscriptionStateSchema = z.enum(['active', 'expired', 'disabled', 'deleted', 'migrated']);

export const ListSubscriptionsQuery = PageQuery.extend({
  expiresBefore: z
    .union([z.iso.date(), z.iso.datetime()])
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value).toISOString())
    .optional()
    .meta({
      description: 'Only subscriptions whose term ends before this day (its start, UTC) or instant',
      example: '2027-01-31',
    }),
  state: SubscriptionStateSchema.optional(),
});

export const SetPartnerOfRecordRequest = z.strictObject({ partnerId: ProgramId });

/** One dated event of the subscription, as the timers follow it. */
export const TimelineEntry = z.object({
  event: z.enum(TIMELINE_EVENTS).meta({
    description:
      'renewal_notice, expiry, grace_end, deletion: the schedule of the end of paid coverage (termEnd); ' +
      'term_start: a term bought after the one in force begins (an early renewal); auto_renewal: a ' +
      'subscription billed directly renews itself for 12 months; migrated: the subscription moved to ' +
      'direct billing. Open: later versions add values, so a switch on it keeps a default branch',
  }),
  at: Instant,
  status: z.enum(['scheduled', 'sent', 'skipped', 'done']),
  daysBeforeExpiry: z.int().optional().meta({ description: 'Renewal notices only' }),
  seats: z
    .int()
    .optional()
    .meta({ description: 'term_start and auto_renewal only: the seats of the term that begins' }),
});

/** A term: the period it covers and its seats. */
const TermView = z.object({ start: Instant, end: Instant, seats: z.int() });

export const SubscriptionView = z.object({
  id: z.string(),
  tenantId: z.string(),
  sku: Sku,
  seats: z.int().meta({ description: 'Seats of the term in force (currentTerm)' }),
  assignedSeats: z.int(),
  billing: z.enum(['product_key', 'direct']),
  state: SubscriptionStateSchema,
  termStart: Instant.meta({ description: 'Start of the term in force (currentTerm)' }),
  termEnd: Instant.meta({
    description:
      'End of paid coverage: the end of the last term bought (an early renewal included); expiry, ' +
      'grace, deletion and expiresBefore follow it',
  }),
  currentTerm: TermView.meta({ description: 'The term in force; after the end of coverage, the last term' }),
  upcomingTerms: z.array(TermView).meta({
    description: 'Terms bought to start after the one in force (an early renewal), oldest first',
  }),
  graceEndsAt: Instant,
  deleteAt: Instant,
  partnerOfRecord: PartnerRef.nullable(),
  timeline: z.array(TimelineEntry),
  terms: z.array(z.object({ termStart: Instant, termEnd: Instant, seats: z.int() })).meta({
    description: 'Every term, oldest first (an early renewal adds one that starts at the current end)',
  }),
  migratedTo: z.string().nullable(),
  migratedFrom: z.string().nullable(),
});

export const SubscriptionResult = z.object({ subscription: SubscriptionView });

export const DirectBillingRequest = z.strictObject({
  forfeitPrepaidDays: z.boolean().default(false).meta({
    description:
      'Switch even though more than 30 prepaid days would be given up (otherwise 409 prepaid_term_remaining)',
  }),
});

export const DirectBillingView = z.object({
  subscription: SubscriptionView,
  previous: SubscriptionView,
  forfeitedDays: z
    .int()
    .meta({ description: 'Prepaid days of the previous subscription given up by the switch' }),
});
