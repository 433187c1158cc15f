import type { ErrorCode } from '../shared/domain/errors';
import type { en } from '../shared/text/catalogs/pages/console/en';

/**
 * Which sentence of the catalogs (shared/text/catalogs/pages/console/) says each problem to a
 * partner: every code the API documents (shared/domain/errors.ts; the Record makes a code without a
 * sentence a compile error, and test/unit/console-messages.test.ts says which), the console's own,
 * and each field of the wizard's forms by its `errors[].path` (the validation library's text is
 * never shown). No browser here: the unit test reads it as it is.
 */
type MessageId = keyof typeof en;

/** What the console finds by itself: no answer, an answer that is no problem, a prefix it checks. */
export type ConsoleCode = 'network' | 'unavailable' | 'domain_prefix_format';

export const PROBLEM_WORDS: Readonly<Record<ErrorCode | ConsoleCode, MessageId>> = {
  unauthenticated: 'console.problem.unauthenticated',
  forbidden: 'console.problem.forbidden',
  not_found: 'console.problem.notFound',
  method_not_allowed: 'console.problem.consoleRequest',
  unsupported_media_type: 'console.problem.consoleRequest',
  invalid_json: 'console.problem.consoleRequest',
  validation_failed: 'console.problem.validationFailed',
  invalid_text: 'console.problem.invalidText',
  invalid_idempotency_key: 'console.problem.consoleRequest',
  invalid_continuation_token: 'console.problem.invalidContinuationToken',
  idempotency_key_reused: 'console.problem.idempotencyKeyReused',
  request_in_progress: 'console.problem.requestInProgress',
  precondition_failed: 'console.problem.preconditionFailed',
  partner_exists: 'console.problem.partnerExists',
  attestation_required: 'console.problem.attestationRequired',
  invalid_key_format: 'console.problem.invalidKeyFormat',
  key_checksum_mismatch: 'console.problem.keyChecksumMismatch',
  key_not_found: 'console.problem.keyNotFound',
  key_already_redeemed: 'console.problem.keyAlreadyRedeemed',
  key_reserved: 'console.problem.keyReserved',
  key_revoked: 'console.problem.keyRevoked',
  key_sku_mismatch: 'console.problem.keySkuMismatch',
  key_already_added: 'console.problem.keyAlreadyAdded',
  too_many_keys: 'console.problem.tooManyKeys',
  too_many_failed_key_attempts: 'console.problem.tooManyFailedKeyAttempts',
  redemption_not_open: 'console.problem.redemptionNotOpen',
  redemption_expired: 'console.problem.redemptionExpired',
  redemption_empty: 'console.problem.redemptionEmpty',
  redemption_not_confirmed: 'console.problem.redemptionNotConfirmed',
  redemption_completed: 'console.problem.redemptionCompleted',
  partner_not_found: 'console.problem.partnerNotFound',
  partner_not_eligible: 'console.problem.partnerNotEligible',
  invalid_country_code: 'console.problem.invalidCountryCode',
  unsupported_language: 'console.problem.unsupportedLanguage',
  country_not_supported: 'console.problem.countryNotSupported',
  domain_unavailable: 'console.problem.domainUnavailable',
  insufficient_seats: 'console.problem.insufficientSeats',
  key_term_too_short: 'console.problem.keyTermTooShort',
  key_term_exceeds_remaining: 'console.problem.keyTermExceedsRemaining',
  prepaid_term_remaining: 'console.problem.prepaidTermRemaining',
  subscription_not_active: 'console.problem.subscriptionNotActive',
  subscription_disabled: 'console.problem.subscriptionDisabled',
  subscription_deleted: 'console.problem.subscriptionDeleted',
  subscription_migrated: 'console.problem.subscriptionMigrated',
  no_licenses_available: 'console.problem.noLicensesAvailable',
  user_exists: 'console.problem.userExists',
  last_admin: 'console.problem.lastAdmin',
  user_not_administrator: 'console.problem.userNotAdministrator',
  offer_already_pending: 'console.problem.offerAlreadyPending',
  delegation_already_active: 'console.problem.delegationAlreadyActive',
  offer_expired: 'console.problem.offerExpired',
  offer_used: 'console.problem.offerUsed',
  offer_withdrawn: 'console.problem.offerWithdrawn',
  notification_not_failed: 'console.problem.notificationNotFailed',
  too_many_webhook_endpoints: 'console.problem.tooManyWebhookEndpoints',
  webhook_url_forbidden: 'console.problem.webhookUrlForbidden',
  store_busy: 'console.problem.busy',
  store_unavailable: 'console.problem.unavailable',
  configuration_unavailable: 'console.problem.unavailable',
  internal_error: 'console.problem.internalError',
  network: 'console.problem.network',
  unavailable: 'console.problem.unavailable',
  domain_prefix_format: 'console.problem.domainPrefixFormat',
};

/**
 * What each field of the wizard's requests must hold, by its path in `errors[]` (the start, a key,
 * `complete` for a new customer, a renewal or added seats), of the offer of delegated administration and of a
 * tenant's users (add, change). A path not here (an unknown field) gets
 * `console.field.other`.
 */
export const FIELD_WORDS: Readonly<Record<string, MessageId>> = {
  attestation: 'console.wizard.attestationTick',
  key: 'console.field.key',
  action: 'console.field.other',
  'tenant.organizationName': 'console.field.organizationName',
  'tenant.countryCode': 'console.problem.invalidCountryCode',
  'tenant.language': 'console.problem.unsupportedLanguage',
  'tenant.domainPrefix': 'console.problem.domainPrefixFormat',
  'tenant.admin.firstName': 'console.field.firstName',
  'tenant.admin.lastName': 'console.field.lastName',
  'tenant.admin.email': 'console.field.email',
  'tenant.admin.phone': 'console.field.phone',
  partnerOfRecord: 'console.field.choice',
  delegatedAdministration: 'console.field.choice',
  subscriptionId: 'console.field.subscription',
  acceptUnusedTerm: 'console.field.choice',
  message: 'console.field.offerMessage',
  firstName: 'console.field.userFirstName',
  lastName: 'console.field.userLastName',
  userName: 'console.field.userName',
  email: 'console.field.contactEmail',
  roles: 'console.field.role',
  assignLicense: 'console.field.choice',
};

/** A field's problem: its own code's sentence where it has one (invalid_text…), else its field's. */
export function fieldWordsOf(issue: { path: string; code?: string | undefined }): MessageId {
  if (issue.code && Object.hasOwn(PROBLEM_WORDS, issue.code))
    return PROBLEM_WORDS[issue.code as ErrorCode | ConsoleCode];
  return Object.hasOwn(FIELD_WORDS, issue.path)
    ? (FIELD_WORDS[issue.path] as MessageId)
    : 'console.field.other';
}
