/**
 * The cross-engine suite's test server: a small proxy in front of the built site (`vite preview`) that gives
 * every page the fake YouTube IFrame API without init scripts, which WebDriver classic (WebKit) does not have.
 *
 * Each HTML page it passes on gets one `<script src="/__engines/fake-youtube.js">` as the first thing in its
 * `<head>`: a same-origin classic script, so it runs before the app's module scripts and is allowed by the
 * pages' Content-Security-Policy (`script-src 'self' …`), unlike an inline script. The app's YouTube loader
 * (youtube-player) then finds `window.YT.Player` and never asks for https://www.youtube.com/iframe_api.
 *
 * What the fake does is set per test by visiting `/__engines/setup?youtube=<JSON>`, which stores it in a
 * cookie that the script's response reads: `{"api":"fail"}` leaves the fake out (the app then asks YouTube
 * for its API and the engine's adapter refuses the request), `{"api":"serve","options":{…}}` passes the
 * options the fake takes (see tests/e2e/fake-youtube/iframe_api.js).
 *
 * The same script records the page's uncaught errors in sessionStorage, so a test can fail on them in any
 * engine, across the navigations of one tab. `/__engines/axe.js` serves axe-core from the site's origin.
 *
 * Run: `tsx tests/e2e/engines/server.ts` with ENGINES_PORT (where it listens) and UPSTREAM_PORT (the site).
 */
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const FAKE_SCRIPT_PATH = '/__engines/fake-youtube.js';
export const SETUP_PATH = '/__engines/setup';
export const AXE_PATH = '/__engines/axe.js';
export const ERRORS_KEY = '__engineErrors';
const COOKIE = 'engine-youtube';

const FAKE_API = readFileSync(join(import.meta.dirname, '..', 'fake-youtube', 'iframe_api.js'), 'utf8');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Written down before anything else runs: uncaught errors and unhandled rejections, with the address they
 * happened at. Resource load failures do not reach a bubbling `error` listener on window, so they are not
 * counted (the offline journeys expect some).
 */
const ERROR_RECORDER = `(function () {
  var KEY = ${JSON.stringify(ERRORS_KEY)};
  function record(message) {
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(location.pathname + location.search + ': ' + message);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (error) {}
  }
  addEventListener('error', function (event) {
    // WebKit's stacks do not start with the message, as V8's and SpiderMonkey's do: keep both.
    var stack = event.error && event.error.stack;
    record(String(event.message) + (stack && stack.indexOf(String(event.message)) < 0 ? '\\n' + stack : ''));
  });
  addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    record('unhandled rejection: ' + String(reason) + (reason && reason.stack ? '\\n' + reason.stack : ''));
  });
})();
`;

interface YouTubeSetup {
  api: 'serve' | 'fail';
  options?: Record<string, unknown>;
}

function setupFrom(request: IncomingMessage): YouTubeSetup {
  const cookie = (request.headers.cookie ?? '')
    .split(/;\s*/)
    .find((pair) => pair.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  if (!cookie) return { api: 'serve' };
  try {
    return JSON.parse(decodeURIComponent(cookie)) as YouTubeSetup;
  } catch {
    return { api: 'serve' };
  }
}

function fakeScript(setup: YouTubeSetup): string {
  if (setup.api === 'fail') return ERROR_RECORDER;
  return `${ERROR_RECORDER}window.__fakeYouTubeOptions = ${JSON.stringify(setup.options ?? {})};\n${FAKE_API}`;
}

const send = (response: ServerResponse, status: number, type: string, body: string, headers = {}) => {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
};

/** Inserts the fake's script as the first element of `<head>` (or of the document, when there is none). */
export function injectFakeScript(html: string): string {
  const tag = `<script src="${FAKE_SCRIPT_PATH}"></script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

function proxy(upstreamPort: number, incoming: IncomingMessage, response: ServerResponse) {
  const headers = { ...incoming.headers, host: `127.0.0.1:${upstreamPort}` };
  delete headers['accept-encoding']; // HTML is rewritten here, so it must come uncompressed
  const outgoing = request(
    { host: '127.0.0.1', port: upstreamPort, path: incoming.url, method: incoming.method, headers },
    (upstream) => {
      const type = upstream.headers['content-type'] ?? '';
      if (!type.includes('text/html')) {
        response.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      upstream.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstream.on('end', () => {
        const body = injectFakeScript(Buffer.concat(chunks).toString('utf8'));
        const { 'content-length': _length, etag: _etag, ...rest } = upstream.headers;
        void _length;
        void _etag;
        response.writeHead(upstream.statusCode ?? 200, {
          ...rest,
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store',
        });
        response.end(body);
      });
    },
  );
  // Until the site is up, answer 502: Playwright's webServer check keeps waiting on that.
  outgoing.on('error', (error) => send(response, 502, 'text/plain', `upstream: ${error.message}`));
  incoming.pipe(outgoing);
}

export function startServer(port: number, upstreamPort: number) {
  const server = createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === FAKE_SCRIPT_PATH)
      return send(response, 200, 'text/javascript', fakeScript(setupFrom(incoming)));
    if (url.pathname === AXE_PATH) return send(response, 200, 'text/javascript', AXE);
    if (url.pathname === SETUP_PATH) {
      const value = encodeURIComponent(url.searchParams.get('youtube') ?? '{"api":"serve"}');
      return send(response, 200, 'text/html', '<!doctype html><title>Test setup</title><p>Ready.</p>', {
        'set-cookie': `${COOKIE}=${value}; Path=/; SameSite=Lax`,
      });
    }
    proxy(upstreamPort, incoming, response);
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const port = Number(process.env.ENGINES_PORT);
  const upstreamPort = Number(process.env.UPSTREAM_PORT);
  if (!port || !upstreamPort) throw new Error('Set ENGINES_PORT and UPSTREAM_PORT.');
  startServer(port, upstreamPort);
}
