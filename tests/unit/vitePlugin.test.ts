import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer, type Logger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { episodesPlugin } from '../../src/episodes/vitePlugin.ts';
import { fixturesDir } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'episodes-plugin-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger('silent');
  logger.warn = (message) => void lines.push(`warn ${message}`);
  logger.error = (message) => void lines.push(`error ${message}`);
  return { logger, lines };
}

async function buildWith(dir: string, outDir: string, logger: Logger, strict = false) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [episodesPlugin({ dir, peopleDir: join(fixturesDir, 'people'), strict })],
    build: { outDir, emptyOutDir: true, minify: false },
  });
}

describe('the episodes build plugin', () => {
  const folder = join(temp, 'episodes');
  cpSync(join(fixturesDir, 'episodes'), folder, { recursive: true });

  it('writes one chunk per episode and keeps transcripts and yaml out of the rest', async () => {
    const { logger } = capturingLogger();
    const outDir = join(temp, 'dist');
    await buildWith(folder, outDir, logger);
    const files = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'));
    const read = (file: string) => readFileSync(join(outDir, 'assets', file), 'utf8');

    const backwards = files.filter((file) => read(file).includes('Slightly backwards.'));
    // The words are in a chunk of their own, loaded only where a page was not prerendered.
    expect(backwards).toEqual([expect.stringMatching(/^backwards-words-.*\.js$/)]);
    const index = files.find((file) => file.startsWith('episode-index-'))!;
    expect(read(index)).toContain('Header quirks');
    expect(read(index)).not.toContain('The topic starts.');
    const main = files.find((file) => file.startsWith('index-'))!;
    expect(read(main)).not.toContain('Header quirks');
    for (const file of files) expect(read(file)).not.toMatch(/YAMLParseError|MULTILINE_IMPLICIT_KEY/);
  });

  it("writes a page per episode with a preload of its data (its head is the prerender step's)", async () => {
    const { logger } = capturingLogger();
    const outDir = join(temp, 'dist-pages');
    await buildWith(folder, outDir, logger);
    const page = readFileSync(join(outDir, 'episodes', 'backwards.html'), 'utf8');
    const preloads = [
      ...page.matchAll(/<link rel="modulepreload" crossorigin href="\/assets\/(backwards-[^"]+\.js)" \/>/g),
    ];
    expect(preloads).toHaveLength(1);
    // The page's own data: its lines' timing, not their words (those are in the page's HTML).
    const data = readFileSync(join(outDir, 'assets', preloads[0]![1]!), 'utf8');
    expect(data).toContain('\\"starts\\"');
    expect(data).not.toContain('Slightly backwards.');
    // Text from files never reaches the page file here (tests/unit/linkPreviews.test.ts checks the built heads).
    const markup = readFileSync(join(outDir, 'episodes', 'markup-title.html'), 'utf8');
    expect(markup).not.toContain('<script>alert');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toMatch(/modulepreload[^>]*backwards-/);
  });

  it("writes each episode's data as ASCII JSON, read back with every character as it was", async () => {
    const { logger } = capturingLogger();
    const outDir = join(temp, 'dist-ascii');
    await buildWith(folder, outDir, logger);
    const words = readdirSync(join(outDir, 'assets')).find((file) => /^text-words-.*\.js$/.test(file))!;
    const source = readFileSync(join(outDir, 'assets', words), 'utf8');
    // The JSON.parse argument as the browser holds it: a literal, evaluated as written.
    const literal = /JSON\.parse\(([\s\S]*)\)/.exec(source)![1]!;
    const json = new Function(`return ${literal}`)() as string;
    expect(json).toMatch(/^[\x20-\x7e]*$/); // a one-byte string in the browser, not a two-byte one
    expect((JSON.parse(json) as { text: string[] }).text.join('\n')).toContain('It’s “quoted” – ten');
  });

  it('prints each warning once with its location', async () => {
    const { logger, lines } = capturingLogger();
    await buildWith(folder, join(temp, 'dist-warnings'), logger);
    const backwards = lines.filter((line) => line.includes('backwards.md:16:8 warning sec 195 (3:15) goes back'));
    expect(backwards).toHaveLength(1);
  });

  const brokenFolder = join(temp, 'broken');
  cpSync(join(fixturesDir, 'broken', 'yaml-error.md'), join(brokenFolder, 'yaml-error.md'));
  cpSync(join(fixturesDir, 'episodes', 'minimal.md'), join(brokenFolder, 'minimal.md'));

  it('leaves out a file with errors, builds the rest, and ends with a summary', async () => {
    const { logger, lines } = capturingLogger();
    const outDir = join(temp, 'dist-broken');
    await buildWith(brokenFolder, outDir, logger);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^error .*yaml-error\.md:8:3 error YAML syntax: .*Fix: Indent this line like the other items/,
      ),
    );
    expect(readdirSync(join(outDir, 'episodes'))).toEqual(['minimal.html']);
    expect(lines.at(-1)).toBe(
      'warn Episodes: 1 episode built, 0 files skipped, 1 file with errors, 2 warnings, 1 error. Files with errors (listed above) are left out; STRICT_EPISODES=1 makes them fail the build.',
    );
  });

  it('in strict mode, fails the build on an episode error, naming the file, line and fix', async () => {
    const { logger } = capturingLogger();
    await expect(buildWith(brokenFolder, join(temp, 'dist-strict'), logger, true)).rejects.toThrow(
      /yaml-error\.md:8:3 error YAML syntax: .*Fix: Indent this line like the other items at its level/,
    );
  });

  it('in dev, recompiles an edited episode and reloads the page', async () => {
    const devFolder = join(temp, 'dev');
    cpSync(join(fixturesDir, 'episodes', 'no-headers.md'), join(devFolder, 'no-headers.md'));
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, ws: false },
      plugins: [episodesPlugin({ dir: devFolder })],
    });
    try {
      const reloads: unknown[] = [];
      server.ws.send = ((payload: unknown) => void reloads.push(payload)) as typeof server.ws.send;
      const loadIndex = async () =>
        (await server.ssrLoadModule('virtual:episodes/index')).default as Array<{ title: string }>;
      expect((await loadIndex()).map((e) => e.title)).toEqual(['No headers at all']);

      const file = join(devFolder, 'no-headers.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('No headers at all', 'Edited title'));
      server.watcher.emit('change', file);
      expect(reloads).toContainEqual({ type: 'full-reload' });
      expect((await loadIndex()).map((e) => e.title)).toEqual(['Edited title']);
    } finally {
      await server.close();
    }
  });
});
