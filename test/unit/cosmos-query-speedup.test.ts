import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { linearFrom } from '../../dev/cosmos-query-speedup';

/** The local Cosmos server's query compiler, as it is, and its executor: to compare before and after. */
const fromServer = createRequire(require.resolve('@vercel/cosmosdb-server'));
const compile = (fromServer('@zeit/cosmosdb-query') as { default: (q: string) => { code: string } }).default;
const execute = (
  fromServer('@zeit/cosmosdb-query/lib/executor') as { default: (c: unknown[], o: object) => unknown }
).default;

const docs = Array.from({ length: 300 }, (_, i) => ({
  id: `d${i}`,
  _rid: `r${String(i).padStart(6, '0')}`,
  tenantId: i % 3 === 0 ? 't1' : 't2',
  nextEventAt: i % 7 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  tenantIds: i % 5 === 0 ? ['t1', 't9'] : ['t2'],
}));

describe('the local Cosmos server, queries made linear', () => {
  it.each([
    ['SELECT * FROM c WHERE c.nextEventAt <= @now ORDER BY c.nextEventAt', { now: '2026-06-01' }],
    ['SELECT * FROM c WHERE c.tenantId = @tenantId', { tenantId: 't1' }],
    ['SELECT * FROM c WHERE ARRAY_CONTAINS(c.tenantIds, @tenantId)', { tenantId: 't1' }],
    ['SELECT * FROM c', {}],
    ['SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId', { tenantId: 't2' }],
    ['SELECT c.id, t FROM c JOIN t IN c.tenantIds WHERE t = @tenantId', { tenantId: 't9' }],
  ])(
    'when %s runs, then the rewritten code answers exactly as the original, without copying an array per document',
    (query, values) => {
      const original = compile(query).code;
      const linear = linearFrom(original);
      expect(linear).not.toMatch(/\[\.\.\.\$, \{/);
      const parameters = Object.entries(values).map(([name, value]) => ({ name: `@${name}`, value }));
      for (const page of [{ maxItemCount: 1000 }, { maxItemCount: 7 }]) {
        expect(execute(docs, { code: linear, parameters, ...page })).toEqual(
          execute(docs, { code: original, parameters, ...page }),
        );
      }
    },
  );
});
