import { listEvents } from '../shared/app/events';
import { eventsList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import type { EventPage } from '../shared/http/schemas';
import { registerHttp } from '../shared/register';
import type * as z from 'zod';

registerHttp(eventsList, async ({ query, principal, deps }) => {
  const page = await listEvents(deps, principal, query);
  // The stored data was written from the same shapes (shared/app/events.ts); the contract check tests it.
  const items = page.items.map(({ id, type, createdAt, data }) => ({ id, type, createdAt, data }));
  return ok(eventsList, {
    items: items as z.infer<typeof EventPage>['items'],
    continuationToken: page.continuationToken ?? '',
  });
});
