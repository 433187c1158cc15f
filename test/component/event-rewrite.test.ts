import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContainerName } from '../../shared/adapters/cosmos/containers';
import type { DocumentStore } from '../../shared/adapters/cosmos/document-store';
import { recordEvents } from '../../shared/app/events';
import { AlreadyExistsError } from '../../shared/app/ports';
import { buildPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';

/**
 * A fact met again (a retry) whose event the purge deletes between the create that meets it (409) and
 * the read that would take it: the soak met this as a 500 on `complete`. The purge is played by the
 * store port's wrapper, which deletes the stored event right after the 409, as events-purge would.
 */
let own: OwnHost;
let purgeAfterConflict = false;

function purgingBetween(inner: DocumentStore): DocumentStore {
  return Object.assign(Object.create(inner) as DocumentStore, {
    async create(container: ContainerName, doc: Record<string, unknown>) {
      try {
        return await inner.create(container, doc);
      } catch (error) {
        if (purgeAfterConflict && container === 'events' && error instanceof AlreadyExistsError) {
          purgeAfterConflict = false;
          await inner.delete(container, String(doc['id']), String(doc['partnerId']));
        }
        throw error;
      }
    },
  });
}

beforeAll(async () => {
  own = await startOwnHost({ wrapStore: purgingBetween });
});
afterAll(async () => own?.stop());

it('when a retried fact meets its event and the purge deletes it before it is read, then the event is written again and planned, not a 500', async () => {
  const partner = await buildPartner({}, own.apiBaseUrl);
  const fact = { id: `purged-between:${partner.id}`, tenantId: null };
  const deps = own.runtime.deps;
  expect(await recordEvents(deps, fact, [partner.id], 'subscription.created', { n: 1 })).toBe(1);
  own.clock.advance(31 * 86_400_000);
  purgeAfterConflict = true;
  expect(await recordEvents(deps, fact, [partner.id], 'subscription.created', { n: 1 })).toBe(1);
  expect(purgeAfterConflict).toBe(false); // the purge did run between the two
  const stored = await deps.repos.events.get(partner.id, `${fact.id}:${partner.id}`);
  // The copy written now, not the purged one of 31 days ago.
  expect(Date.parse(stored?.value.createdAt ?? '')).toBeGreaterThan(own.clock.now().getTime() - 86_400_000);
  expect(stored?.value.plannedAt).not.toBeNull();
});
