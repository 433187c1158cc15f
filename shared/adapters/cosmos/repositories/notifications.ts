import * as z from 'zod';
import type { InTenant, NotificationRepository, Page, PageRequest, Versioned } from '../../../app/ports';
import { NOTIFICATION_TYPES, type Notification } from '../../../domain/notification';
import type { DocumentStore } from '../document-store';
import { count, instant, orNull, since, text } from './fields';
import { CosmosRepository, dueBy, inPartition, type DocumentShape } from './repository';

const notification = z.looseObject({
  id: text,
  tenantId: text,
  type: z.enum(NOTIFICATION_TYPES),
  subscriptionId: orNull(text),
  daysBeforeExpiry: orNull(count),
  recipients: z.array(text),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: count,
  createdAt: instant,
  sentAt: orNull(instant),
  lastError: orNull(text),
  content: orNull(text),
  nextSweepAt: orNull(instant),
  notBefore: orNull(instant),
  lease: since(orNull(z.looseObject({ holder: text, until: instant }))),
  sendStartedAt: since(orNull(instant)),
  operationId: since(text),
  resends: since(count),
  redactedAt: since(orNull(instant)),
} satisfies DocumentShape<Notification>);

/**
 * Version 2 came with the outbox's claims: a lease, the start of a send whose outcome is unknown,
 * resends by hand. A version-1 document had none of them: no holder, no send under way.
 */
function upgradeNotification(doc: Record<string, unknown>): Record<string, unknown> {
  return { lease: null, sendStartedAt: null, resends: 0, redactedAt: null, ...doc };
}

export class CosmosNotificationRepository
  extends CosmosRepository<Notification, InTenant>
  implements NotificationRepository
{
  constructor(store: DocumentStore) {
    super(store, 'notifications', inPartition, {
      schema: notification,
      version: { current: 2, upgrade: upgradeNotification },
    });
  }

  listForTenant(tenantId: string, page: PageRequest): Promise<Page<Notification>> {
    const query = 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.createdAt DESC';
    return this.pageIn(tenantId, { query, parameters: [{ name: '@tenantId', value: tenantId }] }, page);
  }

  listDueForSweep(now: Date, page: PageRequest): Promise<Page<Versioned<Notification>>> {
    return this.workPage(
      dueBy("SELECT * FROM c WHERE c.status = 'pending' AND c.nextSweepAt <= @now", now),
      page,
    );
  }
}
