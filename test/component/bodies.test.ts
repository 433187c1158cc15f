import { describe, expect, it } from 'vitest';
import {
  asOperator,
  buildPartner,
  call,
  expectProblem,
  openRedemption,
  uniqueProgramId,
} from '../support/api';

/**
 * Bodies by the rules every operation shares: JSON or nothing. A body that is not declared JSON is
 * 415, one that does not parse is 400 invalid_json, and an operation that takes no body accepts none
 * (whatever the content type of an empty one) or `{}`, and nothing else. Nothing is changed by a
 * refused request.
 */
const partnerBody = () =>
  JSON.stringify({
    name: 'Northwind',
    partnerId: uniqueProgramId(),
    email: 'ops@northwind.example',
    cloudEssentials: true,
  });

describe('request bodies', () => {
  it('when a body is sent as text, a form, XML, multipart or with no content type, then 415 unsupported_media_type', async () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'multipart/form-data; boundary=x',
      undefined,
    ]) {
      const response = await call('POST', '/partners', {
        ...asOperator(),
        rawBody: partnerBody(),
        ...(contentType ? { headers: { 'content-type': contentType } } : {}),
      });
      expectProblem(response, 415, 'unsupported_media_type');
    }
  });

  it('when JSON is declared with a charset or as application/*+json, then it is read', async () => {
    for (const contentType of [
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/merge-patch+json',
    ]) {
      const response = await call('POST', '/partners', {
        ...asOperator(),
        rawBody: partnerBody(),
        headers: { 'content-type': contentType },
      });
      expect(response.status, contentType).toBe(201);
    }
  });

  it('when an operation that takes no body gets one, then only none or {} is accepted', async () => {
    const partner = await buildPartner();
    const json = { 'content-type': 'application/json' };
    const confirm = (id: string, options: { rawBody?: string; headers?: Record<string, string> }) =>
      call('POST', `/redemptions/${id}/confirm`, { token: partner.token, ...options });
    const id = await openRedemption(partner);
    expectProblem(await confirm(id, { rawBody: '{"keys": []}', headers: json }), 400, 'validation_failed');
    expectProblem(await confirm(id, { rawBody: '{oops', headers: json }), 400, 'invalid_json');
    expectProblem(
      await confirm(id, { rawBody: 'x'.repeat(10 * 1024 * 1024), headers: json }),
      400,
      'invalid_json',
    );
    expectProblem(await confirm(id, { rawBody: '[]', headers: json }), 400, 'validation_failed');
    expectProblem(
      await confirm(id, { rawBody: 'go', headers: { 'content-type': 'text/plain' } }),
      415,
      'unsupported_media_type',
    );
    // Refused, so still open: none of these confirmed it (an empty redemption cannot be confirmed anyway).
    expect((await call('GET', `/redemptions/${id}`, { token: partner.token })).body.status).toBe('open');
    // {} and an empty body are accepted: the request goes on to the operation's own answer.
    expectProblem(await confirm(id, { rawBody: '{}', headers: json }), 422, 'redemption_empty');
    expectProblem(
      await confirm(id, { rawBody: '', headers: { 'content-type': 'text/plain' } }),
      422,
      'redemption_empty',
    );
    const rotated = await call('POST', `/partners/${partner.id}/tokens`, {
      ...asOperator(),
      rawBody: '{"please": true}',
      headers: json,
    });
    expectProblem(rotated, 400, 'validation_failed');
    expect((await call('GET', '/partners/me', { token: partner.token })).status).toBe(200);
  });
});
