import type { SecretHasher } from '../crypto/secrets';
import type { FailedAttemptPolicy } from '../domain/failed-key-attempts';
import type { Clock, Repositories } from './ports';

/** What use cases are given: the ports and the settings that shape the rules. */
export interface AppDeps {
  clock: Clock;
  repos: Repositories;
  hasher: SecretHasher;
  settings: AppSettings;
}

export interface AppSettings {
  operatorToken: string;
  redemptionTtlMinutes: number;
  failedKeyAttempts: FailedAttemptPolicy;
}
