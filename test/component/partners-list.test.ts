import { describe, expect, inject, it } from 'vitest';
import { internalPartnerId } from '../../shared/app/partners';
import { PARTNER_DIRECTORY } from '../../shared/app/ports';
import { asOperator, buildPartner, call, expectProblem, uniqueProgramId } from '../support/api';
import { sharedStore } from '../support/store';

interface Listed {
  id: string;
  [field: string]: unknown;
}

/**
 * The operator's pages of GET /partners, one after another, until `stop` holds for an item seen
 * (other tests register partners meanwhile: the ones a test looks for are not the only ones).
 */
async function pagesUntil(stop: (seen: Listed[]) => boolean, limit: number) {
  const seen: Listed[] = [];
  const sizes: number[] = [];
  let continuationToken: string | null = null;
  do {
    const query: string = continuationToken
      ? `&continuationToken=${encodeURIComponent(continuationToken)}`
      : '';
    const page = await call('GET', `/partners?limit=${limit}${query}`, asOperator());
    expect(page.status, page.text).toBe(200);
    seen.push(...(page.body.items as Listed[]));
    sizes.push(page.body.items.length);
    continuationToken = page.body.continuationToken;
  } while (continuationToken && !stop(seen));
  return { seen, sizes };
}

const ids = (items: Listed[]) => items.map((item) => item.id);

/** The stack's clock (other tests may have moved it forward): what the app stamps registrations with. */
async function stackNow(): Promise<string> {
  const clock = (await (await fetch(`${inject('stack').url}/admin/clock`)).json()) as { now: string };
  return clock.now;
}

describe('the partners list', () => {
  it('when partners register, then GET /partners lists them newest first, each once, a page at a time', async () => {
    const first = await buildPartner({ name: 'First' });
    const second = await buildPartner({ name: 'Second' });
    const third = await buildPartner({ name: 'Third' });

    const { seen, sizes } = await pagesUntil((items) => ids(items).includes(first.id), 2);
    const order = ids(seen);
    expect(new Set(order).size).toBe(order.length);
    expect(sizes.every((size) => size <= 2)).toBe(true);
    const positions = [third, second, first].map((partner) => order.indexOf(partner.id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Each item is the partner as GET /partners/{id} shows it: never a token.
    const listed = seen.find((item) => item.id === second.id);
    expect(listed).toEqual((await call('GET', `/partners/${second.id}`, asOperator())).body);
    expect(JSON.stringify(seen)).not.toContain('kcp_');
  });

  it('when the page size is out of range or the token is not one this list gave, then 400', async () => {
    for (const limit of ['0', '101', 'ten'])
      expectProblem(await call('GET', `/partners?limit=${limit}`, asOperator()), 400, 'validation_failed');
    expectProblem(
      await call('GET', '/partners?continuationToken=forged', asOperator()),
      400,
      'invalid_continuation_token',
    );
  });

  it('when a registration stopped after its directory entry, then the list leaves the entry out until a retry registers the partner, listed once', async () => {
    const before = await buildPartner({ name: 'Before' });
    const programId = uniqueProgramId();
    const id = internalPartnerId(programId);
    const { repos, cosmos } = sharedStore();
    await repos.partnerDirectory.create({
      id,
      directory: PARTNER_DIRECTORY,
      createdAt: await stackNow(),
    });
    cosmos.dispose();

    const passedBefore = (items: Listed[]) => ids(items).includes(before.id);
    expect(ids((await pagesUntil(passedBefore, 100)).seen)).not.toContain(id);

    const registered = await call('POST', '/partners', {
      ...asOperator(),
      body: { name: 'Retried', partnerId: programId, email: 'ops@retried.example', cloudEssentials: false },
    });
    expect(registered.status, registered.text).toBe(201);
    expect(registered.body.id).toBe(id);
    const after = ids((await pagesUntil(passedBefore, 100)).seen);
    expect(after.filter((seen) => seen === id)).toHaveLength(1);
    expect(after.indexOf(id)).toBeLessThan(after.indexOf(before.id));
  });

  it('when a partner registered before the directory has no entry, then registering it again lists it under its own date and answers 409', async () => {
    const older = await buildPartner({ name: 'Registered before the directory' });
    const { repos, cosmos } = sharedStore();
    // What a partner registered before the directory looks like: no entry.
    await repos.partnerDirectory.delete(older.id);
    cosmos.dispose();
    const isListed = async () =>
      ids((await pagesUntil((seen) => ids(seen).includes(older.id), 100)).seen).includes(older.id);
    expect(await isListed()).toBe(false);

    const again = await call('POST', '/partners', {
      ...asOperator(),
      body: { name: 'Again', partnerId: older.partnerId, email: 'ops@again.example', cloudEssentials: false },
    });
    expectProblem(again, 409, 'partner_exists');
    expect(await isListed()).toBe(true);
    const { seen } = await pagesUntil((items) => ids(items).includes(older.id), 100);
    expect(seen.find((item) => item.id === older.id)).toMatchObject({
      name: 'Registered before the directory',
    });
  });
});
