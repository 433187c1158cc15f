import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

/** An answer of the embedded server, read whole: the gateway may rewrite its body and headers. */
export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The embedded Cosmos DB server behind the gateway, reached over connections kept alive. */
export class Upstream {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(private readonly port: number) {}

  /** Passes a request on with its headers, less those in `drop` (ones the server must not act on). */
  forward(
    req: IncomingMessage,
    path: string,
    body: Buffer,
    drop: string[] = [],
    method = req.method,
  ): Promise<UpstreamAnswer> {
    const headers = { ...req.headers };
    for (const name of drop) delete headers[name];
    headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent },
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

  close(): void {
    this.agent.destroy();
  }
}
