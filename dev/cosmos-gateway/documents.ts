import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerJson, badRequest, isTrue, parseJson } from './answers';
import { readCharge, RU, writeCharge, type ChargedOperation } from './charges';
import type { Container } from './containers';
import { effectivePartitionKey, rangeOf } from './epk';
import type { GatewayParts } from './parts';
import { answerQuery, answerQueryPlan } from './query';

/** 2 MB: the largest document (and request) Azure accepts ("Azure Cosmos DB service quotas"). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/**
 * A request under `/dbs/{db}/colls/{coll}/docs[/{id}]`, told apart as the SDK marks it: a query plan,
 * a query, a transactional batch, or a point read or write; each answered and charged as Azure would.
 */
export async function answerDocuments(
  parts: GatewayParts,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  db: string,
  coll: string,
  id: string | null,
  body: Buffer,
): Promise<void> {
  const key = `${db}/${coll}`;
  if (req.method === 'POST' && id === null && isTrue(req.headers['x-ms-cosmos-is-query-plan-request']))
    return answerQueryPlan(res, body);
  if (req.method === 'POST' && id === null && isTrue(req.headers['x-ms-documentdb-isquery']))
    return answerQuery(parts, req, res, path, db, coll, body);
  if (body.length > MAX_DOCUMENT_BYTES)
    return answerJson(
      res,
      413,
      { code: 'RequestEntityTooLarge', message: 'Message: {"Errors":["Request size is too large"]}' },
      { 'x-ms-substatus': '0' },
    );
  const container = await parts.containers.of(req, db, coll);
  if (req.method === 'POST' && id === null && isTrue(req.headers['x-ms-cosmos-is-batch-request']))
    return answerBatch(parts, req, res, path, key, coll, container, body);
  if (!parts.metering.admitted(res, key)) return;
  const upstream = await parts.upstream.forward(req, path, body);
  const ok = upstream.status < 300;
  const doc = parseJson(body);
  let operation: ChargedOperation;
  let ru: number;
  if (req.method === 'GET') {
    operation = 'read';
    ru = ok ? readCharge(upstream.body.length) : RU.refused;
  } else if (req.method === 'DELETE') {
    operation = 'delete';
    ru = ok ? writeCharge('delete', undefined, {}, 0) : RU.refused;
  } else {
    operation =
      req.method === 'PUT'
        ? 'replace'
        : isTrue(req.headers['x-ms-documentdb-is-upsert'])
          ? 'upsert'
          : 'create';
    ru = ok ? writeCharge(operation, container.indexingPolicy, doc, body.length) : RU.refused;
  }
  return parts.metering.charged(res, upstream, upstream.body, key, coll, operation, ru);
}

/** A transactional batch: refused when routed to a range its keys are not in; each operation charged. */
async function answerBatch(
  parts: GatewayParts,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  key: string,
  coll: string,
  container: Container,
  body: Buffer,
): Promise<void> {
  const { ranges } = parts;
  const operations =
    (parseJson(body) as { operationType?: string; partitionKey?: string; resourceBody?: unknown }[]) ?? [];
  const range = ranges.find((r) => r.id === String(req.headers['x-ms-documentdb-partitionkeyrangeid']));
  const misrouted =
    range &&
    operations.some(
      (op) =>
        rangeOf(
          effectivePartitionKey((parseJson(Buffer.from(op.partitionKey ?? '[]')) as unknown[])[0]),
          ranges,
        ) !== range,
    );
  if (misrouted) return badRequest(res, 'A batch operation belongs to another partition key range.');
  if (!parts.metering.admitted(res, key)) return;
  const upstream = await parts.upstream.forward(req, path, body, ['x-ms-documentdb-partitionkeyrangeid']);
  const results = (parseJson(upstream.body) as { statusCode?: number; requestCharge?: number }[]) ?? [];
  let ru = 0;
  results.forEach((result, index) => {
    const op = operations[index];
    const ok = (result.statusCode ?? 500) < 300;
    const type = (op?.operationType ?? 'Create').toLowerCase();
    const kind = type === 'replace' || type === 'upsert' || type === 'delete' ? type : 'create';
    const cost = ok
      ? writeCharge(
          kind,
          container.indexingPolicy,
          op?.resourceBody,
          Buffer.byteLength(JSON.stringify(op?.resourceBody ?? {})),
        )
      : RU.refused;
    result.requestCharge = cost;
    ru += cost;
  });
  return parts.metering.charged(
    res,
    upstream,
    Buffer.from(JSON.stringify(results)),
    key,
    coll,
    'batch',
    Math.round(ru * 100) / 100,
  );
}
