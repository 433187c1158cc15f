import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { answerJson, badRequest, parseJson, send } from './answers';
import { orderByRefusal, queryCharge } from './charges';
import { effectivePartitionKey, rangeOf, type KeyRange } from './epk';
import type { GatewayParts } from './parts';
import { orderByOf, pipelineRequired, queryPlan, queryShape, UnplannableQuery } from './plan';

/** 4 MB: the largest page a query answers; beyond it Azure cuts the page and continues. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** The query plan the SDK asks for (`x-ms-cosmos-is-query-plan-request`), or 400 for a shape not planned. */
export function answerQueryPlan(res: ServerResponse, body: Buffer): void {
  try {
    return answerJson(res, 200, queryPlan((parseJson(body) as { query?: string })?.query ?? ''));
  } catch (error) {
    if (error instanceof UnplannableQuery) return badRequest(res, error.message);
    throw error;
  }
}

/**
 * A query, checked as Azure's gateway checks it (a cross-partition query that needs the SDK's pipeline
 * is refused with its plan; an ORDER BY the indexing cannot serve is refused), then paged within 4 MB;
 * per range or per partition, only the documents that live there.
 */
export async function answerQuery(
  parts: GatewayParts,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  db: string,
  coll: string,
  body: Buffer,
): Promise<void> {
  const { ranges } = parts;
  const spec = parseJson(body) as { query?: string } | undefined;
  const text = spec?.query ?? '';
  const partitionKey = req.headers['x-ms-documentdb-partitionkey'];
  const rangeId = req.headers['x-ms-documentdb-partitionkeyrangeid'];
  const container = await parts.containers.of(req, db, coll);
  let shape;
  try {
    shape = queryShape(text);
  } catch (error) {
    return badRequest(res, (error as Error).message);
  }
  if (partitionKey === undefined && rangeId === undefined) {
    if (shape.unsupportedAcrossPartitions)
      return badRequest(res, "Cross partition query only supports 'VALUE <AggregateFunc>' for aggregates.");
    if (shape.pipelined) {
      try {
        const plan = queryPlan(text);
        return answerJson(res, 400, pipelineRequired(plan, randomUUID()), { 'x-ms-substatus': '1004' });
      } catch (error) {
        if (error instanceof UnplannableQuery) return badRequest(res, error.message);
        throw error;
      }
    }
  }
  const range = rangeId === undefined ? null : ranges.find((r) => r.id === String(rangeId));
  if (rangeId !== undefined && !range)
    return answerJson(
      res,
      410,
      { code: 'Gone', message: 'PartitionKeyRange not found' },
      { 'x-ms-substatus': '1002' },
    );
  const refusal = orderByRefusal(container.indexingPolicy, orderByOf(text));
  if (refusal) return badRequest(res, `Message: {"Errors":["${refusal}"]}`);
  if (!parts.metering.admitted(res, `${db}/${coll}`)) return;

  const field = container.partitionKeyPath.slice(1);
  const wanted =
    typeof partitionKey === 'string' ? (parseJson(Buffer.from(partitionKey)) as unknown[])?.[0] : undefined;
  const belongs = (row: Record<string, unknown>): boolean => {
    const doc = ('payload' in row && 'orderByItems' in row ? row['payload'] : row) as Record<string, unknown>;
    if (!(field in doc)) return true; // a projection without the key: nothing to tell by
    if (partitionKey !== undefined) return doc[field] === wanted;
    return range ? rangeOf(effectivePartitionKey(doc[field]), ranges) === (range as KeyRange) : true;
  };
  let maxItems = Number(req.headers['x-ms-max-item-count'] ?? 100);
  if (!Number.isFinite(maxItems) || maxItems <= 0) maxItems = 1000;
  for (;;) {
    const upstream = await parts.upstream.forward(req, path, body, ['x-ms-documentdb-partitionkeyrangeid']);
    if (upstream.status !== 200) return send(res, upstream.status, upstream.headers, upstream.body);
    const page = parseJson(upstream.body) as { Documents?: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    const documents = (page.Documents ?? []).filter(belongs);
    const out = Buffer.from(JSON.stringify({ ...page, Documents: documents, _count: documents.length }));
    if (out.length > MAX_PAGE_BYTES && maxItems > 1) {
      maxItems = Math.max(1, Math.floor(maxItems / 2));
      req.headers['x-ms-max-item-count'] = String(maxItems);
      continue;
    }
    const headers: IncomingHttpHeaders = {
      ...upstream.headers,
      'x-ms-item-count': String(documents.length),
    };
    if (range) headers['x-ms-documentdb-partitionkeyrangeid'] = range.id;
    return parts.metering.charged(
      res,
      { ...upstream, headers },
      out,
      `${db}/${coll}`,
      coll,
      'query',
      queryCharge(documents.length),
    );
  }
}
