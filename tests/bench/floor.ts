/**
 * The static floor: the same transcript text as a plain HTML page (each line a <p> with its time and text,
 * speaker names and section titles as the app shows them, the app's font and sizes), written into the served
 * folder. Loading it measures what a browser needs to show that much text at all; the app's load time is
 * compared with it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EpisodeData } from '../../src/episodes/model.ts';
import { formatClock } from '../../src/lib/time.ts';

export const FLOOR_DIR = 'bench-floor';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The app's font stack, sizes and line heights (src/app/styles.css), nothing else.
const CSS = `
:root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  line-height: 1.5; color: #1a1d23; background: #fff; }
body { margin: 0 auto; max-width: 48rem; padding: 0 1.5rem 5rem; }
h2 { font-size: 1.02rem; line-height: 1.35; margin: 1rem 0 0.25rem; }
.who { margin: 0.9rem 0 0.1rem 4.6rem; font-size: 0.85rem; font-weight: 700; color: #525a68; }
p { margin: 0; padding: 0.35rem 0.5rem 0.35rem 0; font-size: 1.02rem; line-height: 1.6; }
.time { display: inline-block; width: 4.1rem; padding-left: 0.5rem; color: #525a68; font-size: 0.85rem; }
`;

/** What a page built on the floor adds to it (the vanilla reference, reference.ts). */
export interface FloorExtras {
  /** Put in the title's parentheses: which page this is. */
  name: string;
  /** CSS after the floor's. */
  css?: string;
  /** Markup at the end of `<head>`, after the style. */
  head?: string;
  /** Markup at the start of `<body>`, before the title. */
  bodyStart?: string;
  /** Markup at the end of `<body>`, after the last line. */
  bodyEnd?: string;
}

/** The floor's document for `episode`; with `extras`, the same document with those additions. */
export function floorHtml(episode: EpisodeData, extras: FloorExtras = { name: 'static floor' }): string {
  const speakers = episode.speakers.map((s) => s.fullName ?? s.name);
  const sectionAt = new Map(episode.sections.map((section) => [section.firstLine, section]));
  const body: string[] = [`<h1>${escape(episode.title)}</h1>`];
  episode.lines.forEach((line, index) => {
    const section = sectionAt.get(index);
    if (section) body.push(`<h2>${escape(section.title)} <small>${formatClock(section.start)}</small></h2>`);
    if (section || index === 0 || line.speaker !== episode.lines[index - 1]!.speaker) {
      const name = speakers[line.speaker];
      if (name) body.push(`<p class="who">${escape(name)}</p>`);
    }
    body.push(`<p data-line="${index}"><span class="time">${formatClock(line.start)}</span> ${escape(line.text)}</p>`);
  });
  const optional = (markup: string | undefined) => (markup ? `${markup}\n` : '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(episode.shortTitle)} (${escape(extras.name)})</title>
<style>${CSS}${extras.css ?? ''}</style>
${optional(extras.head)}</head>
<body>
${optional(extras.bodyStart)}${body.join('\n')}
${optional(extras.bodyEnd)}</body>
</html>
`;
}

/** Writes `html` as `<outDir>/<dir>/<slug>.html`; returns its path on the site. */
export function writeBenchPage(outDir: string, dir: string, slug: string, html: string): string {
  mkdirSync(join(outDir, dir), { recursive: true });
  writeFileSync(join(outDir, dir, `${slug}.html`), html);
  return `/${dir}/${slug}.html`;
}

/** Writes `<outDir>/bench-floor/<slug>.html`; returns its path on the site. */
export function writeFloorPage(outDir: string, episode: EpisodeData): string {
  return writeBenchPage(outDir, FLOOR_DIR, episode.slug, floorHtml(episode));
}
