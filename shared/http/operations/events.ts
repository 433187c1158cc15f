import { EventPage, ListEventsQuery } from '../schemas';
import { defineOperation } from '../operation';

/** Events: the partner's feed (docs/api.md, "Events"). */
export const eventsList = defineOperation({
  name: 'events-list',
  method: 'GET',
  route: 'events',
  tag: 'Events',
  summary: "The partner's events, oldest first",
  description:
    'Every event of the last 30 days about what the calling partner may see, oldest first (createdAt, then id). ' +
    'The answer always carries a continuationToken, at the end of the feed too: a later call with it gets only ' +
    'the events that came after, so a tool polls with the last token it got. An event is shown once it is 30 s ' +
    'old, so a write that lands late is never skipped by a token that moved past its time.',
  allow: ['partner'],
  query: ListEventsQuery,
  responses: [{ status: 200, description: 'A page of events', schema: EventPage, name: 'EventPage' }],
  errors: ['invalid_continuation_token'],
});
