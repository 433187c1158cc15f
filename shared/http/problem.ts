import type { HttpResponseInit } from '@azure/functions';
import { DomainError, type ErrorCode } from '../domain/errors';

/**
 * One place that turns errors into RFC 9457 problem+json. Each code has one default status; an
 * operation may override it where docs/api.md gives the same code another status (`statusOverrides`).
 */
const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  unsupported_media_type: { status: 415, title: 'The body is not JSON' },
  invalid_json: { status: 400, title: 'The body is not valid JSON' },
  validation_failed: { status: 400, title: 'The request is not valid' },
  invalid_text: { status: 422, title: 'Text with characters that do not belong in it' },
  invalid_idempotency_key: { status: 400, title: 'Invalid Idempotency-Key' },
  invalid_continuation_token: { status: 400, title: 'Invalid continuation token' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key used with another request' },
  request_in_progress: { status: 409, title: 'The first request with this Idempotency-Key is still running' },
  precondition_failed: { status: 412, title: 'The resource changed since it was read (If-Match)' },
  partner_exists: { status: 409, title: 'Partner already registered' },
  attestation_required: { status: 422, title: 'Attestation required' },
  invalid_key_format: { status: 422, title: 'Not a product key' },
  key_checksum_mismatch: { status: 422, title: 'Product key mistyped' },
  key_not_found: { status: 422, title: 'Unknown product key' },
  key_already_redeemed: { status: 422, title: 'Product key already redeemed' },
  key_reserved: { status: 422, title: 'Product key held by another redemption' },
  key_revoked: { status: 422, title: 'Product key revoked' },
  key_sku_mismatch: { status: 422, title: 'Product key of another product or term' },
  key_already_added: { status: 409, title: 'Product key already in this redemption' },
  too_many_keys: { status: 422, title: 'Too many keys in one redemption' },
  too_many_failed_key_attempts: { status: 429, title: 'Too many failed key look-ups' },
  redemption_not_open: { status: 409, title: 'Redemption not open' },
  redemption_expired: { status: 410, title: 'Redemption expired' },
  redemption_empty: { status: 422, title: 'Redemption has no keys' },
  redemption_not_confirmed: { status: 409, title: 'Redemption not confirmed' },
  redemption_completed: { status: 409, title: 'Redemption already completed' },
  partner_not_found: { status: 422, title: 'No partner with this program id' },
  partner_not_eligible: { status: 403, title: 'Partner not enrolled in Cloud Essentials' },
  invalid_country_code: { status: 422, title: 'Not an ISO 3166-1 alpha-2 country code' },
  unsupported_language: { status: 422, title: 'Language not offered' },
  country_not_supported: { status: 422, title: 'Service not offered in this country' },
  domain_unavailable: { status: 409, title: 'Domain not available' },
  insufficient_seats: { status: 422, title: 'Seats do not cover the assigned licenses' },
  key_term_too_short: { status: 422, title: "The keys' term does not reach the end of the current term" },
  key_term_exceeds_remaining: { status: 409, title: "The keys' term outlives the subscription's" },
  prepaid_term_remaining: { status: 409, title: 'Prepaid term would be given up' },
  subscription_not_active: { status: 409, title: 'Subscription not active' },
  subscription_disabled: { status: 409, title: 'Subscription disabled' },
  subscription_deleted: { status: 409, title: 'Subscription deleted' },
  subscription_migrated: { status: 409, title: 'Subscription billed directly' },
  no_licenses_available: { status: 409, title: 'No license available' },
  user_exists: { status: 409, title: 'User already exists' },
  last_admin: { status: 409, title: 'Last global administrator' },
  user_not_administrator: { status: 409, title: 'Not a Global Administrator' },
  offer_already_pending: { status: 409, title: 'An offer is already pending' },
  delegation_already_active: { status: 409, title: 'Already a delegated administrator' },
  offer_expired: { status: 410, title: 'Offer expired' },
  offer_used: { status: 410, title: 'Offer already answered' },
  offer_withdrawn: { status: 410, title: 'Offer withdrawn by the partner' },
  notification_not_failed: { status: 409, title: 'Only a failed notification can be sent again' },
  too_many_webhook_endpoints: { status: 422, title: 'No more than 10 webhook endpoints' },
  webhook_url_forbidden: { status: 422, title: 'The service may not call this webhook URL' },
  store_busy: { status: 503, title: 'Busy, try again' },
  store_unavailable: { status: 503, title: 'The store is unavailable, try again' },
  configuration_unavailable: { status: 503, title: 'The service is not configured yet' },
  internal_error: { status: 500, title: 'Internal error' },
};

export type StatusOverrides = Partial<Record<ErrorCode, number>>;

export function statusFor(code: ErrorCode, overrides: StatusOverrides = {}): number {
  return overrides[code] ?? STATUS[code].status;
}

/** The problem's `instance` (RFC 9457 §3.1.5): the request it happened in, as X-Request-Id names it. */
export function problemInstance(requestId: string): string {
  return `urn:keycard:request:${requestId}`;
}

export function problemResponse(
  error: DomainError,
  requestId: string,
  overrides: StatusOverrides = {},
): HttpResponseInit {
  const status = statusFor(error.code, overrides);
  const body = {
    type: `urn:keycard:error:${error.code}`,
    title: STATUS[error.code].title,
    status,
    code: error.code,
    detail: error.detail,
    instance: problemInstance(requestId),
    ...error.details.extensions,
    ...(error.details.errors ? { errors: error.details.errors } : {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (error.details.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(error.details.retryAfterSeconds);
  if (status === 401) headers['www-authenticate'] = 'Bearer';
  return { status, headers, body: JSON.stringify(body) };
}
