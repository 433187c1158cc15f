import type { ErrorCode } from '../shared/domain/errors';
import type { Problem } from './api';
import { t, type ConsoleMessageId } from './i18n';

/** What the console finds by itself: no answer, an answer that is no problem, a prefix it checks. */
type ConsoleCode = 'network' | 'unavailable' | 'domain_prefix_format';

/**
 * What each problem means for the person at the console, in words (never raw JSON). Keyed by the
 * API's own codes, so a misspelt one does not compile; the words are the catalogs' (./i18n.ts).
 */
const WORDS: Partial<Record<ErrorCode | ConsoleCode, ConsoleMessageId>> = {
  unauthenticated: 'console.problem.unauthenticated',
  network: 'console.problem.network',
  unavailable: 'console.problem.unavailable',
  store_unavailable: 'console.problem.unavailable',
  store_busy: 'console.problem.busy',
  invalid_key_format: 'console.problem.invalidKeyFormat',
  key_checksum_mismatch: 'console.problem.keyChecksumMismatch',
  key_not_found: 'console.problem.keyNotFound',
  key_already_redeemed: 'console.problem.keyAlreadyRedeemed',
  key_reserved: 'console.problem.keyReserved',
  key_revoked: 'console.problem.keyRevoked',
  key_sku_mismatch: 'console.problem.keySkuMismatch',
  key_already_added: 'console.problem.keyAlreadyAdded',
  too_many_failed_key_attempts: 'console.problem.tooManyFailedKeyAttempts',
  redemption_expired: 'console.problem.redemptionExpired',
  redemption_empty: 'console.problem.redemptionEmpty',
  domain_unavailable: 'console.problem.domainUnavailable',
  domain_prefix_format: 'console.problem.domainPrefixFormat',
  country_not_supported: 'console.problem.countryNotSupported',
  partner_not_eligible: 'console.problem.partnerNotEligible',
  offer_already_pending: 'console.problem.offerAlreadyPending',
  delegation_already_active: 'console.problem.delegationAlreadyActive',
  insufficient_seats: 'console.problem.insufficientSeats',
  subscription_migrated: 'console.problem.subscriptionMigrated',
  validation_failed: 'console.problem.validationFailed',
};

export function inWords(problem: Problem): string {
  const words = WORDS[problem.code as ErrorCode | ConsoleCode];
  return words ? t(words) : (problem.detail ?? problem.title ?? t('console.problem.fallback'));
}
