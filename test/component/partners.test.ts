import { describe, expect, it } from 'vitest';
import {
  asOperator,
  buildPartner,
  call,
  expectProblem,
  operatorToken,
  uniqueProgramId,
} from '../support/api';

describe('partners', () => {
  it('when the operator registers a partner, then it gets 201 with the partner and a token shown once', async () => {
    const partnerId = uniqueProgramId();
    const response = await call('POST', '/partners', {
      ...asOperator(),
      body: { name: 'Contoso Ltd', partnerId, email: 'ops@contoso.example', cloudEssentials: false },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Contoso Ltd',
      partnerId,
      email: 'ops@contoso.example',
      cloudEssentials: false,
    });
    expect(response.body.token).toMatch(/^kcp_[A-Za-z0-9_-]{43}$/);
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('location')).toBe(`/api/v1/partners/${response.body.id}`);

    const me = await call('GET', '/partners/me', { token: response.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ ...response.body, token: undefined, updatedAt: me.body.updatedAt });
    expect(me.text).not.toContain('token');
  });

  it('when the program id is already registered, then 409 partner_exists and nothing changes', async () => {
    const partner = await buildPartner();
    const again = await call('POST', '/partners', {
      ...asOperator(),
      body: { name: 'Impostor', partnerId: partner.partnerId, email: 'x@y.example', cloudEssentials: true },
    });
    expectProblem(again, 409, 'partner_exists');
    const me = await call('GET', '/partners/me', { token: partner.token });
    expect(me.body.name).toBe(partner.name);
  });

  it('when the body breaks several rules, then 400 validation_failed lists every problem at once', async () => {
    const response = await call('POST', '/partners', {
      ...asOperator(),
      body: { name: '', partnerId: '12ab', email: 'not-an-email', cloudEssentials: 'yes', extra: 1 },
    });
    expectProblem(response, 400, 'validation_failed');
    const paths = response.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['cloudEssentials', 'email', 'extra', 'name', 'partnerId']);
  });

  it('when the body is not JSON, then 400 invalid_json', async () => {
    const json = { 'content-type': 'application/json' };
    expectProblem(
      await call('POST', '/partners', { ...asOperator(), rawBody: '{"name": ', headers: json }),
      400,
      'invalid_json',
    );
    expectProblem(await call('POST', '/partners', { ...asOperator() }), 400, 'invalid_json');
  });

  it('when no token or an unknown token is sent, then 401 unauthenticated with WWW-Authenticate', async () => {
    const none = await call('POST', '/partners', { body: {} });
    expectProblem(none, 401, 'unauthenticated');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expectProblem(await call('GET', '/partners/me', { token: 'kcp_unknown' }), 401, 'unauthenticated');
    expectProblem(
      await call('GET', '/partners/me', { headers: { authorization: `Basic ${operatorToken()}` } }),
      401,
      'unauthenticated',
    );
  });

  it('when a partner calls an operator operation or the operator a partner one, then 403 forbidden', async () => {
    const partner = await buildPartner();
    expectProblem(await call('POST', '/partners', { token: partner.token, body: {} }), 403, 'forbidden');
    expectProblem(
      await call('PATCH', `/partners/${partner.id}`, { token: partner.token, body: { name: 'x' } }),
      403,
      'forbidden',
    );
    expectProblem(await call('GET', '/partners/me', asOperator()), 403, 'forbidden');
  });

  it('when the operator patches a partner, then only the given fields change', async () => {
    const partner = await buildPartner({ cloudEssentials: false });
    const response = await call('PATCH', `/partners/${partner.id}`, {
      ...asOperator(),
      body: { cloudEssentials: true },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: partner.name,
      cloudEssentials: true,
      partnerId: partner.partnerId,
    });
    expectProblem(
      await call('PATCH', `/partners/${partner.id}`, { ...asOperator(), body: {} }),
      400,
      'validation_failed',
    );
    expectProblem(
      await call('PATCH', '/partners/00000000-0000-4000-8000-000000000000', {
        ...asOperator(),
        body: { name: 'x' },
      }),
      404,
      'not_found',
    );
    expectProblem(
      await call('PATCH', '/partners/not-a-uuid', { ...asOperator(), body: { name: 'x' } }),
      404,
      'not_found',
    );
  });

  it('when the operator issues a new token, then the earlier one stops working at once', async () => {
    const partner = await buildPartner();
    const response = await call('POST', `/partners/${partner.id}/tokens`, asOperator());
    expect(response.status).toBe(201);
    expect(response.body.token).toMatch(/^kcp_/);
    expect(response.body.token).not.toBe(partner.token);
    expectProblem(await call('GET', '/partners/me', { token: partner.token }), 401, 'unauthenticated');
    expect((await call('GET', '/partners/me', { token: response.body.token })).status).toBe(200);
    expectProblem(
      await call('POST', '/partners/00000000-0000-4000-8000-000000000000/tokens', asOperator()),
      404,
      'not_found',
    );
  });

  it('when ten token rotations of one partner race, then one answers a token that works and the others 409 request_in_progress', async () => {
    const partner = await buildPartner();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => call('POST', `/partners/${partner.id}/tokens`, asOperator())),
    );
    const issued = answers.filter((a) => a.status === 201);
    expect(issued).toHaveLength(1);
    for (const refused of answers.filter((a) => a.status !== 201))
      expectProblem(refused, 409, 'request_in_progress');
    // Every token ever handed out works: the one issued, and no other.
    expect((await call('GET', '/partners/me', { token: issued[0]?.body.token })).status).toBe(200);
    expectProblem(await call('GET', '/partners/me', { token: partner.token }), 401, 'unauthenticated');
  });
});
