import type { Sealer, SecretHasher } from '../crypto/secrets';
import type { FailedAttemptPolicy } from '../domain/failed-key-attempts';
import type { LifecyclePolicy } from '../domain/subscription';
import type { Clock, EmailSender, NotificationQueue, Repositories } from './ports';

/** What use cases are given: the ports and the settings that shape the rules. */
export interface AppDeps {
  clock: Clock;
  repos: Repositories;
  queue: NotificationQueue;
  email: EmailSender;
  hasher: SecretHasher;
  sealer: Sealer;
  settings: AppSettings;
}

export interface AppSettings {
  operatorToken: string;
  redemptionTtlMinutes: number;
  failedKeyAttempts: FailedAttemptPolicy;
  lifecycle: LifecyclePolicy;
  /** Base of links written into emails. */
  publicBaseUrl: string;
}
