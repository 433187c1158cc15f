import type { ErrorCode } from '../shared/domain/errors';
import type { Problem } from './api';

/** What the console finds by itself: no answer, an answer that is no problem, a prefix it checks. */
type ConsoleCode = 'network' | 'unavailable' | 'domain_prefix_format';

/**
 * What each problem means for the person at the console, in words (never raw JSON). Keyed by the
 * API's own codes, so a misspelt one does not compile.
 */
const WORDS: Partial<Record<ErrorCode | ConsoleCode, string>> = {
  unauthenticated: 'This token is not valid. It may have been replaced by a newer one: ask your operator.',
  network: 'Keycard cannot be reached. Check your connection and try again.',
  unavailable: 'Keycard is not available right now. Try again in a moment.',
  store_unavailable: 'Keycard is not available right now. Try again in a moment.',
  store_busy: 'Keycard is busy right now. Try again in a moment.',
  invalid_key_format: 'A product key has 25 letters and digits, in five groups of five.',
  key_checksum_mismatch: 'This key has a typing mistake. Check each group of five against the card.',
  key_not_found: 'This key is not known. Check it against the card.',
  key_already_redeemed: 'This key has already been redeemed.',
  key_reserved: 'This key is being redeemed in another wizard.',
  key_revoked: 'This key has been revoked and cannot be used.',
  key_sku_mismatch: 'All keys of one redemption must be for the same product and term.',
  key_already_added: 'This key is already in the list.',
  too_many_failed_key_attempts: 'Too many unknown keys were tried. Wait a few minutes and try again.',
  redemption_expired: 'This redemption expired before it was finished, and its keys were released.',
  redemption_empty: 'Add at least one product key first.',
  domain_unavailable: 'This domain name is taken. Choose another.',
  domain_prefix_format: 'A domain name has 3 to 27 lower-case letters and digits and starts with a letter.',
  country_not_supported: 'Keycard is not offered in this country.',
  partner_not_eligible: 'Only partners enrolled in Cloud Essentials can offer delegated administration.',
  offer_already_pending: 'An offer to this customer is already waiting for an answer.',
  delegation_already_active: 'You are already a delegated administrator of this customer.',
  insufficient_seats: 'These keys give fewer seats than the licenses already assigned.',
  subscription_migrated: 'This subscription moved to direct billing; keys no longer apply to it.',
  validation_failed: 'Some fields need attention.',
};

export function inWords(problem: Problem): string {
  return (
    WORDS[problem.code as ErrorCode | ConsoleCode] ??
    problem.detail ??
    problem.title ??
    'Something went wrong. Try again.'
  );
}
