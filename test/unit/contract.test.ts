import { describe, expect, it } from 'vitest';
import { contractViolation } from '../support/contract';

const PARTNER = {
  id: '6f0c3c55-3a55-4c7b-9a9e-2d0f0c7a4b10',
  name: 'Fabrikam',
  partnerId: '4400123',
  email: 'p@fabrikam.example',
  cloudEssentials: true,
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};
const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM = {
  type: 'urn:keycard:error:not_found',
  title: 'Not found',
  status: 404,
  code: 'not_found',
  detail: 'No such tenant.',
};

/** The check every test's client runs on every answer: it must catch what drifts from the document. */
describe('contract check of the test client', () => {
  it('when an answer is what the operation documents, then it passes', () => {
    expect(contractViolation('GET', '/partners/me', 200, JSON_TYPE, PARTNER)).toBeNull();
    expect(contractViolation('GET', '/tenants/x', 404, 'application/problem+json', PROBLEM)).toBeNull();
  });

  it('when a body carries a field its schema does not name, lacks one, or has the wrong type, then it is a violation', () => {
    expect(contractViolation('GET', '/partners/me', 200, JSON_TYPE, { ...PARTNER, tokenHash: 'x' })).toMatch(
      /does not document/,
    );
    const { email: _email, ...withoutEmail } = PARTNER;
    expect(contractViolation('GET', '/partners/me', 200, JSON_TYPE, withoutEmail)).toMatch(/email/);
    expect(
      contractViolation('GET', '/partners/me', 200, JSON_TYPE, { ...PARTNER, createdAt: 'today' }),
    ).toMatch(/createdAt/);
  });

  it('when a success status is not the documented one, or an error is not problem+json, then it is a violation', () => {
    expect(contractViolation('GET', '/partners/me', 201, JSON_TYPE, PARTNER)).toMatch(/does not document/);
    expect(contractViolation('GET', '/tenants/x', 404, JSON_TYPE, PROBLEM)).toMatch(/not problem\+json/);
    expect(
      contractViolation('GET', '/tenants/x', 404, 'application/problem+json', { ...PROBLEM, stack: 'at …' }),
    ).toMatch(/does not document/);
  });

  it('when a path is served by no operation, then the check has nothing to say', () => {
    expect(contractViolation('GET', '/admin/clock', 200, JSON_TYPE, { anything: true })).toBeNull();
  });
});
