import type { IndexingPolicy } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readBody } from '../functions-host/http';
import { RequestUnitBudget } from './budget';
import { orderByRefusal, queryCharge, readCharge, RU, writeCharge, type ChargedOperation } from './charges';
import { effectivePartitionKey, keyRanges, rangeOf, type KeyRange } from './epk';
import { orderByOf, pipelineRequired, queryPlan, queryShape, UnplannableQuery } from './plan';

/**
 * The local Cosmos DB store as Azure's gateway answers it, standing in front of the embedded server
 * (`@vercel/cosmosdb-server`, which executes any query itself, never throttles and charges nothing).
 * Wherever the difference can break the app, it answers as Azure does (docs/architecture.md, "How the
 * local stack matches Azure", names the source of each):
 * - cross-partition queries: the query plan the SDK asks for, a pipelined query refused with
 *   400/1004, the container's partition key ranges, and each range's own documents;
 * - single-partition queries answer that partition's documents only;
 * - `x-ms-request-charge` on every data request, from the model in charges.ts, against a per-container
 *   budget that answers 429/3200 with `x-ms-retry-after-ms` beyond it;
 * - documents over 2 MB (413), query pages over 4 MB (cut), an ORDER BY the indexing cannot serve (400).
 */
export interface CosmosGatewayOptions {
  /** The embedded server's port. */
  upstreamPort: number;
  /** Where the gateway listens (0: any free port). */
  port: number;
  /** Partition key ranges of every container (a new serverless container has 1). */
  ranges: number;
  /** Each container's budget; 0 is no limit. */
  ruPerSecond: number;
  /** The stack's clock: budgets refill on it. */
  now: () => Date;
}

export interface ChargeTotals {
  requests: number;
  ru: number;
  throttled: number;
  /** By container and operation (`subscriptions query`). */
  byKind: Record<string, { requests: number; ru: number }>;
}

export interface CosmosGateway {
  port: number;
  endpoint: string;
  ranges: number;
  setRuPerSecond(ruPerSecond: number): void;
  ruPerSecond(): number;
  /** Every charged request of every container is answered 429 for this long (stack time). */
  throttleFor(ms: number): void;
  charges(): ChargeTotals;
  stop(): Promise<void>;
}

/** 2 MB: the largest document (and request) Azure accepts ("Azure Cosmos DB service quotas"). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** 4 MB: the largest page a query answers; beyond it Azure cuts the page and continues. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

interface Container {
  partitionKeyPath: string;
  indexingPolicy: IndexingPolicy | undefined;
}

interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const THROTTLED_MESSAGE =
  'Message: {"Errors":["Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later. Learn more: http://aka.ms/cosmosdb-error-429"]}';

function isTrue(value: string | string[] | undefined): boolean {
  return String(value ?? '').toLowerCase() === 'true';
}

function parseJson(body: Buffer): unknown {
  try {
    return body.length ? JSON.parse(body.toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

export async function startCosmosGateway(options: CosmosGatewayOptions): Promise<CosmosGateway> {
  const agent = new Agent({ keepAlive: true });
  const ranges = keyRanges(options.ranges);
  const clockMs = () => options.now().getTime();
  let rate = options.ruPerSecond;
  const budgets = new Map<string, RequestUnitBudget>();
  let throttledUntil = 0;
  const totals: ChargeTotals = { requests: 0, ru: 0, throttled: 0, byKind: {} };
  const containers = new Map<string, Container>();
  const held = new Set<Socket>();

  const budgetOf = (key: string) => {
    let budget = budgets.get(key);
    if (!budget) budgets.set(key, (budget = new RequestUnitBudget(rate, clockMs)));
    return budget;
  };

  function forward(
    req: IncomingMessage,
    path: string,
    body: Buffer,
    drop: string[] = [],
    method = req.method,
  ): Promise<Upstream> {
    const headers = { ...req.headers };
    for (const name of drop) delete headers[name];
    headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port: options.upstreamPort, method, path, headers, agent },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.once('error', reject);
      outgoing.end(body);
    });
  }

  /** The container's partition key and indexing, read once from the server (as the gateway knows them). */
  async function containerOf(req: IncomingMessage, db: string, coll: string): Promise<Container> {
    const key = `${db}/${coll}`;
    const known = containers.get(key);
    if (known) return known;
    const read = await forward(
      req,
      `/dbs/${db}/colls/${coll}`,
      Buffer.alloc(0),
      [
        'content-type',
        'x-ms-documentdb-isquery',
        'x-ms-cosmos-is-query-plan-request',
        'x-ms-cosmos-is-batch-request',
      ],
      'GET',
    );
    const definition = parseJson(read.body) as
      { partitionKey?: { paths?: string[] }; indexingPolicy?: IndexingPolicy } | undefined;
    const container = {
      partitionKeyPath: definition?.partitionKey?.paths?.[0] ?? '/id',
      indexingPolicy: definition?.indexingPolicy,
    };
    if (read.status === 200) containers.set(key, container);
    return container;
  }

  function send(res: ServerResponse, status: number, headers: IncomingHttpHeaders, body: Buffer): void {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined && name !== 'content-length' && name !== 'transfer-encoding') out[name] = value;
    out['content-length'] = String(body.length);
    res.writeHead(status, out).end(body);
  }

  function answerJson(
    res: ServerResponse,
    status: number,
    value: unknown,
    headers: Record<string, string> = {},
  ) {
    send(
      res,
      status,
      { 'content-type': 'application/json', 'x-ms-activity-id': randomUUID(), ...headers },
      Buffer.from(JSON.stringify(value)),
    );
  }

  function badRequest(res: ServerResponse, message: string, substatus = '0') {
    answerJson(res, 400, { code: 'BadRequest', message }, { 'x-ms-substatus': substatus });
  }

  function record(container: string, operation: ChargedOperation, ru: number): void {
    totals.requests += 1;
    totals.ru = Math.round((totals.ru + ru) * 100) / 100;
    const kind = `${container} ${operation}`;
    const entry = (totals.byKind[kind] ??= { requests: 0, ru: 0 });
    entry.requests += 1;
    entry.ru = Math.round((entry.ru + ru) * 100) / 100;
  }

  /** 429 when the container's budget is spent (or a throttle was injected); null to go on. */
  function admitted(res: ServerResponse, budgetKey: string): boolean {
    const injected = Math.max(0, throttledUntil - clockMs());
    const wait = injected || budgetOf(budgetKey).waitMs();
    if (wait === 0) return true;
    totals.throttled += 1;
    answerJson(
      res,
      429,
      { code: 'TooManyRequests', message: `${THROTTLED_MESSAGE}\r\nActivityId: ${randomUUID()}` },
      {
        'x-ms-substatus': '3200',
        'x-ms-retry-after-ms': String(Math.min(wait, 5_000)),
        'x-ms-request-charge': '0',
      },
    );
    return false;
  }

  function charged(
    res: ServerResponse,
    upstream: Upstream,
    body: Buffer,
    budgetKey: string,
    container: string,
    operation: ChargedOperation,
    ru: number,
  ) {
    budgetOf(budgetKey).spend(ru);
    record(container, operation, ru);
    send(res, upstream.status, { ...upstream.headers, 'x-ms-request-charge': String(ru) }, body);
  }

  /** A query, paged within 4 MB; per range or per partition, only the documents that live there. */
  async function query(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    db: string,
    coll: string,
    body: Buffer,
  ) {
    const spec = parseJson(body) as { query?: string } | undefined;
    const text = spec?.query ?? '';
    const partitionKey = req.headers['x-ms-documentdb-partitionkey'];
    const rangeId = req.headers['x-ms-documentdb-partitionkeyrangeid'];
    const container = await containerOf(req, db, coll);
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
    if (!admitted(res, `${db}/${coll}`)) return;

    const field = container.partitionKeyPath.slice(1);
    const wanted =
      typeof partitionKey === 'string' ? (parseJson(Buffer.from(partitionKey)) as unknown[])?.[0] : undefined;
    const belongs = (row: Record<string, unknown>): boolean => {
      const doc = ('payload' in row && 'orderByItems' in row ? row['payload'] : row) as Record<
        string,
        unknown
      >;
      if (!(field in doc)) return true; // a projection without the key: nothing to tell by
      if (partitionKey !== undefined) return doc[field] === wanted;
      return range ? rangeOf(effectivePartitionKey(doc[field]), ranges) === (range as KeyRange) : true;
    };
    let maxItems = Number(req.headers['x-ms-max-item-count'] ?? 100);
    if (!Number.isFinite(maxItems) || maxItems <= 0) maxItems = 1000;
    for (;;) {
      const upstream = await forward(req, path, body, ['x-ms-documentdb-partitionkeyrangeid']);
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
      return charged(
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

  async function documents(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    db: string,
    coll: string,
    id: string | null,
    body: Buffer,
  ) {
    const key = `${db}/${coll}`;
    if (req.method === 'POST' && id === null && isTrue(req.headers['x-ms-cosmos-is-query-plan-request'])) {
      try {
        return answerJson(res, 200, queryPlan((parseJson(body) as { query?: string })?.query ?? ''));
      } catch (error) {
        if (error instanceof UnplannableQuery) return badRequest(res, error.message);
        throw error;
      }
    }
    if (req.method === 'POST' && id === null && isTrue(req.headers['x-ms-documentdb-isquery']))
      return query(req, res, path, db, coll, body);
    if (body.length > MAX_DOCUMENT_BYTES)
      return answerJson(
        res,
        413,
        { code: 'RequestEntityTooLarge', message: 'Message: {"Errors":["Request size is too large"]}' },
        { 'x-ms-substatus': '0' },
      );
    const container = await containerOf(req, db, coll);
    if (req.method === 'POST' && id === null && isTrue(req.headers['x-ms-cosmos-is-batch-request'])) {
      const operations =
        (parseJson(body) as { operationType?: string; partitionKey?: string; resourceBody?: unknown }[]) ??
        [];
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
      if (!admitted(res, key)) return;
      const upstream = await forward(req, path, body, ['x-ms-documentdb-partitionkeyrangeid']);
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
      return charged(
        res,
        upstream,
        Buffer.from(JSON.stringify(results)),
        key,
        coll,
        'batch',
        Math.round(ru * 100) / 100,
      );
    }
    if (!admitted(res, key)) return;
    const upstream = await forward(req, path, body);
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
    return charged(res, upstream, upstream.body, key, coll, operation, ru);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? '/';
    const [pathname] = path.split('?') as [string];
    const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // /dbs/{db}/colls/{coll}[/docs[/{id}] | /pkranges]
    if (parts[0] === 'dbs' && parts[2] === 'colls' && parts.length >= 4) {
      const [db, coll] = [parts[1] as string, parts[3] as string];
      if (parts.length === 5 && parts[4] === 'pkranges' && req.method === 'GET')
        return answerJson(
          res,
          200,
          {
            _rid: '',
            PartitionKeyRanges: ranges.map((range) => ({
              ...range,
              ridPrefix: Number(range.id),
              throughputFraction: 1 / ranges.length,
              status: 'online',
              parents: [],
            })),
            _count: ranges.length,
          },
          { 'x-ms-item-count': String(ranges.length) },
        );
      if (parts[4] === 'docs' && parts.length <= 6)
        return documents(req, res, path, db, coll, parts[5] ?? null, body);
      if (parts.length === 4 && req.method !== 'GET') containers.delete(`${db}/${coll}`);
    }
    const upstream = await forward(req, path, body);
    send(res, upstream.status, upstream.headers, upstream.body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) answerJson(res, 500, { code: 'InternalServerError', message: String(error) });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket: Socket) => {
    held.add(socket);
    socket.once('close', () => held.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    ranges: options.ranges,
    setRuPerSecond(next) {
      rate = next;
      for (const budget of budgets.values()) budget.setRate(next);
    },
    ruPerSecond: () => rate,
    throttleFor(ms) {
      throttledUntil = clockMs() + ms;
    },
    charges: () => structuredClone(totals),
    async stop() {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
