import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenWebhookAddressError } from '../../shared/app/webhook-ports';
import { createWebhookSender, type Resolver } from '../../shared/adapters/webhook-sender';

/**
 * The webhook HTTP client against real local servers on 127.0.0.1 (issue 21: "At least once", "No
 * server-side request forgery"). Names are resolved by an injected resolver, so a test can make
 * `hooks.example` resolve to a forbidden address without DNS.
 */

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

interface LocalServer {
  port: number;
  /** TCP connections accepted: a refused address must not even connect. */
  connections: number;
  received: Received[];
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

async function startServer(answer: RequestListener = (_req, res) => res.end('ok')): Promise<LocalServer> {
  const state: LocalServer = { port: 0, connections: 0, received: [] };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      state.received.push({ method: req.method, url: req.url, headers: req.headers, body });
      answer(req, res);
    });
  });
  server.on('connection', () => state.connections++);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  state.port = (server.address() as AddressInfo).port;
  return state;
}

/** `hooks.example` and the other test names, resolved without DNS. */
function resolverOf(names: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const addresses = names[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

const LOCAL = resolverOf({ 'hooks.example': ['127.0.0.1'] });
const request = (url: string, body = '{"type":"ping"}') => ({
  url,
  headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,c2ln' },
  body,
});

describe('webhook sender: forbidden addresses', () => {
  it('when a name resolves to 127.0.0.1 and loopback is not allowed, then check and post refuse it and nothing connects', async () => {
    const server = await startServer();
    const sender = createWebhookSender({ allowLoopback: false, resolve: LOCAL });
    const url = `https://hooks.example:${server.port}/hook`;
    await expect(sender.check(url)).rejects.toThrow(ForbiddenWebhookAddressError);
    await expect(sender.check(url)).rejects.toThrow(
      '127.0.0.1 is a loopback address (resolved from hooks.example)',
    );
    const answer = await sender.post(request(url));
    expect(answer).toMatchObject({ status: null, body: '' });
    expect(answer.error).toBe(
      'forbidden address: 127.0.0.1 is a loopback address (resolved from hooks.example)',
    );
    expect(server.connections).toBe(0);
  });

  it('when a name resolves to an IPv4-mapped IPv6 loopback address, or the URL is one, then it is refused as 127.0.0.1', async () => {
    const server = await startServer();
    const sender = createWebhookSender({
      allowLoopback: false,
      resolve: resolverOf({ 'hooks.example': ['::ffff:127.0.0.1'] }),
    });
    for (const url of [
      `https://hooks.example:${server.port}/`,
      `https://[::ffff:127.0.0.1]:${server.port}/`,
    ]) {
      await expect(sender.check(url)).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
      expect((await sender.post(request(url))).error).toMatch(
        /^forbidden address: .*127\.0\.0\.1 is a loopback/,
      );
    }
    await expect(sender.check('https://169.254.169.254/latest/meta-data')).rejects.toThrow(/cloud metadata/);
    expect(server.connections).toBe(0);
  });

  it('when a name answers a public address first and 127.0.0.1 after it, then it is refused (any forbidden address refuses)', async () => {
    const server = await startServer();
    const sender = createWebhookSender({
      allowLoopback: false,
      resolve: resolverOf({ 'hooks.example': ['93.184.216.34', '127.0.0.1'] }),
    });
    const url = `https://hooks.example:${server.port}/`;
    await expect(sender.check(url)).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    expect((await sender.post(request(url))).error).toMatch(/^forbidden address: /);
    expect(server.connections).toBe(0);
  });

  it('when a name answers public to the check and 127.0.0.1 at delivery (DNS rebinding), then the delivery is refused on its connection', async () => {
    const server = await startServer();
    let calls = 0;
    const rebinding: Resolver = async () => [
      { address: calls++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 },
    ];
    const sender = createWebhookSender({ allowLoopback: false, resolve: rebinding });
    const url = `https://hooks.example:${server.port}/`;
    await sender.check(url);
    const answer = await sender.post(request(url));
    expect(answer.error).toBe(
      'forbidden address: 127.0.0.1 is a loopback address (resolved from hooks.example)',
    );
    expect(calls).toBe(2);
    expect(server.connections).toBe(0);
  });

  it('when the URL is http, carries credentials or a name resolves to nothing, then it is refused', async () => {
    const server = await startServer();
    const sender = createWebhookSender({
      allowLoopback: false,
      resolve: resolverOf({ 'public.example': ['93.184.216.34'], 'empty.example': [] }),
    });
    await sender.check('https://public.example/hook');
    await expect(sender.check('http://public.example/hook')).rejects.toThrow(
      "the URL's scheme is http; only https is allowed",
    );
    await expect(sender.check('ftp://public.example/')).rejects.toThrow(ForbiddenWebhookAddressError);
    await expect(sender.check('https://user:secret@public.example/')).rejects.toThrow(
      /user name or password/,
    );
    await expect(sender.check('https://empty.example/')).rejects.toThrow(
      'empty.example does not resolve to any address',
    );
    await expect(sender.check('https://missing.example/')).rejects.toThrow(/does not resolve.*ENOTFOUND/);
    await expect(sender.check('not a url')).rejects.toThrow(ForbiddenWebhookAddressError);
    const answer = await sender.post(request(`http://127.0.0.1:${server.port}/`));
    expect(answer).toMatchObject({
      status: null,
      error: expect.stringMatching(/^forbidden address: .*scheme is http/),
    });
    expect(server.connections).toBe(0);
  });
});

describe('webhook sender: delivery', () => {
  it('when loopback is allowed, then a POST reaches the local server with its headers and body, under the host name', async () => {
    const server = await startServer((_req, res) => res.writeHead(204).end());
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL });
    const url = `http://hooks.example:${server.port}/hooks/in?x=1`;
    await sender.check(url);
    const answer = await sender.post(request(url, '{"type":"ping","data":{"é":1}}'));
    expect(answer).toMatchObject({ status: 204, error: null, body: '' });
    expect(answer.durationMs).toBeGreaterThanOrEqual(0);
    expect(server.received).toEqual([
      {
        method: 'POST',
        url: '/hooks/in?x=1',
        headers: expect.objectContaining({
          host: `hooks.example:${server.port}`,
          'content-type': 'application/json',
          'webhook-id': 'msg_1',
          'webhook-timestamp': '1700000000',
          'webhook-signature': 'v1,c2ln',
        }),
        body: '{"type":"ping","data":{"é":1}}',
      },
    ]);
    // Loopback only: a private address stays refused even then.
    const privateSender = createWebhookSender({
      allowLoopback: true,
      resolve: resolverOf({ 'hooks.example': ['10.0.0.1'] }),
    });
    await expect(privateSender.check(url)).rejects.toThrow(/private network/);
  });

  it('when the receiver answers 302, then the redirect is not followed and the attempt fails', async () => {
    const target = await startServer();
    const location = `http://hooks.example:${target.port}/elsewhere`;
    const server = await startServer((_req, res) => res.writeHead(302, { location }).end('moved'));
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL });
    const answer = await sender.post(request(`http://hooks.example:${server.port}/`));
    expect(answer).toMatchObject({
      status: 302,
      error: `redirect not followed (302 to ${location})`,
      body: 'moved',
    });
    expect(server.received).toHaveLength(1);
    expect(target.connections).toBe(0);
  });

  it('when the receiver answers 500, then the attempt fails with its status and the answer is kept', async () => {
    const server = await startServer((_req, res) => res.writeHead(500).end('{"oops":true}'));
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL });
    const answer = await sender.post(request(`http://hooks.example:${server.port}/`));
    expect(answer).toMatchObject({ status: 500, error: 'answered 500', body: '{"oops":true}' });
  });

  it('when a header cannot be sent (a line break in its value), then the attempt fails without a throw or a connection', async () => {
    const server = await startServer();
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL });
    const answer = await sender.post({
      url: `http://hooks.example:${server.port}/`,
      headers: { 'webhook-id': 'msg_1\r\nx-injected: 1', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(answer).toMatchObject({ status: null, error: expect.stringMatching(/^connection failed: /) });
    expect(answer.error).not.toContain('msg_1');
    expect(server.connections).toBe(0);
  });

  it('when the answer is longer than 1 KiB, then only its first 1024 bytes are kept, as whole UTF-8 characters', async () => {
    const server = await startServer((_req, res) => res.end('a'.repeat(5000)));
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL });
    const answer = await sender.post(request(`http://hooks.example:${server.port}/`));
    expect(answer).toMatchObject({ status: 200, error: null });
    expect(answer.body).toBe('a'.repeat(1024));

    // 1 + 511 × 2 bytes, then half of an "é": the half is left out, not garbled.
    const accents = await startServer((_req, res) => res.end(`x${'é'.repeat(1000)}`));
    const cut = await sender.post(request(`http://hooks.example:${accents.port}/`));
    expect(cut.body).toBe(`x${'é'.repeat(511)}`);
  });

  it('when a receiver streams an endless answer, then reading stops after 1 KiB and the attempt succeeds', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200);
      res.write('b'.repeat(2048));
      // Never ended: the sender must not wait for the rest.
    });
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL, timeoutMs: 5_000 });
    const answer = await sender.post(request(`http://hooks.example:${server.port}/`));
    expect(answer).toMatchObject({ status: 200, error: null, body: 'b'.repeat(1024) });
    expect(answer.durationMs).toBeLessThan(5_000);
  });

  it('when the receiver answers after the time allowed, then the request is aborted with the timeout error', async () => {
    let closed = false;
    const server = await startServer((req, res) => {
      req.socket.on('close', () => (closed = true));
      setTimeout(() => res.end('late'), 3_000).unref();
    });
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL, timeoutMs: 300 });
    const answer = await sender.post(request(`http://hooks.example:${server.port}/`));
    expect(answer).toMatchObject({ status: null, error: 'no answer within 0.3 s', body: '' });
    expect(answer.durationMs).toBeGreaterThanOrEqual(295);
    expect(answer.durationMs).toBeLessThan(2_000);
    // Aborted: the sender closed its connection rather than leave it waiting.
    await expect.poll(() => closed).toBe(true);
  });

  it('when nothing listens, then the attempt fails with the connection error and no status', async () => {
    const server = await startServer();
    const port = server.port;
    for (const s of servers.splice(0)) await new Promise((done) => s.close(done));
    const sender = createWebhookSender({ allowLoopback: true, resolve: LOCAL });
    const answer = await sender.post(request(`http://hooks.example:${port}/`));
    expect(answer).toMatchObject({ status: null, body: '' });
    expect(answer.error).toMatch(/^connection failed: .*ECONNREFUSED/);
  });

  it('when no resolver is injected, then the system resolver finds the name (localhost: loopback, allowed here)', async () => {
    const server = await startServer((_req, res) => res.end('ok'));
    const sender = createWebhookSender({ allowLoopback: true });
    const answer = await sender.post(request(`http://localhost:${server.port}/`));
    expect(answer).toMatchObject({ status: 200, error: null, body: 'ok' });
  });
});
