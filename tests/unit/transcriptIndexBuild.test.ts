/**
 * Transcript search's index as `vite build` writes it (src/search/pagefindPlugin.ts): the browser tests'
 * episodes built under a sub-path with the project's own config, prerendering included, then the index files
 * read back and decoded as the browser would.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build, createLogger } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileFolder } from '../../src/episodes/compileFolder.ts';
import { decodeStarts, linkSecond } from '../../src/search/lineStarts.ts';
import { lineHits, type PagefindFragment } from '../../src/search/transcriptHits.ts';

const root = join(import.meta.dirname, '..', '..');
const EPISODES_DIR = 'tests/e2e/episodes';
const temp = mkdtempSync(join(tmpdir(), 'transcript-index-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Fragment extends PagefindFragment {
  filters: Record<string, string[]>;
}

/** Pagefind's files are gzip with a signature before their JSON. */
const decode = (file: string): Fragment => {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
};

describe('the transcript-search index of a build', { timeout: 180_000 }, () => {
  const outDir = join(temp, 'dist');
  const built = (async () => {
    vi.stubEnv('EPISODES_DIR', EPISODES_DIR);
    vi.stubEnv('BASE_PATH', '/podcast/');
    const logger = createLogger('silent');
    const lines: string[] = [];
    logger.info = (message) => void lines.push(message);
    try {
      await build({ root, configFile: join(root, 'vite.config.ts'), customLogger: logger, build: { outDir } });
    } finally {
      vi.unstubAllEnvs();
    }
    return lines;
  })();
  const folder = join(outDir, 'pagefind');
  const fragments = async () => {
    await built;
    return readdirSync(join(folder, 'fragment')).map((name) => decode(join(folder, 'fragment', name)));
  };
  const episodes = compileFolder(join(root, EPISODES_DIR)).episodes;

  it('is written beside the pages: Pagefind’s engine and the index, without its own search interfaces', async () => {
    const lines = await built;
    expect(lines).toContainEqual(
      expect.stringMatching(/^Transcript search: 5 episodes indexed, \d+ KB in pagefind\/\.$/),
    );
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
      expect(existsSync(join(folder, file)), file).toBe(true);
    expect(readdirSync(folder).filter((name) => /ui|highlight/.test(name))).toEqual([]);
    expect(JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'))).toMatchObject({
      languages: { en: { page_count: episodes.filter((e) => e.lines.length > 0).length } },
    });
  });

  it('holds each line’s words between its anchor and the next, and no clock, heading or control', async () => {
    for (const fragment of await fragments()) {
      const episode = episodes.find((e) => e.slug === fragment.meta.slug)!;
      const lines = fragment.anchors.filter((anchor) => anchor.id.startsWith('line-'));
      expect(lines.map((anchor) => anchor.id)).toEqual(episode.lines.map((_, i) => `line-${i}`));
      const words = fragment.content.split(/\s+/);
      const next = (location: number) =>
        Math.min(...fragment.anchors.map((a) => a.location).filter((at) => at > location), words.length);
      for (const [i, anchor] of lines.entries()) {
        const expected = episode.lines[i]!.text.split(/\s+/).filter(Boolean).join(' ');
        const indexed = words.slice(anchor.location, next(anchor.location)).join(' ');
        // Pagefind ends a block with a full stop where it has none.
        expect(indexed.replace(/\.$/, ''), `${episode.slug} line ${i}`).toBe(expected.replace(/\.$/, ''));
      }
      expect(fragment.content).not.toMatch(/^Transcript\b/);
    }
  });

  it('records each episode’s slug, title, numbering, date and line seconds, and its topics and guests to filter by', async () => {
    const found = await fragments();
    for (const episode of episodes) {
      const fragment = found.find((f) => f.meta.slug === episode.slug)!;
      // App paths: the browser puts the base in front (Pagefind's `baseUrl`).
      expect(fragment.url).toBe(`/episodes/${encodeURIComponent(episode.slug)}`);
      expect(fragment.meta.title).toBe(episode.title);
      expect(fragment.meta.season).toBe(episode.season === undefined ? undefined : String(episode.season));
      expect(fragment.meta.episode).toBe(episode.episode === undefined ? undefined : String(episode.episode));
      expect(fragment.meta.date).toBe(episode.date);
      expect(decodeStarts(fragment.meta.starts)).toEqual(episode.lines.map((line) => linkSecond(line.start)));
      expect(fragment.filters.topic?.sort()).toEqual([...episode.topics].sort());
      expect(fragment.filters.guest?.sort()).toEqual(episode.guests.map((guest) => guest.id).sort());
    }
  });

  it('leads a hit to its line’s second', async () => {
    const seed = (await fragments()).find((f) => f.meta.slug === 's12e06-preparing-for-data-science-interview')!;
    const at = seed.content.split(/\s+/).indexOf('pre-research');
    const [hit] = lineHits({ ...seed, locations: [at] }, 'pre-research');
    expect(hit).toMatchObject({ second: 1826 });
    expect(hit!.excerpt.text).toContain('pre-research and the immediate things');
  });

  it('costs the served pages nothing: the markers and line seconds are in the index’s copy only', async () => {
    await built;
    const page = readFileSync(join(outDir, 'episodes', 's12e06-preparing-for-data-science-interview.html'), 'utf8');
    expect(page).toContain('<div role="button" id="line-0" class="line"');
    expect(page).not.toMatch(/<i id="(line-\d+|break)">|data-starts=/);
    expect(page).toContain('data-pagefind-body');
  });
});
