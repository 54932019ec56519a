// Loopback servers for the e2e suite: a static server for fixtures and list sources, and a recording proxy
// that every real request leaving the browser goes through, so a test can prove the extension made none.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

export interface LoopbackServer {
  port: number;
  origin: string;
  /** Requests received, in order (method and path). */
  log: string[];
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    log,
    route: (path, handler) => routes.set(path, handler),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface RecordingProxy {
  port: number;
  /** Every request that reached the proxy: `GET http://host/path` or `CONNECT host:443`. */
  seen: string[];
  /** Hosts the proxy forwards (loopback list sources); everything else is refused. */
  allow(hostPort: string): void;
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const allowed = new Set<string>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!allowed.has(target.host)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    // Transparent and streamed: the answer goes back to the browser as it comes (a redirect as it came: the browser
    // decides whether to follow it), and when the browser stops reading (a download cut at its size cap) the
    // upstream request is dropped too, so an endless answer ends when the browser ends it.
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { accept: req.headers.accept ?? '*/*', host: target.host } },
      (answer) => {
        const location = answer.headers.location;
        res.writeHead(answer.statusCode ?? 502, {
          'content-type': answer.headers['content-type'] ?? 'application/octet-stream',
          ...(location ? { location } : {}),
        });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    // A CONNECT socket is ours to look after: the browser resetting it must not become an uncaught ECONNRESET.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 502 Refused\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    allow: (hostPort) => allowed.add(hostPort),
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
