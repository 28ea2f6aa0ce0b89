/**
 * A Jekyll site's `_podcast` folder, as it is (tests/fixtures/site: a Liquid template, an underscore draft, an
 * unpublished file, a broken file, an episode without a transcript, a paragraph pasted twice around a header,
 * and `_people/`), built end to end with the project's own Vite config, prerendering included.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'site-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

async function buildSite(outDir: string) {
  vi.stubEnv('EPISODES_DIR', 'tests/fixtures/site/_podcast');
  const lines: string[] = [];
  const logger = createLogger('silent');
  logger.info = (message) => void lines.push(`info ${message}`);
  logger.warn = (message) => void lines.push(`warn ${message}`);
  logger.error = (message) => void lines.push(`error ${message}`);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    customLogger: logger,
    build: { outDir, emptyOutDir: true },
  });
  return lines;
}

describe("a Jekyll site's _podcast folder", { timeout: 180_000 }, () => {
  const outDir = join(temp, 'dist');
  const emitWarning = vi.spyOn(process, 'emitWarning');
  const built = buildSite(outDir);
  const page = (file: string) => readFileSync(join(outDir, file), 'utf8');

  it('builds every published episode, and nothing else', async () => {
    await built;
    // Pages only: the transcript files beside them are tested in exportsBuild.test.ts.
    expect(
      readdirSync(join(outDir, 'episodes'))
        .filter((name) => name.endsWith('.html'))
        .sort(),
    ).toEqual(['s14e01-pasted-twice.html', 's14e02-data-contracts.html']);
  });

  it('says what it skipped and why, what it left out, and sums up at the end', async () => {
    const lines = (await built).filter((line) => /episode|skipped|error/i.test(line));
    expect(lines.filter((line) => line.includes(' note skipped: Jekyll does not publish'))).toHaveLength(2);
    expect(lines).toContainEqual(
      expect.stringContaining('unpublished-episode.md:3:12 note skipped: `published: false`'),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^error .*broken-yaml\.md:7:10 error YAML syntax/));
    expect(lines.at(-1)).toBe(
      'warn Episodes: 2 episodes built (1 without a transcript yet), 3 files skipped, 1 file with errors, 4 warnings, 1 error. Files with errors (listed above) are left out; STRICT_EPISODES=1 makes them fail the build.',
    );
    expect(emitWarning).not.toHaveBeenCalled();
  });

  it('publishes an episode without a transcript: details, show notes and a plain note where the transcript goes', async () => {
    await built;
    const html = page('episodes/s14e02-data-contracts.html');
    expect(html).toContain('Data Contracts Between Teams');
    expect(html).toContain('Why contracts, not just schemas');
    expect(html).toMatch(
      /<h2 id="transcript-heading"[^>]*>Transcript<\/h2><p class="no-transcript">No transcript yet\.<\/p>/,
    );
    expect(html).not.toContain('data-line=');
    expect(page('index.html')).toMatch(/Data contracts<\/a>.*No transcript yet/s);
  });

  it('shows a paragraph pasted twice around a header once', async () => {
    await built;
    const html = page('episodes/s14e01-pasted-twice.html');
    expect(html.match(/So tell us, how did your career start/g)).toHaveLength(1);
    expect(html.match(/We wrote our first contract in a spreadsheet/g)).toHaveLength(1);
  });

  it('fails on the broken file only in strict mode', async () => {
    await built;
    vi.stubEnv('STRICT_EPISODES', '1');
    await expect(buildSite(join(temp, 'strict'))).rejects.toThrow(/broken-yaml\.md:7:10 error YAML syntax/);
  });
});
