import type { EmailContent } from '../domain/notification';
import type { Language } from '../text/languages';
import { letter, sayIn, type Block } from './email-letter';

/**
 * The email of a webhook endpoint disabled for failing (issue 21), to its partner in the partner's
 * language (messages in shared/text/catalogs/facts/): which endpoint, since when every delivery failed,
 * that no more attempts are made, the last errors, that events are held and sent when it is enabled
 * again, and that the feed has them too.
 */

/** How many of the endpoint's last errors the email shows, newest first. */
const ERRORS_SHOWN = 5;

export interface EndpointDisabledFacts {
  partnerName: string;
  endpointUrl: string;
  /** The partner's own description of the endpoint ('' when it gave none: no row then). */
  description: string;
  failingSince: string;
  disabledAt: string;
  /** Newest first, as the endpoint keeps them. */
  lastErrors: { at: string; error: string }[];
}

export function webhookEndpointDisabledEmail(language: Language, facts: EndpointDisabledFacts): EmailContent {
  const say = sayIn(language);
  const at = (when: string) =>
    say('email.webhook_endpoint_disabled.partner.value_at', { at: new Date(when) });
  const v = {
    partnerName: facts.partnerName,
    endpointUrl: facts.endpointUrl,
    failingSince: new Date(facts.failingSince),
    disabledAt: new Date(facts.disabledAt),
  };
  const description = facts.description.trim();
  const errors = facts.lastErrors.slice(0, ERRORS_SHOWN);
  const blocks: Block[] = [
    say('email.common.partner.greeting', v),
    say('email.webhook_endpoint_disabled.partner.body', v),
    {
      rows: [
        [say('email.webhook_endpoint_disabled.partner.label_url'), facts.endpointUrl],
        ...(description
          ? [[say('email.webhook_endpoint_disabled.partner.label_description'), description] as const]
          : []),
        [say('email.webhook_endpoint_disabled.partner.label_failing_since'), at(facts.failingSince)],
        [say('email.webhook_endpoint_disabled.partner.label_disabled_at'), at(facts.disabledAt)],
      ],
    },
  ];
  if (errors.length > 0)
    blocks.push(say('email.webhook_endpoint_disabled.partner.last_errors', { count: errors.length }), {
      rows: errors.map((e) => [at(e.at), e.error] as const),
    });
  blocks.push(
    say('email.webhook_endpoint_disabled.partner.held'),
    say('email.webhook_endpoint_disabled.partner.enable'),
    say('email.webhook_endpoint_disabled.partner.feed'),
  );
  return letter(language, say('email.webhook_endpoint_disabled.partner.subject', v), blocks);
}
