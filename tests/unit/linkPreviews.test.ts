/**
 * Link previews, read back from the built pages: tests/fixtures/previews (an episode whose title, short title
 * and description hold quotes, ampersands and angle brackets, and one with neither video, transcript nor ISO
 * date) built with the project's own Vite config, once with `SITE_URL` under `BASE_PATH` and once with neither.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { build, createLogger } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'link-previews-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const QUOTED = 's02e03-quotes-and-brackets';
const UNFINISHED = 's02e04-still-being-written';
const TITLE = `"Quotes" & <Angle> 'Brackets' </script>`;
const DESCRIPTION = `Tom & Jerry say "hi" <b>loudly</b> and don't stop.`;
const SUFFIXES = ['.vtt', '.srt', '.transcript.json', '.chapters.json', '.txt', '.md'];

async function buildSite(outDir: string, env: Record<string, string>) {
  vi.stubEnv('EPISODES_DIR', 'tests/fixtures/previews');
  vi.stubEnv('PEOPLE_DIR', 'tests/fixtures/people');
  vi.stubEnv('SITE_URL', env.SITE_URL ?? '');
  vi.stubEnv('BASE_PATH', env.BASE_PATH ?? '');
  const lines: string[] = [];
  const logger = createLogger('silent');
  logger.info = (message) => void lines.push(`info ${message}`);
  logger.warn = (message) => void lines.push(`warn ${message}`);
  logger.error = (message) => void lines.push(`error ${message}`);
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      customLogger: logger,
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    vi.unstubAllEnvs();
  }
  return lines;
}

/** A built page's head, as a browser parses it. */
function head(outDir: string, file: string) {
  const { document } = new JSDOM(readFileSync(join(outDir, file), 'utf8')).window;
  const all = (selector: string, attribute: string) =>
    [...document.head.querySelectorAll(selector)].map((element) => element.getAttribute(attribute));
  const one = (selector: string, attribute: string) => {
    const found = all(selector, attribute);
    expect(found, selector).toHaveLength(1);
    return found[0];
  };
  return {
    document,
    title: document.title,
    meta: (name: string) => all(`meta[name="${name}"], meta[property="${name}"]`, 'content'),
    one: (name: string) => one(`meta[name="${name}"], meta[property="${name}"]`, 'content'),
    canonical: all('link[rel="canonical"]', 'href'),
    alternates: [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('type'),
      link.getAttribute('href'),
    ]),
    jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent) as Record<string, unknown>,
    ),
    policy: one('meta[http-equiv="Content-Security-Policy"]', 'content')!,
  };
}

const scriptSources = (policy: string) =>
  policy
    .split('; ')
    .find((directive) => directive.startsWith('script-src '))!
    .split(' ')
    .slice(1);

// One build at a time: each reads the environment while it runs.
const liveDir = join(temp, 'live');
const live = buildSite(liveDir, { SITE_URL: 'https://podcast.example.org/', BASE_PATH: '/podcast/' });
const localDir = join(temp, 'local');
const local = live.catch(() => []).then(() => buildSite(localDir, {}));

describe('link previews with SITE_URL, under BASE_PATH', { timeout: 180_000 }, () => {
  const outDir = liveDir;
  const built = live;
  const site = 'https://podcast.example.org/podcast/';

  it('gives an episode page its title, description, canonical address and Open Graph tags, all escaped as written', async () => {
    await built;
    const page = head(outDir, `episodes/${QUOTED}.html`);
    expect(page.title).toBe(`Q&A <live> "quoted" · Transcript Player`);
    expect(page.one('description')).toBe(DESCRIPTION);
    expect(page.canonical).toEqual([`${site}episodes/${QUOTED}`]);
    expect(page.one('og:type')).toBe('video.episode');
    expect(page.one('og:site_name')).toBe('Transcript Player');
    expect(page.one('og:title')).toBe(TITLE);
    expect(page.one('og:description')).toBe(DESCRIPTION);
    expect(page.one('og:url')).toBe(`${site}episodes/${QUOTED}`);
    expect(page.one('og:image')).toBe('https://i.ytimg.com/vi/QuOtEs-0001/hqdefault.jpg');
    expect(page.one('og:image:alt')).toBe(TITLE);
    // The transcript's end: its last line (1:02:05) plus that line's estimated length.
    expect(page.one('video:duration')).toBe('3731');
    expect(page.one('video:release_date')).toBe('2024-05-06');
    expect(page.meta('video:tag')).toEqual(['Testing', 'R&D']);
    // The raw file's text never appears unescaped in the head.
    const html = readFileSync(join(outDir, 'episodes', `${QUOTED}.html`), 'utf8');
    expect(html.slice(0, html.indexOf('</head>'))).not.toMatch(/<Angle>|<b>loudly|<live>|<\/script> /);
  });

  it('gives it a large Twitter/X card with title, description and image', async () => {
    await built;
    const page = head(outDir, `episodes/${QUOTED}.html`);
    expect(page.one('twitter:card')).toBe('summary_large_image');
    expect(page.one('twitter:title')).toBe(TITLE);
    expect(page.one('twitter:description')).toBe(DESCRIPTION);
    expect(page.one('twitter:image')).toBe('https://i.ytimg.com/vi/QuOtEs-0001/hqdefault.jpg');
  });

  it('links its transcript files as alternates, under the base path', async () => {
    await built;
    expect(head(outDir, `episodes/${QUOTED}.html`).alternates).toEqual(
      [
        'text/vtt',
        'application/x-subrip',
        'application/json',
        'application/json+chapters',
        'text/plain',
        'text/markdown',
      ].map((type, i) => [type, `/podcast/episodes/${QUOTED}${SUFFIXES[i]}`]),
    );
    expect(head(outDir, `episodes/${UNFINISHED}.html`).alternates).toEqual([]);
  });

  it('describes the episode in JSON-LD: a PodcastEpisode of the series, with its date, length, video and transcript', async () => {
    await built;
    const [data, ...more] = head(outDir, `episodes/${QUOTED}.html`).jsonLd;
    expect(more).toEqual([]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'PodcastEpisode',
      name: TITLE,
      description: DESCRIPTION,
      url: `${site}episodes/${QUOTED}`,
      datePublished: '2024-05-06',
      duration: 'PT1H2M11S',
      episodeNumber: 3,
      partOfSeason: { '@type': 'PodcastSeason', seasonNumber: 2 },
      partOfSeries: { '@type': 'PodcastSeries', name: 'Transcript Player', url: site },
      contributor: [expect.objectContaining({ '@type': 'Person', name: 'Jane Doe' })],
    });
    const [video, ...files] = data!.associatedMedia as Array<Record<string, unknown>>;
    expect(video).toMatchObject({
      '@type': 'VideoObject',
      name: TITLE,
      description: DESCRIPTION,
      embedUrl: 'https://www.youtube.com/embed/QuOtEs-0001',
      thumbnailUrl: 'https://i.ytimg.com/vi/QuOtEs-0001/hqdefault.jpg',
      uploadDate: '2024-05-06',
      duration: 'PT1H2M11S',
      caption: { '@type': 'MediaObject', encodingFormat: 'text/vtt', contentUrl: `${site}episodes/${QUOTED}.vtt` },
    });
    expect(files.map((file) => file.contentUrl)).toEqual(
      SUFFIXES.map((suffix) => `${site}episodes/${QUOTED}${suffix}`),
    );
  });

  it('gives an episode without video, transcript or ISO date the small card and leaves those out', async () => {
    await built;
    const page = head(outDir, `episodes/${UNFINISHED}.html`);
    expect(page.one('og:title')).toBe('An episode still being written');
    expect(page.meta('og:image')).toEqual([]);
    expect(page.one('twitter:card')).toBe('summary');
    expect(page.one('video:duration')).toBe('3492');
    expect(page.meta('video:release_date')).toEqual([]);
    const [data] = page.jsonLd;
    expect(data).toMatchObject({
      '@type': 'PodcastEpisode',
      duration: 'PT58M12S',
      url: `${site}episodes/${UNFINISHED}`,
    });
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('associatedMedia');
  });

  it("gives the library the site's own tags and JSON-LD", async () => {
    await built;
    const page = head(outDir, 'index.html');
    expect(page.title).toBe('Episodes · Transcript Player');
    expect(page.canonical).toEqual([site]);
    expect(page.one('og:type')).toBe('website');
    expect(page.one('og:url')).toBe(site);
    expect(page.one('og:title')).toBe('Transcript Player');
    expect(page.one('twitter:card')).toBe('summary');
    expect(page.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@graph': [
          expect.objectContaining({ '@type': 'WebSite', name: 'Transcript Player', url: site }),
          expect.objectContaining({ '@type': 'PodcastSeries', name: 'Transcript Player', url: site }),
        ],
      },
    ]);
  });

  it('gives the fallback page (404.html) no address or preview of any page', async () => {
    await built;
    const page = head(outDir, '404.html');
    expect(page.canonical).toEqual([]);
    expect(page.meta('og:url')).toEqual([]);
    expect(page.jsonLd).toEqual([]);
  });

  it('writes sitemap.xml with the library and every episode, dated where known, and robots.txt pointing at it', async () => {
    const lines = await built;
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `  <url><loc>${site}</loc><lastmod>2024-05-06</lastmod></url>\n` +
        `  <url><loc>${site}episodes/${UNFINISHED}</loc></url>\n` +
        `  <url><loc>${site}episodes/${QUOTED}</loc><lastmod>2024-05-06</lastmod></url>\n` +
        '</urlset>\n',
    );
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`,
    );
    expect(lines.filter((line) => line.includes('SITE_URL is not set'))).toEqual([]);
  });

  it("never gives the JSON-LD a hash in the pages' policy: it is data, not a script", async () => {
    await built;
    for (const file of ['index.html', `episodes/${QUOTED}.html`]) {
      const page = head(outDir, file);
      const inline = [...page.document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')];
      const hashes = scriptSources(page.policy).filter((source) => source.startsWith("'sha256-"));
      expect(hashes).toHaveLength(new Set(inline.map((script) => script.textContent)).size);
    }
  });
});

describe('link previews without SITE_URL', { timeout: 180_000 }, () => {
  const outDir = localDir;
  const built = local;

  it('says once that previews need SITE_URL', async () => {
    const lines = await built;
    expect(lines.filter((line) => line.includes('SITE_URL'))).toEqual([
      expect.stringMatching(/^warn Link previews: SITE_URL is not set, .* Fix: .*SITE_URL=https:\/\//),
    ]);
  });

  it('leaves out only what needs an absolute address: canonical, og:url, the JSON-LD urls, the sitemap', async () => {
    await built;
    const page = head(outDir, `episodes/${QUOTED}.html`);
    expect(page.canonical).toEqual([]);
    expect(page.meta('og:url')).toEqual([]);
    expect(page.one('og:title')).toBe(TITLE);
    expect(page.one('og:image')).toBe('https://i.ytimg.com/vi/QuOtEs-0001/hqdefault.jpg');
    expect(page.one('twitter:card')).toBe('summary_large_image');
    expect(page.alternates.map(([, href]) => href)).toEqual(SUFFIXES.map((suffix) => `/episodes/${QUOTED}${suffix}`));
    const [data] = page.jsonLd;
    expect(data).toMatchObject({ '@type': 'PodcastEpisode', partOfSeries: { name: 'Transcript Player' } });
    expect(JSON.stringify(data)).not.toMatch(/"(url|contentUrl)":"(?!https:\/\/www\.youtube\.com)/);
    const library = head(outDir, 'index.html');
    expect(library.canonical).toEqual([]);
    expect(library.meta('og:url')).toEqual([]);
    expect(existsSync(join(outDir, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(outDir, 'robots.txt'))).toBe(false);
  });
});
