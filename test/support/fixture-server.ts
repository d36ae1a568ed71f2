/**
 * A local HTTPS server for end-to-end tests. Chromium is started with --host-resolver-rules that map
 * every hostname to it, so fixtures load at their real addresses (https://boards.greenhouse.io/…)
 * and host matching is tested for real. Certificates are throwaway (openssl, per run); Chromium runs
 * with --ignore-certificate-errors.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => boolean | void;

export interface FixtureServer {
  port: number;
  /** Handlers run in order before static files; a handler that answers returns true. */
  routes: RouteHandler[];
  close(): Promise<void>;
}

export const FIXTURE_ROOT = path.resolve('test/fixtures/sites');

function makeCertificate(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-cert-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=rebound-test'],
      { stdio: 'ignore' },
    );
  } catch {
    throw new Error('openssl is needed to make a test certificate: install it (apt-get install -y openssl).');
  }
  const pair = { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8') };
  fs.rmSync(dir, { recursive: true, force: true });
  return pair;
}

/**
 * Static files: https://HOST/PATH?QUERY is served from test/fixtures/sites/HOST/PATH, trying PATH,
 * PATH.html and PATH/index.html. The query string is ignored for lookup.
 */
function serveStatic(req: IncomingMessage, res: ServerResponse): void {
  const host = (req.headers.host ?? '').split(':')[0] ?? '';
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
  const base = path.join(FIXTURE_ROOT, host, pathname);
  if (!base.startsWith(FIXTURE_ROOT)) {
    res.writeHead(403).end();
    return;
  }
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  const file = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    return;
  }
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(fs.readFileSync(file));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes: RouteHandler[] = [];
  const server = https.createServer(makeCertificate(), (req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      for (const route of routes) if (route(req, res, body)) return;
      serveStatic(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
