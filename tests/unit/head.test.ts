import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpisodeSummary } from '../../src/episodes/model.ts';
import { siteUrlFromEnv } from '../../src/episodes/settings.ts';
import { exportFiles } from '../../src/exports/files.ts';
import {
  absoluteUrl,
  episodeHead,
  episodeJsonLd,
  isoDate,
  isoDuration,
  jsonForScript,
  libraryHead,
  libraryJsonLd,
  renderHead,
  sitePath,
  withHead,
  type HeadTag,
  type JsonLd,
  type Site,
} from '../../src/pages/head.ts';
import { robotsTxt, sitemapEntries, sitemapXml } from '../../src/pages/sitemap.ts';

const episode = (overrides: Partial<EpisodeSummary> = {}): EpisodeSummary => ({
  slug: 's12e06-interviews',
  title: 'Preparing for a Data Science Interview',
  shortTitle: 'Interviews',
  season: 12,
  episode: 6,
  guests: [
    {
      id: 'lukewhipps',
      name: 'Luke Whipps',
      known: true,
      links: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/in/lukewhipps/' }],
    },
  ],
  topics: ['Career', 'Interviews'],
  youtubeId: 'NnZjlMowkWA',
  description: 'How recruiters run interviews.',
  date: '2022-12-03',
  duration: 3492,
  lineCount: 150,
  sectionCount: 20,
  ...overrides,
});

const ROOT: Site = { base: '/' };
const LIVE: Site = { base: '/podcast/', url: 'https://podcast.example.org' };

/** `og:title` → its content(s), `canonical` → its href, from a list of tags. */
const metas = (tags: readonly HeadTag[]) =>
  Object.fromEntries(tags.flatMap((tag) => (tag.element === 'meta' ? [[tag.name, tag.content]] : [])));
const links = (tags: readonly HeadTag[], rel: string) =>
  tags.flatMap((tag) => (tag.element === 'link' && tag.rel === rel ? [tag] : []));
const jsonLd = (tags: readonly HeadTag[]) => tags.flatMap((tag) => (tag.element === 'json-ld' ? [tag.data] : []));

describe('siteUrlFromEnv', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['https://podcast.example.org', 'https://podcast.example.org'],
    ['https://podcast.example.org/', 'https://podcast.example.org'],
    [' HTTPS://Podcast.Example.org:8443/ ', 'https://podcast.example.org:8443'],
    ['http://127.0.0.1:4601', 'http://127.0.0.1:4601'],
  ])('reads SITE_URL=%j as %j', (value, origin) => {
    expect(siteUrlFromEnv({ SITE_URL: value })).toBe(origin);
  });

  it.each([
    ['podcast.example.org', /is not an address\. Fix: write it as https:\/\//],
    ['ftp://podcast.example.org', /not an http\(s\) address/],
    [
      'https://user.github.io/repo/',
      /Fix: set SITE_URL=https:\/\/user\.github\.io and put a sub-path in BASE_PATH \(BASE_PATH=\/repo\/\)/,
    ],
    ['https://podcast.example.org/?x=1', /more than the site's origin/],
  ])('refuses SITE_URL=%j, saying what to write', (value, message) => {
    expect(() => siteUrlFromEnv({ SITE_URL: value })).toThrow(message);
  });
});

describe('addresses', () => {
  it.each([
    [ROOT, '/', '/', undefined],
    [ROOT, '/episodes/a', '/episodes/a', undefined],
    [LIVE, '/', '/podcast/', 'https://podcast.example.org/podcast/'],
    [LIVE, '/episodes/a%20b', '/podcast/episodes/a%20b', 'https://podcast.example.org/podcast/episodes/a%20b'],
    [{ base: '/', url: 'http://127.0.0.1:4601' }, '/sitemap.xml', '/sitemap.xml', 'http://127.0.0.1:4601/sitemap.xml'],
  ])('under %j, %s is %s, absolutely %s', (site, path, relative, absolute) => {
    expect(sitePath(site, path)).toBe(relative);
    expect(absoluteUrl(site, path)).toBe(absolute);
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [45, 'PT45S'],
    [60, 'PT1M'],
    [3600, 'PT1H'],
    [3492, 'PT58M12S'],
    [3741, 'PT1H2M21S'],
    [3725.6, 'PT1H2M6S'],
    [-5, 'PT0S'],
    [Number.NaN, 'PT0S'],
  ])('writes %d seconds as %s', (seconds, iso) => {
    expect(isoDuration(seconds)).toBe(iso);
  });
});

describe('isoDate', () => {
  it.each([
    ['2022-12-03', '2022-12-03'],
    ['2022-13-40', undefined],
    ['Dec 3, 2022', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('keeps %j as %j', (date, iso) => {
    expect(isoDate(date)).toBe(iso);
  });
});

describe('episodeHead', () => {
  const files = exportFiles('s12e06-interviews');

  it('gives an episode its title, description, Open Graph video.episode tags and a large Twitter/X card', () => {
    const tags = episodeHead(episode(), ROOT, files);
    expect(tags[0]).toEqual({ element: 'title', text: 'Interviews · Transcript Player' });
    expect(metas(tags)).toEqual({
      description: 'How recruiters run interviews.',
      'og:type': 'video.episode',
      'og:site_name': 'Transcript Player',
      'og:title': 'Preparing for a Data Science Interview',
      'og:description': 'How recruiters run interviews.',
      'og:image': 'https://i.ytimg.com/vi/NnZjlMowkWA/hqdefault.jpg',
      'og:image:width': '480',
      'og:image:height': '360',
      'og:image:alt': 'Preparing for a Data Science Interview',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'Preparing for a Data Science Interview',
      'twitter:description': 'How recruiters run interviews.',
      'twitter:image': 'https://i.ytimg.com/vi/NnZjlMowkWA/hqdefault.jpg',
      'twitter:image:alt': 'Preparing for a Data Science Interview',
      'video:duration': '3492',
      'video:release_date': '2022-12-03',
      // Both topics: one tag each (the object above keeps the last).
      'video:tag': 'Interviews',
    });
    expect(tags.filter((tag) => tag.element === 'meta' && tag.name === 'video:tag')).toHaveLength(2);
  });

  it('without SITE_URL leaves out exactly what needs an absolute address of the site', () => {
    const tags = episodeHead(episode(), ROOT, files);
    expect(links(tags, 'canonical')).toEqual([]);
    expect(metas(tags)['og:url']).toBeUndefined();
    const [data] = jsonLd(tags);
    expect(data).not.toHaveProperty('url');
    expect(data!.partOfSeries).toEqual({ '@type': 'PodcastSeries', name: 'Transcript Player' });
    // Only the video: the transcript files' contentUrl would have to be absolute.
    expect(data!.associatedMedia).toEqual([expect.objectContaining({ '@type': 'VideoObject' })]);
    expect(JSON.stringify(data)).not.toContain('.vtt');
  });

  it('with SITE_URL gives the canonical address, og:url and absolute addresses under the base path', () => {
    const tags = episodeHead(episode(), LIVE, files);
    const url = 'https://podcast.example.org/podcast/episodes/s12e06-interviews';
    expect(links(tags, 'canonical')).toEqual([{ element: 'link', rel: 'canonical', href: url }]);
    expect(metas(tags)['og:url']).toBe(url);
    expect(jsonLd(tags)[0]).toMatchObject({
      url,
      partOfSeries: { url: 'https://podcast.example.org/podcast/' },
    });
  });

  it('links each transcript file as an alternate, under the base path, with its media type', () => {
    expect(links(episodeHead(episode(), LIVE, files), 'alternate')).toEqual(
      [
        ['text/vtt', '.vtt'],
        ['application/x-subrip', '.srt'],
        ['application/json', '.transcript.json'],
        ['application/json+chapters', '.chapters.json'],
        ['text/plain', '.txt'],
        ['text/markdown', '.md'],
      ].map(([type, suffix]) => ({
        element: 'link',
        rel: 'alternate',
        type,
        href: `/podcast/episodes/s12e06-interviews${suffix}`,
        title: expect.any(String),
      })),
    );
    expect(links(episodeHead(episode({ lineCount: 0 }), LIVE, []), 'alternate')).toEqual([]);
  });

  it('without a video has no image, the small card and no VideoObject', () => {
    const tags = episodeHead(episode({ youtubeId: undefined }), LIVE, files);
    expect(metas(tags)).not.toHaveProperty('og:image');
    expect(metas(tags)).not.toHaveProperty('twitter:image');
    expect(metas(tags)['twitter:card']).toBe('summary');
    const media = jsonLd(tags)[0]!.associatedMedia as JsonLd[];
    expect(media.map((m) => m['@type'])).toEqual(Array(6).fill('MediaObject'));
  });

  it('falls back to the title for a missing description, and leaves out a date that is not ISO and a zero length', () => {
    const tags = episodeHead(episode({ description: undefined, date: 'last week', duration: 0 }), ROOT, []);
    expect(metas(tags)).toMatchObject({ description: 'Preparing for a Data Science Interview' });
    expect(metas(tags)).not.toHaveProperty('video:release_date');
    expect(metas(tags)).not.toHaveProperty('video:duration');
    const data = jsonLd(tags)[0]!;
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('duration');
  });
});

describe('episodeJsonLd', () => {
  it('is a schema.org PodcastEpisode in its series and season, with the video as a VideoObject and its captions', () => {
    const data = episodeJsonLd(episode(), LIVE, exportFiles('s12e06-interviews'));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'PodcastEpisode',
      name: 'Preparing for a Data Science Interview',
      alternateName: 'Interviews',
      description: 'How recruiters run interviews.',
      datePublished: '2022-12-03',
      duration: 'PT58M12S',
      episodeNumber: 6,
      partOfSeason: { '@type': 'PodcastSeason', seasonNumber: 12 },
      partOfSeries: { '@type': 'PodcastSeries', name: 'Transcript Player' },
      contributor: [{ '@type': 'Person', name: 'Luke Whipps', sameAs: ['https://www.linkedin.com/in/lukewhipps/'] }],
      keywords: 'Career, Interviews',
    });
    const [video, ...transcripts] = data.associatedMedia as JsonLd[];
    expect(video).toEqual({
      '@type': 'VideoObject',
      name: 'Preparing for a Data Science Interview',
      description: 'How recruiters run interviews.',
      thumbnailUrl: 'https://i.ytimg.com/vi/NnZjlMowkWA/hqdefault.jpg',
      embedUrl: 'https://www.youtube.com/embed/NnZjlMowkWA',
      url: 'https://www.youtube.com/watch?v=NnZjlMowkWA',
      uploadDate: '2022-12-03',
      duration: 'PT58M12S',
      caption: {
        '@type': 'MediaObject',
        name: 'Transcript, WebVTT (.vtt)',
        contentUrl: 'https://podcast.example.org/podcast/episodes/s12e06-interviews.vtt',
        encodingFormat: 'text/vtt',
      },
    });
    expect(transcripts.map((file) => [file.encodingFormat, file.contentUrl])).toEqual(
      exportFiles('s12e06-interviews').map((file) => [file.type, `https://podcast.example.org/podcast${file.path}`]),
    );
  });
});

describe('libraryHead', () => {
  it("gives the library the site's own preview and WebSite and PodcastSeries JSON-LD", () => {
    const tags = libraryHead(LIVE);
    expect(tags[0]).toEqual({ element: 'title', text: 'Episodes · Transcript Player' });
    expect(metas(tags)).toMatchObject({
      'og:type': 'website',
      'og:title': 'Transcript Player',
      'og:url': 'https://podcast.example.org/podcast/',
      'twitter:card': 'summary',
    });
    expect(links(tags, 'canonical')[0]).toMatchObject({ href: 'https://podcast.example.org/podcast/' });
    expect(jsonLd(tags)).toEqual([libraryJsonLd(LIVE)]);
    expect((libraryJsonLd(LIVE)['@graph'] as JsonLd[]).map((node) => [node['@type'], node.url])).toEqual([
      ['WebSite', 'https://podcast.example.org/podcast/'],
      ['PodcastSeries', 'https://podcast.example.org/podcast/'],
    ]);
    expect(JSON.stringify(libraryHead(ROOT))).not.toMatch(/canonical|og:url|"url"/);
  });
});

describe('renderHead', () => {
  it('escapes every value, in text and in attributes', () => {
    const html = renderHead(episodeHead(episode({ title: `"Q" & <A> 'b'`, shortTitle: '$& <b>' }), LIVE, []));
    expect(html).toContain('<title>$&#38; &#60;b&#62; · Transcript Player</title>');
    expect(html).toContain('<meta property="og:title" content="&#34;Q&#34; &#38; &#60;A&#62; &#39;b&#39;" />');
    expect(html).not.toMatch(/<(?!\/?(title|meta|link|script)\b)/);
  });

  it('writes JSON-LD that no text can break out of, and that parses back to the same data', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const script = jsonForScript({ name: text });
        expect(script).not.toMatch(/[<>&]/);
        expect(JSON.parse(script)).toEqual({ name: text });
      }),
    );
    expect(jsonForScript({ name: '</script><!--' })).toBe('{"name":"\\u003c/script\\u003e\\u003c!--"}');
  });
});

describe('withHead', () => {
  const shell =
    '<head>\n    <meta charset="UTF-8" />\n    <meta name="description" content="generic" />\n' +
    '    <title>Transcript Player</title>\n  </head>';

  it("puts the page's tags where the shell's title was and drops the shell's description", () => {
    const out = withHead(shell, [
      { element: 'title', text: 'A $& B' },
      { element: 'meta', key: 'name', name: 'description', content: 'own' },
    ]);
    expect(out).toBe(
      '<head>\n    <meta charset="UTF-8" />\n    <title>A $&#38; B</title>\n    <meta name="description" content="own" />\n  </head>',
    );
  });

  it('refuses a shell without a title', () => {
    expect(() => withHead('<head></head>', [])).toThrow(/no <title>/);
  });
});

describe('sitemap and robots.txt', () => {
  const site = { base: '/podcast/', url: 'https://podcast.example.org' };
  const episodes = [
    episode({ slug: 'newest & best', date: '2024-05-06' }),
    episode({ slug: 'undated', date: 'sometime' }),
    episode({ slug: 'older', date: '2022-12-03' }),
  ];

  it('lists the library, dated by its newest episode, and every episode, dated where the file says', () => {
    expect(sitemapEntries(site, episodes)).toEqual([
      { loc: 'https://podcast.example.org/podcast/', lastmod: '2024-05-06' },
      { loc: 'https://podcast.example.org/podcast/episodes/newest%20%26%20best', lastmod: '2024-05-06' },
      { loc: 'https://podcast.example.org/podcast/episodes/undated' },
      { loc: 'https://podcast.example.org/podcast/episodes/older', lastmod: '2022-12-03' },
    ]);
  });

  it('writes the sitemap protocol’s XML, values escaped', () => {
    expect(
      sitemapXml([{ loc: 'https://a.example/?x=1&y=2', lastmod: '2024-05-06' }, { loc: 'https://a.example/b' }]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://a.example/?x=1&#38;y=2</loc><lastmod>2024-05-06</lastmod></url>\n' +
        '  <url><loc>https://a.example/b</loc></url>\n' +
        '</urlset>\n',
    );
  });

  it('lets everything be crawled and points at the sitemap', () => {
    expect(robotsTxt('https://podcast.example.org/podcast/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://podcast.example.org/podcast/sitemap.xml\n',
    );
  });
});
