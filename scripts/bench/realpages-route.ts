/**
 * Serve the real-page corpus (../shared/realpages, read in place) at each page's own address through the
 * fixture server, so the extension sees the real hostname and path. Pages that share an address (the
 * schema.org examples) are told apart by a query parameter holding a number, not the file's name: the
 * all-sites script runs only where the address holds a job word, and names like
 * "negative-article-wptavern-stackoverflow-jobs.html" would give it to pages whose own address has none.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { RouteHandler } from '../../test/support/fixture-server';
import type { Row } from '../lib/realpages';

export const FILE_PARAM = 'rebound-bench-page';

/** The page's number: its file name's digest, so it stays the same whatever the manifest's order. */
const pageNumber = (file: string) => String(parseInt(createHash('sha256').update(file).digest('hex').slice(0, 8), 16));

export function benchUrl(row: Row): string {
  const url = new URL(row.url);
  url.searchParams.set(FILE_PARAM, pageNumber(row.file));
  return url.toString();
}

export function realpagesRoute(dir: string, rows: Row[]): RouteHandler {
  const byNumber = new Map(rows.map((row) => [pageNumber(row.file), row.file]));
  const cache = new Map<string, Buffer>();
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    const file = byNumber.get(url.searchParams.get(FILE_PARAM) ?? '');
    if (!file) return false;
    if (!cache.has(file)) {
      const bytes = fs.readFileSync(path.join(dir, file));
      cache.set(file, file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(cache.get(file));
    return true;
  };
}
