/**
 * The bench's web server, run as its own process by serve.ts: `tsx tests/bench/staticHost.ts <dir> <port>`.
 *
 * It serves the built site as a static host does: every text file gzipped once, ahead (zlib level 9, what
 * the size figures assume), and sent as it is. `vite preview` instead gzips each response while sending it,
 * on the two processors the measured browser runs on: 40 ms of the server's CPU per episode page load (its
 * six requests) against 5 ms for the static floor's one page (utime + stime from /proc/<pid>/stat over ten
 * loads of each, 1,000 lines), work that no reader's device does and that was charged to the app's load time.
 * sirv, the static file handler inside `vite preview`, serves the files and their `.gz` twins.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;

/** Writes `<file>.gz` beside every compressible file under `dir`. */
function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (COMPRESSIBLE.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error('usage: tsx tests/bench/staticHost.ts <dir> <port>');
precompress(dir);
// `extensions`: /episodes/<slug> is served from episodes/<slug>.html, as by vite preview.
const serve = sirv(dir, { gzip: true, etag: true, extensions: ['html'] });
createServer((request, response) => serve(request, response)).listen(Number(port), '127.0.0.1', () =>
  console.log(`serving ${dir} at http://127.0.0.1:${port}`),
);
