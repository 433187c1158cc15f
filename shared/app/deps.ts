import type { Sealer, SecretHasher } from '../crypto/secrets';
import type { FailedAttemptPolicy } from '../domain/failed-key-attempts';
import type { LifecyclePolicy } from '../domain/subscription';
import type { Clock, EmailSender, Log, NotificationQueue } from './ports';
import type { AllRepositories, WebhookQueue, WebhookSender } from './webhook-ports';

/** What use cases are given: the ports and the settings that shape the rules. */
export interface AppDeps {
  clock: Clock;
  repos: AllRepositories;
  queue: NotificationQueue;
  /** Wakes webhook-deliver (the store holds each delivery). */
  webhookQueue: WebhookQueue;
  /** Calls partners' webhook endpoints. */
  webhooks: WebhookSender;
  email: EmailSender;
  hasher: SecretHasher;
  sealer: Sealer;
  links: Links;
  settings: AppSettings;
  /** The invocation's log (each function invocation gets its own; the composition root's goes to the console). */
  log: Log;
}

/**
 * Where emails point people: built by the composition root from the public base URL, the host's route
 * prefix and the operations' routes, so the use cases never spell a URL.
 */
export interface Links {
  /** The API's base, e.g. `https://keycard.example/api/v1`. */
  api: string;
  /** The page behind a delegation offer's link. */
  offerPage(token: string): string;
}

export interface AppSettings {
  operatorToken: string;
  redemptionTtlMinutes: number;
  failedKeyAttempts: FailedAttemptPolicy;
  lifecycle: LifecyclePolicy;
}
