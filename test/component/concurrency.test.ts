import { beforeAll, describe, expect, it } from 'vitest';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  expectProblem,
  mintKeys,
  openRedemption,
  type TestPartner,
} from '../support/api';

const PARTNERS = 50;
const ROUNDS = 10;

describe('racing for one key', () => {
  let partners: TestPartner[];
  beforeAll(async () => {
    partners = await Promise.all(Array.from({ length: PARTNERS }, () => buildPartner()));
  });

  it(`when ${PARTNERS} partners add the same key at the same moment, then exactly one wins (${ROUNDS} rounds)`, async () => {
    const keys = await mintKeys(ROUNDS);
    for (const key of keys) {
      const redemptions = await Promise.all(partners.map((partner) => openRedemption(partner)));
      const responses = await Promise.all(
        partners.map((partner, i) => addKey(partner, redemptions[i] as string, key)),
      );

      const winners = responses.map((r, i) => ({ r, i })).filter(({ r }) => r.status === 201);
      expect(winners).toHaveLength(1);
      const losers = responses.filter((r) => r.status !== 201);
      expect(losers).toHaveLength(PARTNERS - 1);
      losers.forEach((r) => expectProblem(r, 422, 'key_reserved'));

      // The store agrees: the key is held by the winner's redemption, which lists it, and by no other.
      const winner = winners[0] as { i: number };
      const lookup = await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key } });
      expect(lookup.body).toMatchObject({ state: 'reserved', redemptionId: redemptions[winner.i] });
      const listed = await Promise.all(
        partners.map(
          async (partner, i) =>
            (await call('GET', `/redemptions/${redemptions[i]}`, { token: partner.token })).body.keys.length,
        ),
      );
      expect(listed.reduce((a, b) => a + b, 0)).toBe(1);
    }
  });
});
