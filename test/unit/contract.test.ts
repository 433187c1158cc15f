import { describe, expect, it } from 'vitest';
import { contractViolation } from '../support/contract';

const PARTNER = {
  id: '6f0c3c55-3a55-4c7b-9a9e-2d0f0c7a4b10',
  name: 'Fabrikam',
  partnerId: '4400123',
  email: 'p@fabrikam.example',
  cloudEssentials: true,
  language: 'en',
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};
const REQUEST_ID = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const JSON_ANSWER = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': REQUEST_ID };
const PROBLEM_ANSWER = { 'content-type': 'application/problem+json', 'x-request-id': REQUEST_ID };
const PROBLEM = {
  type: 'urn:keycard:error:not_found',
  title: 'Not found',
  status: 404,
  code: 'not_found',
  detail: 'No such tenant.',
  instance: `urn:keycard:request:${REQUEST_ID}`,
};

const headers = (values: Record<string, string>) => new Headers(values);

/** The check every test's client runs on every answer: it must catch what drifts from the document. */
describe('contract check of the test client', () => {
  it('when an answer is what the operation documents, then it passes', () => {
    expect(contractViolation('GET', '/partners/me', 200, headers(JSON_ANSWER), PARTNER)).toBeNull();
    expect(contractViolation('GET', '/tenants/x', 404, headers(PROBLEM_ANSWER), PROBLEM)).toBeNull();
  });

  it('when a body carries a field its schema does not name, lacks one, or has the wrong type, then it is a violation', () => {
    const answer = headers(JSON_ANSWER);
    expect(contractViolation('GET', '/partners/me', 200, answer, { ...PARTNER, tokenHash: 'x' })).toMatch(
      /does not document/,
    );
    const { email: _email, ...withoutEmail } = PARTNER;
    expect(contractViolation('GET', '/partners/me', 200, answer, withoutEmail)).toMatch(/email/);
    expect(contractViolation('GET', '/partners/me', 200, answer, { ...PARTNER, createdAt: 'today' })).toMatch(
      /createdAt/,
    );
  });

  it('when a status is not documented, or an error is not problem+json, then it is a violation', () => {
    expect(contractViolation('GET', '/partners/me', 201, headers(JSON_ANSWER), PARTNER)).toMatch(
      /does not declare/,
    );
    expect(contractViolation('GET', '/tenants/x', 404, headers(JSON_ANSWER), PROBLEM)).toMatch(
      /not problem\+json/,
    );
    expect(
      contractViolation('GET', '/tenants/x', 404, headers(PROBLEM_ANSWER), { ...PROBLEM, stack: 'at …' }),
    ).toMatch(/does not document/);
  });

  it("when a problem's code is not one the document lists for that operation and status, then it is a violation", () => {
    // key_term_too_short is a 422 of complete, not of reading a tenant.
    const foreign = { ...PROBLEM, status: 422, code: 'key_term_too_short' };
    expect(contractViolation('GET', '/tenants/x', 422, headers(PROBLEM_ANSWER), foreign)).toMatch(
      /does not declare/,
    );
    const wrongStatus = { ...PROBLEM, code: 'partner_exists' };
    expect(contractViolation('GET', '/tenants/x', 404, headers(PROBLEM_ANSWER), wrongStatus)).toMatch(
      /code partner_exists is not among/,
    );
    // 405 and 503 configuration_unavailable are documented on every operation.
    const unavailable = { ...PROBLEM, status: 503, code: 'configuration_unavailable' };
    const withRetry = headers({ ...PROBLEM_ANSWER, 'retry-after': '60' });
    expect(contractViolation('GET', '/tenants/x', 503, withRetry, unavailable)).toBeNull();
  });

  it('when a header is sent that the answer does not declare, or a required one is missing, then it is a violation', () => {
    const extra = headers({ ...JSON_ANSWER, 'x-debug': 'on' });
    expect(contractViolation('GET', '/partners/me', 200, extra, PARTNER)).toMatch(
      /header x-debug is not declared/,
    );
    const noRequestId = headers({ 'content-type': 'application/json' });
    expect(contractViolation('GET', '/partners/me', 200, noRequestId, PARTNER)).toMatch(
      /declared header x-request-id is missing/,
    );
    // Location is declared on 201s, not on a read.
    const located = headers({ ...JSON_ANSWER, location: '/api/v1/partners/p' });
    expect(contractViolation('GET', '/partners/me', 200, located, PARTNER)).toMatch(/header location/);
  });

  it('when a path is served by no operation, then the check has nothing to say', () => {
    expect(contractViolation('GET', '/admin/clock', 200, headers({}), { anything: true })).toBeNull();
  });
});
