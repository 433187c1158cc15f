import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asOperator, buildPartner, call, expectProblem, uniqueProgramId } from '../support/api';

function partnerBody(partnerId = uniqueProgramId()) {
  return { name: 'Northwind', partnerId, email: 'ops@northwind.example', cloudEssentials: true };
}

describe('Idempotency-Key', () => {
  it('when a POST is repeated with the same key and body, then the first response is replayed', async () => {
    const key = randomUUID();
    const body = partnerBody();
    const first = await call('POST', '/partners', {
      ...asOperator(),
      body,
      headers: { 'idempotency-key': key },
    });
    const second = await call('POST', '/partners', {
      ...asOperator(),
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    // The replayed token is the one that works: no second partner or token was made.
    expect((await call('GET', '/partners/me', { token: second.body.token })).status).toBe(200);
  });

  it('when the same JSON comes again with other spacing and key order under the same key, then it is the same request: replayed', async () => {
    const key = randomUUID();
    const body = partnerBody();
    const first = await call('POST', '/partners', {
      ...asOperator(),
      rawBody: JSON.stringify(body),
      headers: { 'idempotency-key': key, 'content-type': 'application/json' },
    });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await call('POST', '/partners', {
      ...asOperator(),
      rawBody: `\n  ${JSON.stringify(reordered, null, 4)}  \n`,
      headers: { 'idempotency-key': key, 'content-type': 'application/json' },
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.text).toBe(first.text);
  });

  it('when the same key comes with another body, then 422 idempotency_key_reused', async () => {
    const key = randomUUID();
    await call('POST', '/partners', {
      ...asOperator(),
      body: partnerBody(),
      headers: { 'idempotency-key': key },
    });
    const reused = await call('POST', '/partners', {
      ...asOperator(),
      body: partnerBody(),
      headers: { 'idempotency-key': key },
    });
    expectProblem(reused, 422, 'idempotency_key_reused');
  });

  it('when the same key is used on another path, then it is a different request: 422', async () => {
    const partner = await buildPartner();
    const key = randomUUID();
    const open = await call('POST', '/redemptions', {
      token: partner.token,
      body: { attestation: true },
      headers: { 'idempotency-key': key },
    });
    expect(open.status).toBe(201);
    const other = await call('POST', `/redemptions/${open.body.id}/confirm`, {
      token: partner.token,
      headers: { 'idempotency-key': key },
    });
    expectProblem(other, 422, 'idempotency_key_reused');
  });

  it('when two principals use the same key, then each gets its own result', async () => {
    const [a, b] = [await buildPartner(), await buildPartner()];
    const key = randomUUID();
    const ra = await call('POST', '/redemptions', {
      token: a.token,
      body: { attestation: true },
      headers: { 'idempotency-key': key },
    });
    const rb = await call('POST', '/redemptions', {
      token: b.token,
      body: { attestation: true },
      headers: { 'idempotency-key': key },
    });
    expect([ra.status, rb.status]).toEqual([201, 201]);
    expect(ra.body.id).not.toBe(rb.body.id);
  });

  it('when concurrent requests share a key, then the work is done once and the others wait or replay', async () => {
    const partner = await buildPartner();
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', '/redemptions', {
          token: partner.token,
          body: { attestation: true },
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    const busy = responses.filter((r) => r.status === 409);
    expect(created.length + busy.length).toBe(10);
    busy.forEach((r) => expectProblem(r, 409, 'request_in_progress'));
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    const list = await call('GET', '/redemptions', { token: partner.token });
    expect(list.body.items).toHaveLength(1);
  });

  it('when the first attempt failed with a 4xx, then a corrected request may reuse the key', async () => {
    const partner = await buildPartner();
    const key = randomUUID();
    const refused = await call('POST', '/redemptions', {
      token: partner.token,
      body: { attestation: false },
      headers: { 'idempotency-key': key },
    });
    expectProblem(refused, 422, 'attestation_required');
    const accepted = await call('POST', '/redemptions', {
      token: partner.token,
      body: { attestation: true },
      headers: { 'idempotency-key': key },
    });
    expect(accepted.status).toBe(201);
  });

  it.each([
    ['', 'empty'],
    ['x'.repeat(256), 'too long'],
    ['tab\there', 'a control character'],
  ])('when the key is %j (%s), then 400 invalid_idempotency_key', async (key) => {
    const partner = await buildPartner();
    const response = await call('POST', '/redemptions', {
      token: partner.token,
      body: { attestation: true },
      headers: { 'idempotency-key': key },
    });
    expectProblem(response, 400, 'invalid_idempotency_key');
  });
});
