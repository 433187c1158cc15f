import type { IndexingPolicy } from '@azure/cosmos';

/**
 * The request units the local gateway charges, a model of Azure's published costs ("Request units in
 * Azure Cosmos DB": a point read of 1 KB costs 1 RU; writes cost several times a read and grow with
 * the properties indexed) fitted to charges recorded from a hosted account (a point read 1 RU; a
 * create or delete of a small document 6.67; a replace 11.05; a one-document query 2.26; a 2,500-row
 * page 38.14). Where it differs from Azure, bench/README.md says how much and why.
 */
export const RU = {
  /** Per KB read (a point read of up to 1 KB: 1 RU). */
  readPerKb: 1,
  /** A write, per KB of the document, before indexing. */
  writePerKb: 5.24,
  /** Each property value the indexing policy indexes, written or removed. */
  perIndexedValue: 0.1,
  /** A replace removes the old index entries and writes the new ones. */
  replaceFactor: 1.66,
  /** A query's own cost, whatever it returns. */
  queryBase: 2.26,
  /** Each document a query returns (loaded through the index). */
  queryPerDocument: 0.0144,
  /** A request refused for the rate (429), or a conditional write that lost (412), or a 404. */
  refused: 1,
} as const;

const kb = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
const rounded = (ru: number) => Math.round(ru * 100) / 100;

/** How a policy path pattern (`/a/?`, `/a/*`, `/*`, `/a/[]/?`) applies to a property path. */
function matches(pattern: string, path: string): boolean {
  const unquoted = pattern.replace(/"/g, '');
  if (unquoted === '/*') return true;
  if (unquoted.endsWith('/*'))
    return path === unquoted.slice(0, -2) || path.startsWith(unquoted.slice(0, -1));
  if (unquoted.endsWith('/?')) return path === unquoted.slice(0, -2);
  return path === unquoted;
}

/** The length of the literal part of a pattern: the most specific pattern wins (Cosmos DB's rule). */
const specificity = (pattern: string) => pattern.replace(/\/(\*|\?)$/, '').length;

/** Whether the policy indexes the scalar at `path` (`/nextEventAt`, `/tenantIds/[]`). */
export function isIndexed(policy: IndexingPolicy | undefined, path: string): boolean {
  if (!policy || policy.indexingMode === 'none') return policy === undefined;
  // A container created without included paths indexes everything (Azure's default policy).
  const included = (policy.includedPaths ?? [{ path: '/*' }])
    .map((p) => p.path)
    .filter((p) => matches(p, path));
  const excluded = (policy.excludedPaths ?? []).map((p) => p.path).filter((p) => matches(p, path));
  const best = (list: string[]) => Math.max(-1, ...list.map(specificity));
  return included.length > 0 && best(included) >= best(excluded);
}

/** Every scalar's path in a document (arrays as `/name/[]`), system properties aside. */
function scalarPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => scalarPaths(item, `${at}/[]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      at === '' && key.startsWith('_') ? [] : scalarPaths(inner, `${at}/${key}`),
    );
  return [at];
}

export function indexedValues(policy: IndexingPolicy | undefined, doc: unknown): number {
  return scalarPaths(doc).filter((path) => isIndexed(policy, path)).length;
}

export type ChargedOperation = 'read' | 'create' | 'replace' | 'upsert' | 'delete' | 'query' | 'batch';

export function readCharge(bytes: number): number {
  return rounded(kb(bytes) * RU.readPerKb);
}

export function writeCharge(
  operation: 'create' | 'replace' | 'upsert' | 'delete',
  policy: IndexingPolicy | undefined,
  doc: unknown,
  bytes: number,
): number {
  const base = kb(bytes) * RU.writePerKb + indexedValues(policy, doc) * RU.perIndexedValue;
  return rounded(operation === 'replace' || operation === 'upsert' ? base * RU.replaceFactor : base);
}

export function queryCharge(documents: number): number {
  return rounded(RU.queryBase + documents * RU.queryPerDocument);
}

/**
 * Why the container's indexing cannot serve this ORDER BY, in Azure's words, or null when it can: one
 * key needs its path indexed; several need a composite index of those paths in that order, with
 * the same directions or all of them reversed ("Composite indexes", indexing policy docs).
 */
export function orderByRefusal(
  policy: IndexingPolicy | undefined,
  keys: { path: string; order: 'Ascending' | 'Descending' }[],
): string | null {
  const [only] = keys;
  if (only && keys.length === 1) {
    return isIndexed(policy, only.path)
      ? null
      : 'The index path corresponding to the specified order-by item is excluded.';
  }
  const wanted = keys.map((k) => `${k.path}:${k.order === 'Ascending' ? 'ascending' : 'descending'}`);
  const flipped = keys.map((k) => `${k.path}:${k.order === 'Ascending' ? 'descending' : 'ascending'}`);
  const served = (policy?.compositeIndexes ?? []).some((index) => {
    const have = index.map((entry) => `${entry.path}:${entry.order ?? 'ascending'}`).join(',');
    return have === wanted.join(',') || have === flipped.join(',');
  });
  return keys.length === 0 || served
    ? null
    : 'The order by query does not have a corresponding composite index that it can be served from.';
}
