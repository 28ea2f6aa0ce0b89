/**
 * The copy of an episode page that transcript search indexes (src/search/pagefindPage.ts), on its own and
 * through Pagefind itself: the fragment it makes holds every line's words between that line's marker and the
 * next, so hits map back to lines and seconds (src/search/transcriptHits.ts).
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeStarts } from '../../src/search/lineStarts.ts';
import { buildTranscriptIndex } from '../../src/search/pagefindIndex.ts';
import { pageForIndex } from '../../src/search/pagefindPage.ts';
import { lineHits, type PagefindFragment } from '../../src/search/transcriptHits.ts';

/** A transcript as the episode page renders it (src/transcript), clocks left out of the index. */
const PAGE = `<!doctype html><html lang="en"><head><title>t</title></head><body>
<h1 data-pagefind-meta="title">A &amp; B</h1>
<section class="transcript" data-pagefind-body><h2 id="transcript-heading" data-pagefind-ignore="true">Transcript</h2>
<h3 class="section-header" data-section="0"><span class="section-title">Getting started</span> <span class="section-time" data-pagefind-ignore="true">0:12</span></h3>
<p class="line-speaker">Alexey</p>
<div role="button" id="line-0" class="line" tabindex="-1" data-line="0"><span class="line-time" data-pagefind-ignore="true">0:12</span> <span class="line-text">Welcome to the show &lt;b&gt;today&lt;/b&gt;.</span></div>
<p class="line-speaker">Luke Whipps</p>
<div class="line" data-line="1" id="line-1"><span class="line-time" data-pagefind-ignore="true">0:25</span> <span class="line-text">Thanks for having me.</span></div>
<div role="button" id="line-2" class="line"><span class="line-time" data-pagefind-ignore="true">1:02:03</span> <span class="line-text">Interviews matter.</span></div>
</section></body></html>`;

const EPISODE = { slug: 'a "quoted" <slug>', starts: [12, 25, 3723] };

describe('the page transcript search indexes', () => {
  const indexed = pageForIndex(PAGE, EPISODE);

  it('moves each line’s id onto an empty marker where the line starts, whatever the attribute order', () => {
    expect(indexed).toContain('<div role="button" class="line" tabindex="-1" data-line="0"><i id="line-0"></i>');
    expect(indexed).toContain('<div class="line" data-line="1"><i id="line-1"></i>');
    expect(indexed).toContain('<div role="button" class="line"><i id="line-2"></i>');
    expect(indexed.match(/id="line-\d+"/g)).toHaveLength(3);
  });

  it('marks where each speaker label and section header starts', () => {
    expect(indexed.match(/<i id="break"><\/i>/g)).toHaveLength(3);
    expect(indexed).toContain('<p class="line-speaker"><i id="break"></i>Alexey</p>');
  });

  it('records the slug, escaped, and the line starts as metadata', () => {
    expect(indexed).toContain(
      '<span data-pagefind-meta="slug[data-slug], starts[data-starts]" data-slug="a &#34;quoted&#34; &#60;slug&#62;" data-starts="c,d,2uq"></span></body>',
    );
    expect(pageForIndex('<main></main>', EPISODE)).toMatch(/^<main><\/main><span data-pagefind-meta=/);
  });

  it('leaves everything else as it was', () => {
    const undo = indexed
      .replace(/<i id="(line-\d+|break)"><\/i>/g, '')
      .replace(/<span data-pagefind-meta="slug[^>]*><\/span>/, '');
    expect(undo.replace(/ id="line-\d+"/g, '')).toBe(PAGE.replace(/ id="line-\d+"/g, ''));
  });
});

describe('the index Pagefind makes of it', { timeout: 60_000 }, () => {
  const files = buildTranscriptIndex([{ url: '/episodes/a', html: pageForIndex(PAGE, EPISODE) }]);
  const fragment = async () => {
    const file = (await files).find((f) => f.path.startsWith('fragment/'))!;
    const text = gunzipSync(file.content).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment & { filters: object };
  };

  it('holds the engine and the index, without Pagefind’s own search interfaces', async () => {
    const paths = (await files).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
    expect(paths.some((p) => p.startsWith('index/'))).toBe(true);
    expect(paths.filter((p) => /ui|highlight/.test(p))).toEqual([]);
  });

  it('indexes the transcript’s words without its clocks or heading, the transcript once', async () => {
    const { content, anchors, meta } = await fragment();
    expect(content).toBe(
      'Getting started Alexey. Welcome to the show <b>today</b>. Luke Whipps. Thanks for having me. Interviews matter.',
    );
    expect(anchors.map((a) => [a.id, a.location, (a as { text?: string }).text])).toEqual([
      ['break', 0, ''],
      ['break', 2, ''],
      ['line-0', 3, ''],
      ['break', 8, ''],
      ['line-1', 10, ''],
      ['line-2', 14, ''],
    ]);
    expect(meta).toMatchObject({ title: 'A & B', slug: EPISODE.slug });
    expect(decodeStarts(meta.starts)).toEqual(EPISODE.starts);
  });

  it('maps a hit position back to its line, its second and its words', async () => {
    const found = await fragment();
    const hits = lineHits({ ...found, locations: [11, 14, 8] }, 'having interviews luke');
    expect(hits.map((hit) => [hit.line, hit.second, hit.excerpt.text, hit.label?.text])).toEqual([
      [1, 25, 'Thanks for having me.', 'Luke Whipps'],
      [2, 3723, 'Interviews matter.', undefined],
    ]);
  });
});
