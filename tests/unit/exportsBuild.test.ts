/**
 * The transcript files as the site has them (src/exports/exportsPlugin.ts): a Jekyll site's folder
 * (tests/fixtures/site, one episode with a transcript and one without) built under a sub-path with the
 * project's own config, and the dev server answering the same paths with the same bytes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileFolder } from '../../src/episodes/compileFolder.ts';
import { exportFiles } from '../../src/exports/files.ts';

const root = join(import.meta.dirname, '..', '..');
const EPISODES_DIR = 'tests/fixtures/site/_podcast';
const temp = mkdtempSync(join(tmpdir(), 'transcript-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const { episodes } = compileFolder(join(root, EPISODES_DIR));
const transcribed = episodes.filter((episode) => episode.lines.length > 0);
const untranscribed = episodes.filter((episode) => episode.lines.length === 0);

const silentLogger = (lines: string[]) => {
  const logger = createLogger('silent');
  logger.info = (message) => void lines.push(message);
  return logger;
};

describe('the transcript files of a build', { timeout: 180_000 }, () => {
  const outDir = join(temp, 'dist');
  const lines: string[] = [];
  const built = (async () => {
    vi.stubEnv('EPISODES_DIR', EPISODES_DIR);
    vi.stubEnv('BASE_PATH', '/podcast/');
    try {
      await build({
        root,
        configFile: join(root, 'vite.config.ts'),
        customLogger: silentLogger(lines),
        build: { outDir },
      });
    } finally {
      vi.unstubAllEnvs();
    }
  })();

  it('the folder has both kinds of episode', () => {
    expect(transcribed.length).toBeGreaterThan(0);
    expect(untranscribed.length).toBeGreaterThan(0);
  });

  it('every episode with a transcript gets its six files beside its page, under a sub-path too', async () => {
    await built;
    for (const episode of transcribed) {
      expect(existsSync(join(outDir, 'episodes', `${episode.slug}.html`))).toBe(true);
      for (const file of exportFiles(episode.slug)) {
        expect(readFileSync(join(outDir, file.file), 'utf8').length, file.file).toBeGreaterThan(0);
      }
    }
    expect(lines).toContain(`Transcript files: 6 for each of ${transcribed.length} episode with a transcript.`);
  });

  it('an episode without a transcript gets none, and nothing else is written', async () => {
    await built;
    const names = readdirSync(join(outDir, 'episodes'));
    for (const episode of untranscribed)
      expect(names.filter((name) => name.startsWith(episode.slug))).toEqual([`${episode.slug}.html`]);
    const expected = transcribed.flatMap((episode) => exportFiles(episode.slug).map((file) => file.file.slice(9)));
    expect(names.filter((name) => !name.endsWith('.html')).sort()).toEqual(expected.sort());
  });

  it('the dev server answers the same paths under the base, with the same bytes and their types', async () => {
    await built;
    vi.stubEnv('EPISODES_DIR', EPISODES_DIR);
    vi.stubEnv('BASE_PATH', '/podcast/');
    const server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      customLogger: silentLogger([]),
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    vi.unstubAllEnvs();
    try {
      await server.listen();
      const { port } = server.httpServer!.address() as AddressInfo;
      const url = (path: string) => `http://127.0.0.1:${port}/podcast${path}`;
      for (const episode of transcribed) {
        for (const file of exportFiles(episode.slug)) {
          const response = await fetch(url(file.path));
          expect(response.status, file.path).toBe(200);
          expect(response.headers.get('content-type')).toBe(
            file.type.startsWith('text/') ? `${file.type}; charset=utf-8` : file.type,
          );
          expect(await response.text()).toBe(readFileSync(join(outDir, file.file), 'utf8'));
        }
      }
      // Not the episode's source file, which Vite itself would serve at the same address.
      for (const episode of untranscribed)
        expect((await fetch(url(exportFiles(episode.slug)[5]!.path))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
