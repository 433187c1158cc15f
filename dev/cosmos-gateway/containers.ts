import type { IndexingPolicy } from '@azure/cosmos';
import type { IncomingMessage } from 'node:http';
import { parseJson } from './answers';
import type { Upstream } from './upstream';

/** What the gateway must know of a container to answer as Azure: where its documents live, what it indexes. */
export interface Container {
  partitionKeyPath: string;
  indexingPolicy: IndexingPolicy | undefined;
}

/** The containers' partition keys and indexing, read once from the server (as the gateway knows them). */
export class ContainerCatalog {
  private readonly known = new Map<string, Container>();

  constructor(private readonly upstream: Upstream) {}

  async of(req: IncomingMessage, db: string, coll: string): Promise<Container> {
    const key = `${db}/${coll}`;
    const known = this.known.get(key);
    if (known) return known;
    const read = await this.upstream.forward(
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
    if (read.status === 200) this.known.set(key, container);
    return container;
  }

  /** A container replaced or deleted is read again when next used. */
  forget(db: string, coll: string): void {
    this.known.delete(`${db}/${coll}`);
  }
}
