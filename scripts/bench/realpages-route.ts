/**
 * Serve the real-page corpus (../shared/realpages, read in place) at each page's own address through the
 * fixture server, so the extension sees the real hostname and path. Pages that share an address (the
 * schema.org examples) are told apart by a `rebound-bench-file` query parameter.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { RouteHandler } from '../../test/support/fixture-server';
import type { Row } from '../lib/realpages';

export const FILE_PARAM = 'rebound-bench-file';

export function benchUrl(row: Row): string {
  const url = new URL(row.url);
  url.searchParams.set(FILE_PARAM, row.file);
  return url.toString();
}

export function realpagesRoute(dir: string, rows: Row[]): RouteHandler {
  const byFile = new Map(rows.map((row) => [row.file, row]));
  const cache = new Map<string, Buffer>();
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    const file = url.searchParams.get(FILE_PARAM);
    if (!file || !byFile.has(file)) return false;
    if (!cache.has(file)) {
      const bytes = fs.readFileSync(path.join(dir, file));
      cache.set(file, file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(cache.get(file));
    return true;
  };
}
