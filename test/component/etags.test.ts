import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  asOperator,
  buildPartner,
  call,
  expectProblem,
  type ApiResponse,
  type CallOptions,
} from '../support/api';
import { buildTenant } from '../support/tenants';

/**
 * Changes that cannot overwrite each other (docs/api.md): the resources that change send an ETag, and
 * a change sent with `If-Match` applies to that version only (412 precondition_failed otherwise,
 * nothing changed). If-Match stays optional.
 */
function etagOf(response: ApiResponse<any>): string {
  expect(response.status, response.text).toBe(200);
  const etag = response.headers.get('etag');
  expect(etag, 'a strong entity-tag').toMatch(/^"[^"]+"$/);
  return etag as string;
}

function ifMatch(who: CallOptions, etag: string): CallOptions {
  return { ...who, headers: { ...who.headers, 'if-match': etag } };
}

/** A resource that changes, read and changed through the API. */
interface Resource {
  who: CallOptions;
  path: string;
  change: { method: 'PATCH' | 'PUT'; path: string; body: (n: number) => unknown };
  /** What the change with `n` shows in the resource. */
  changed: (body: any, n: number) => boolean;
}

async function partnerResource(): Promise<Resource> {
  const partner = await buildPartner({ name: 'Version Zero' });
  const path = `/partners/${partner.id}`;
  return {
    who: asOperator(),
    path,
    change: { method: 'PATCH', path, body: (n) => ({ name: `Version ${n}` }) },
    changed: (body, n) => body.name === `Version ${n}`,
  };
}

async function userResource(): Promise<Resource> {
  const tenant = await buildTenant({ delegatedAdministration: true });
  const who = { token: tenant.partner.token };
  const added = await call('POST', `/tenants/${tenant.tenantId}/users`, {
    ...who,
    body: { firstName: 'Ida', lastName: 'Zero', userName: `ida.${randomUUID().slice(0, 8)}` },
  });
  expect(added.status, added.text).toBe(201);
  const path = `/tenants/${tenant.tenantId}/users/${added.body.id}`;
  return {
    who,
    path,
    change: { method: 'PATCH', path, body: (n) => ({ lastName: `Version${n}` }) },
    changed: (body, n) => body.displayName === `Ida Version${n}`,
  };
}

/** The Partner of Record changes between partners registered for the test (by program id). */
async function subscriptionResource(): Promise<Resource> {
  const tenant = await buildTenant({ delegatedAdministration: true });
  const partners = await Promise.all([1, 2, 3, 4, 5, 6].map(() => buildPartner()));
  const path = `/subscriptions/${tenant.subscriptionId}`;
  return {
    who: { token: tenant.partner.token },
    path,
    change: {
      method: 'PUT',
      path: `${path}/partner-of-record`,
      body: (n) => ({ partnerId: partners[n - 1]?.partnerId }),
    },
    changed: (body, n) => body.partnerOfRecord?.partnerId === partners[n - 1]?.partnerId,
  };
}

const RESOURCES: [string, () => Promise<Resource>][] = [
  ['GET and PATCH /partners/{id}', partnerResource],
  ['GET and PATCH /tenants/{id}/users/{userId}', userResource],
  ['GET /subscriptions/{id} and PUT /subscriptions/{id}/partner-of-record', subscriptionResource],
];

describe.each(RESOURCES)('ETags and If-Match: %s', (_name, make) => {
  it('when the ETag of a GET is sent back as If-Match, then the change is made and answers a new ETag, the one a GET now gives', async () => {
    const resource = await make();
    const { who, change } = resource;
    const read = etagOf(await call('GET', resource.path, who));
    expect(etagOf(await call('GET', resource.path, who)), 'unchanged, the same ETag').toBe(read);

    const changed = await call(change.method, change.path, { ...ifMatch(who, read), body: change.body(1) });
    const next = etagOf(changed);
    expect(next).not.toBe(read);
    expect(resource.changed(changed.body, 1), changed.text).toBe(true);
    expect(etagOf(await call('GET', resource.path, who))).toBe(next);

    // A list of entity-tags naming the current one, and `*`, match too.
    const listed = await call(change.method, change.path, {
      ...ifMatch(who, `"stale", ${next}`),
      body: change.body(2),
    });
    expect(resource.changed(listed.body, 2), listed.text).toBe(true);
    const any = await call(change.method, change.path, { ...ifMatch(who, '*'), body: change.body(3) });
    expect(resource.changed(any.body, 3), any.text).toBe(true);
    expect(etagOf(any)).not.toBe(etagOf(listed));
  });

  it('when If-Match names a version that is no longer current (or a weak or malformed one), then 412 precondition_failed and nothing changed', async () => {
    const resource = await make();
    const { who, change } = resource;
    const stale = etagOf(await call('GET', resource.path, who));
    const current = etagOf(
      await call(change.method, change.path, { ...ifMatch(who, stale), body: change.body(1) }),
    );
    const before = await call('GET', resource.path, who);

    for (const wrong of [stale, `W/${current}`, current.slice(1, -1), '"not-a-version"']) {
      const refused = await call(change.method, change.path, {
        ...ifMatch(who, wrong),
        body: change.body(2),
      });
      expectProblem(refused, 412, 'precondition_failed');
    }
    const after = await call('GET', resource.path, who);
    expect(etagOf(after)).toBe(current);
    expect(after.body).toEqual(before.body);
    expect(resource.changed(after.body, 2)).toBe(false);
  });

  it('when no If-Match is sent, then the change is made as before, with its new ETag', async () => {
    const resource = await make();
    const { who, change } = resource;
    const read = etagOf(await call('GET', resource.path, who));
    const changed = await call(change.method, change.path, { ...who, body: change.body(1) });
    expect(resource.changed(changed.body, 1), changed.text).toBe(true);
    expect(etagOf(changed)).not.toBe(read);
    expect(etagOf(await call('GET', resource.path, who))).toBe(etagOf(changed));
  });

  it('when several changes are sent at once with the same If-Match, then exactly one is made and the others get 412', async () => {
    const resource = await make();
    const { who, change } = resource;
    const read = etagOf(await call('GET', resource.path, who));
    const attempts = [2, 3, 4, 5, 6];
    const answers = await Promise.all(
      attempts.map((n) => call(change.method, change.path, { ...ifMatch(who, read), body: change.body(n) })),
    );
    const made = answers.filter((answer) => answer.status === 200);
    expect(made, answers.map((answer) => `${answer.status} ${answer.text}`).join('\n')).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.status !== 200))
      expectProblem(refused, 412, 'precondition_failed');

    const winner = attempts[answers.indexOf(made[0] as ApiResponse<any>)] as number;
    const after = await call('GET', resource.path, who);
    expect(resource.changed(after.body, winner), after.text).toBe(true);
    expect(etagOf(after)).toBe(etagOf(made[0] as ApiResponse<any>));
  });
});

describe('ETags and If-Match: a user who becomes an administrator', () => {
  it("when the promotion's If-Match is stale, then 412 and the user is not made an administrator", async () => {
    const tenant = await buildTenant({ delegatedAdministration: true });
    const who = { token: tenant.partner.token };
    const added = await call('POST', `/tenants/${tenant.tenantId}/users`, {
      ...who,
      body: { firstName: 'Ola', lastName: 'Nord', userName: `ola.${randomUUID().slice(0, 8)}` },
    });
    const path = `/tenants/${tenant.tenantId}/users/${added.body.id}`;
    const stale = etagOf(await call('GET', path, who));
    etagOf(await call('PATCH', path, { ...ifMatch(who, stale), body: { firstName: 'Olav' } }));

    const promotion = {
      roles: ['global_administrator'],
      email: `ola.${randomUUID().slice(0, 8)}@contoso.example`,
    };
    expectProblem(
      await call('PATCH', path, { ...ifMatch(who, stale), body: promotion }),
      412,
      'precondition_failed',
    );
    const after = await call('GET', path, who);
    expect(after.body).toMatchObject({ displayName: 'Olav Nord', roles: [] });
    // The last administrator is still the only one: stepping down is refused as before.
    expectProblem(
      await call('PATCH', `/tenants/${tenant.tenantId}/users/${tenant.adminUserId}`, {
        ...who,
        body: { roles: [] },
      }),
      409,
      'last_admin',
    );
  });
});
