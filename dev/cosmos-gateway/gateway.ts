import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readBody } from '../functions-host/http';
import { answerJson, send } from './answers';
import { ContainerCatalog } from './containers';
import { answerDocuments } from './documents';
import { keyRanges, type KeyRange } from './epk';
import { Metering, type ChargeTotals } from './metering';
import type { GatewayParts } from './parts';
import { Upstream } from './upstream';

export { MAX_DOCUMENT_BYTES } from './documents';
export type { ChargeTotals } from './metering';
export { MAX_PAGE_BYTES } from './query';

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
 *
 * This file routes and runs the server; documents.ts answers point reads, writes and batches, query.ts
 * queries and their plans (plan.ts tells which need the SDK's pipeline), metering.ts charges and
 * throttles, containers.ts remembers each container's key and indexing, upstream.ts reaches the
 * embedded server.
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

/** `GET …/pkranges`: the container's ranges, as the SDK's routing map reads them. */
function answerKeyRanges(res: ServerResponse, ranges: KeyRange[]): void {
  answerJson(
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
}

export async function startCosmosGateway(options: CosmosGatewayOptions): Promise<CosmosGateway> {
  const upstream = new Upstream(options.upstreamPort);
  const clockMs = () => options.now().getTime();
  const parts: GatewayParts = {
    upstream,
    containers: new ContainerCatalog(upstream),
    metering: new Metering(options.ruPerSecond, clockMs),
    ranges: keyRanges(options.ranges),
  };
  const held = new Set<Socket>();

  /** Documents, queries and ranges are answered as Azure's gateway does; everything else passes through. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? '/';
    const [pathname] = path.split('?') as [string];
    const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // /dbs/{db}/colls/{coll}[/docs[/{id}] | /pkranges]
    if (segments[0] === 'dbs' && segments[2] === 'colls' && segments.length >= 4) {
      const [db, coll] = [segments[1] as string, segments[3] as string];
      if (segments.length === 5 && segments[4] === 'pkranges' && req.method === 'GET')
        return answerKeyRanges(res, parts.ranges);
      if (segments[4] === 'docs' && segments.length <= 6)
        return answerDocuments(parts, req, res, path, db, coll, segments[5] ?? null, body);
      if (segments.length === 4 && req.method !== 'GET') parts.containers.forget(db, coll);
    }
    const answer = await upstream.forward(req, path, body);
    send(res, answer.status, answer.headers, answer.body);
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
  const metering = parts.metering;
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    ranges: options.ranges,
    setRuPerSecond: (next) => metering.setRuPerSecond(next),
    ruPerSecond: () => metering.ruPerSecond,
    throttleFor: (ms) => metering.throttleFor(ms),
    charges: () => metering.charges(),
    async stop() {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      upstream.close();
    },
  };
}
