/**
 * Every failure a caller can act on has a stable `code`; partner tools branch on it, so codes are
 * never renamed. The HTTP status for each code lives in `shared/http/problem.ts`.
 */
export const ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'unsupported_media_type',
  'invalid_json',
  'validation_failed',
  'invalid_text',
  'invalid_idempotency_key',
  'invalid_continuation_token',
  'idempotency_key_reused',
  'request_in_progress',
  'precondition_failed',
  'partner_exists',
  'attestation_required',
  'invalid_key_format',
  'key_checksum_mismatch',
  'key_not_found',
  'key_already_redeemed',
  'key_reserved',
  'key_revoked',
  'key_sku_mismatch',
  'key_already_added',
  'too_many_keys',
  'too_many_failed_key_attempts',
  'redemption_not_open',
  'redemption_expired',
  'redemption_empty',
  'redemption_not_confirmed',
  'redemption_completed',
  'partner_not_found',
  'partner_not_eligible',
  'invalid_country_code',
  'unsupported_language',
  'country_not_supported',
  'domain_unavailable',
  'insufficient_seats',
  'key_term_too_short',
  'key_term_exceeds_remaining',
  'prepaid_term_remaining',
  'subscription_not_active',
  'subscription_disabled',
  'subscription_deleted',
  'subscription_migrated',
  'no_licenses_available',
  'user_exists',
  'last_admin',
  'user_not_administrator',
  'offer_already_pending',
  'delegation_already_active',
  'offer_expired',
  'offer_used',
  'offer_withdrawn',
  'notification_not_failed',
  'too_many_webhook_endpoints',
  'webhook_url_forbidden',
  'store_busy',
  'store_unavailable',
  'configuration_unavailable',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: string;
  /** Where the problem has a code of its own (e.g. invalid_country_code). */
  code?: ErrorCode;
}

export interface DomainErrorDetails {
  /** Field-level problems, all of them at once (validation). */
  errors?: FieldIssue[];
  /** Seconds the caller should wait before trying again (rate limits, a busy store). */
  retryAfterSeconds?: number;
  /** Extension members of the problem (RFC 9457 §3.2): facts a client can act on without parsing `detail`. */
  extensions?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
  }
}
