/**
 * A partner's program against the Keycard API, typed from the service's own OpenAPI document.
 *
 * `keycard-api.d.ts` is generated from `GET /api/v1/openapi.json` by openapi-typescript; openapi-fetch
 * turns it into a client whose paths, parameters, bodies, answers and problems are all checked by the
 * compiler. No casts: what the compiler cannot prove is checked at run time (`in`, `undefined`), so the
 * program keeps compiling, strictly, as the document grows. README.md beside this file says how to run it.
 *
 * It registers a partner and mints two keys (operator), redeems them in the wizard (start, add a key, add
 * another, verify, confirm), creates the customer's tenant, reads the subscription and its timeline, pages
 * through the renewals due, offers delegated administration if the partner may, and reacts to a mistyped
 * key by the problem's `code`. It prints a JSON summary on stdout.
 */
import { randomInt, randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { paths } from './keycard-api.js';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

const baseUrl = setting('KEYCARD_API_BASE_URL'); // e.g. http://localhost:7071/api/v1
const operatorToken = setting('KEYCARD_OPERATOR_TOKEN');

const operator = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${operatorToken}` } });

/**
 * Problems are `application/problem+json` with a stable `code`; anything else is no Keycard problem.
 * `instance` names the request (its X-Request-Id): quote it in a support request.
 */
function describeProblem(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    const detail = 'detail' in error && typeof error.detail === 'string' ? `: ${error.detail}` : '';
    const instance = 'instance' in error && typeof error.instance === 'string' ? ` (${error.instance})` : '';
    return `${error.code}${detail}${instance}`;
  }
  return JSON.stringify(error);
}

/** The body of a success, or an error naming the step and the problem. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, step: string): T {
  if (result.data !== undefined) return result.data;
  throw new Error(`${step}: ${result.response.status} ${describeProblem(result.error)}`);
}

// The operator registers the partner; its token is in this answer only.
const registered = ok(
  await operator.POST('/partners', {
    body: {
      name: 'Contoso Cloud',
      partnerId: String(randomInt(1_000_000_000, 10_000_000_000)),
      email: 'ops@contoso.example',
      cloudEssentials: true,
    },
  }),
  'register the partner',
);
const partner = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${registered.token}` } });

// The operator mints two keys. The same Idempotency-Key on a retry finishes the same batch, never a second.
const batch = ok(
  await operator.POST('/product-key-batches', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: { sku: 'BUSINESS_BASIC', seatsPerKey: 10, termMonths: 12, count: 2 },
  }),
  'mint keys',
);
const [firstKey, secondKey] = batch.keys;
if (firstKey === undefined || secondKey === undefined) throw new Error('the batch has fewer than two keys');

// The wizard: start, add a key, add another.
const redemption = ok(await partner.POST('/redemptions', { body: { attestation: true } }), 'start');
const wizard = { path: { id: redemption.id } };
ok(await partner.POST('/redemptions/{id}/keys', { params: wizard, body: { key: firstKey } }), 'add a key');
ok(await partner.POST('/redemptions/{id}/keys', { params: wizard, body: { key: secondKey } }), 'add another');

// A key typed with one wrong symbol, handled by the problem's `code`. The document lists the codes each
// problem response of this operation can carry, so the compiler checks every `case`; the lists are open
// (later versions add codes without notice), so the `default:` branch stays.
const ALPHABET = 'BCDFGHJKMPQRTVWXY2346789';
const lastSymbol = firstKey.slice(-1);
const mistyped = `${firstKey.slice(0, -1)}${ALPHABET[(ALPHABET.indexOf(lastSymbol) + 1) % ALPHABET.length] ?? ''}`;
const attempt = await partner.POST('/redemptions/{id}/keys', { params: wizard, body: { key: mistyped } });
let mistypedKey: { handledAs: string; advice: string };
if (attempt.error === undefined) {
  mistypedKey = { handledAs: 'accepted', advice: 'the key was added' };
} else {
  switch (attempt.error.code) {
    case 'key_checksum_mismatch':
      mistypedKey = { handledAs: attempt.error.code, advice: 'one symbol is mistyped: check the key' };
      break;
    case 'invalid_key_format':
      mistypedKey = { handledAs: attempt.error.code, advice: 'a key is 25 symbols in 5 groups' };
      break;
    case 'key_not_found':
      mistypedKey = { handledAs: attempt.error.code, advice: 'no such key: check the card' };
      break;
    case 'too_many_failed_key_attempts':
      mistypedKey = { handledAs: attempt.error.code, advice: 'too many wrong keys: wait, then try again' };
      break;
    default:
      mistypedKey = { handledAs: `other: ${attempt.error.code}`, advice: attempt.error.detail };
  }
}

// "Verify", then "key addition completed".
const verified = ok(await partner.GET('/redemptions/{id}', { params: wizard }), 'verify');
if (verified.summary === null) throw new Error('the redemption holds no keys');
ok(await partner.POST('/redemptions/{id}/confirm', { params: wizard }), 'confirm');

// A domain prefix nobody has claimed yet.
let domainPrefix = '';
for (let tries = 0; domainPrefix === '' && tries < 5; tries++) {
  const candidate = `fabrikam${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const availability = ok(
    await partner.GET('/domains/{prefix}/availability', { params: { path: { prefix: candidate } } }),
    'domain availability',
  );
  if (availability.available) domainPrefix = candidate;
}
if (domainPrefix === '') throw new Error('no free domain prefix found');

// Complete: the customer's tenant, with us as Partner of Record. The request is safe to send again.
const completed = ok(
  await partner.POST('/redemptions/{id}/complete', {
    params: { ...wizard, header: { 'Idempotency-Key': randomUUID() } },
    body: {
      action: 'create_tenant',
      tenant: {
        organizationName: 'Fabrikam',
        countryCode: 'IT',
        domainPrefix,
        admin: { firstName: 'Ada', lastName: 'Rossi', email: `ada@${domainPrefix}.example` },
      },
      partnerOfRecord: true,
      delegatedAdministration: false,
    },
  }),
  'complete',
);
// complete answers a new tenant (create_tenant) or a subscription (renew, add_seats).
if (!('tenant' in completed)) throw new Error('complete did not create a tenant');
const { tenant } = completed;

// The subscription, with the timeline of its term.
const subscription = ok(
  await partner.GET('/subscriptions/{id}', { params: { path: { id: completed.subscription.id } } }),
  'read the subscription',
);
const noticeDays = subscription.timeline.flatMap((entry) =>
  entry.event === 'renewal_notice' && entry.daysBeforeExpiry !== undefined ? [entry.daysBeforeExpiry] : [],
);

// Renewals due: every subscription ending before the day after this one's end, page by page.
const expiresBefore = new Date(Date.parse(subscription.termEnd) + 86_400_000).toISOString().slice(0, 10);
const renewalsDue: string[] = [];
let pages = 0;
// A page's continuationToken, passed back unchanged, asks for the next page; the last page has none.
let continuationToken: string | undefined;
do {
  const page = ok(
    await partner.GET('/subscriptions', {
      params: { query: { expiresBefore, ...(continuationToken === undefined ? {} : { continuationToken }) } },
    }),
    'renewals due',
  );
  pages += 1;
  renewalsDue.push(...page.items.map((item) => item.id));
  continuationToken = page.continuationToken ?? undefined;
} while (continuationToken !== undefined);

// Delegated administration needs Cloud Essentials: offer it only when the partner is enrolled.
const me = ok(await partner.GET('/partners/me'), 'the partner');
let offer: { status: string } | null = null;
if (me.cloudEssentials) {
  const sent = ok(
    await partner.POST('/tenants/{id}/delegation-offers', {
      params: { path: { id: tenant.id } },
      body: { message: 'Contoso Cloud would like to manage your subscriptions for you.' },
    }),
    'offer delegated administration',
  );
  offer = { status: sent.status };
}

const summary = {
  partnerId: registered.partnerId,
  redemption: { id: redemption.id, keys: verified.keys.length, totalSeats: verified.summary.totalSeats },
  mistypedKey,
  tenant: { id: tenant.id, domain: tenant.domain },
  subscription: {
    id: subscription.id,
    state: subscription.state,
    seats: subscription.seats,
    termEnd: subscription.termEnd,
    noticeDays,
  },
  renewalsDue: { expiresBefore, pages, ids: renewalsDue },
  offer,
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
