/**
 * Each prerendered page's head: its title and description, its canonical address, the link-preview tags that
 * chats and social sites read (Open Graph, Twitter/X cards), schema.org JSON-LD for search engines, and, on an
 * episode page, a `<link rel="alternate">` to each of its transcript files.
 *
 * Built as a list of tags from the compiled episode, then written as HTML in one place (`renderHead`), every
 * value escaped there. Tags whose value must be an absolute URL of the site (canonical, `og:url`, the JSON-LD
 * `url`s and file links) need `SITE_URL`; without it they are left out, never guessed. YouTube's thumbnail and
 * embed addresses are absolute anyway and are always written.
 *
 * Pure string work, so that tests/unit/head.test.ts can check it without a build.
 */
import type { EpisodeSummary, Person } from '../episodes/model.ts';
import type { ExportFile } from '../exports/files.ts';
import { escapeHtml } from '../lib/html.ts';

/** The site's name, as its header and page titles say it. */
export const SITE_NAME = 'Transcript Player';
export const SITE_DESCRIPTION = 'Watch podcast episodes with a transcript that follows along.';

/** Where the site is served: `url` is `SITE_URL` (an origin, no trailing slash), `base` Vite's base path. */
export interface Site {
  url?: string;
  /** `/` or a sub-path with both slashes, `/podcast/`. */
  base: string;
}

/** One element of the head; `renderHead` writes it. */
export type HeadTag =
  | { element: 'title'; text: string }
  | { element: 'meta'; key: 'name' | 'property'; name: string; content: string }
  | { element: 'link'; rel: string; href: string; type?: string; title?: string }
  | { element: 'json-ld'; data: JsonLd };

export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

/**
 * The YouTube thumbnail that every video has: `hqdefault` (480×360). `maxresdefault` looks better but is
 * missing for many older or lower-resolution videos, and a preview pointing at a missing image shows none.
 */
export const THUMBNAIL_SIZE = { width: 480, height: 360 } as const;
export const thumbnailUrl = (youtubeId: string) =>
  `https://i.ytimg.com/vi/${encodeURIComponent(youtubeId)}/hqdefault.jpg`;
export const embedUrl = (youtubeId: string) => `https://www.youtube.com/embed/${encodeURIComponent(youtubeId)}`;
const watchUrl = (youtubeId: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(youtubeId)}`;

/** An episode's app path, `/episodes/<slug>`, as the app links it. */
export const episodePath = (slug: string) => `/episodes/${encodeURIComponent(slug)}`;

/** An app path (`/`, `/episodes/x`) under the site's base: `/podcast/episodes/x`. */
export const sitePath = (site: Site, path: string) => `${site.base}${path.replace(/^\//, '')}`;

/** The absolute address of an app path: `SITE_URL` + base + path; undefined without `SITE_URL`. */
export const absoluteUrl = (site: Site, path: string) => (site.url ? `${site.url}${sitePath(site, path)}` : undefined);

/** Seconds as an ISO 8601 duration, `PT58M12S` (whole seconds; `PT0S` for none). */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || whole === 0 ? `${s}S` : ''}`;
  return `PT${parts}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The episode's date when it is a real `YYYY-MM-DD` (the model keeps other text as written). */
export const isoDate = (date: string | undefined) =>
  date && ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)) ? date : undefined;

const meta = (key: 'name' | 'property', name: string, content: string | number | undefined): HeadTag[] =>
  content === undefined || content === '' ? [] : [{ element: 'meta', key, name, content: String(content) }];
const property = (name: string, content: string | number | undefined) => meta('property', name, content);
const named = (name: string, content: string | number | undefined) => meta('name', name, content);
const canonical = (href: string | undefined): HeadTag[] => (href ? [{ element: 'link', rel: 'canonical', href }] : []);

/** What both kinds of page share: a preview card, with a large image when there is one. */
interface Preview {
  title: string;
  description: string;
  type: 'website' | 'video.episode';
  url?: string;
  image?: { url: string; alt: string; width: number; height: number };
}

function previewTags({ title, description, type, url, image }: Preview): HeadTag[] {
  return [
    ...property('og:type', type),
    ...property('og:site_name', SITE_NAME),
    ...property('og:title', title),
    ...property('og:description', description),
    ...property('og:url', url),
    ...(image
      ? [
          ...property('og:image', image.url),
          ...property('og:image:width', image.width),
          ...property('og:image:height', image.height),
          ...property('og:image:alt', image.alt),
        ]
      : []),
    // A large card needs a picture: without one, the small card.
    ...named('twitter:card', image ? 'summary_large_image' : 'summary'),
    ...named('twitter:title', title),
    ...named('twitter:description', description),
    ...(image ? [...named('twitter:image', image.url), ...named('twitter:image:alt', image.alt)] : []),
  ];
}

/** The podcast as a series, as the library presents it and each episode belongs to. */
function series(site: Site): JsonLd {
  const url = absoluteUrl(site, '/');
  return { '@type': 'PodcastSeries', name: SITE_NAME, ...(url && { url }) };
}

function person(guest: Person): JsonLd {
  const sameAs = guest.links.map((link) => link.url);
  return { '@type': 'Person', name: guest.name, ...(sameAs.length > 0 && { sameAs }) };
}

/** schema.org's PodcastEpisode, with the video as a VideoObject and each transcript file as a MediaObject. */
export function episodeJsonLd(episode: EpisodeSummary, site: Site, files: readonly ExportFile[]): JsonLd {
  const url = absoluteUrl(site, episodePath(episode.slug));
  const description = episode.description ?? episode.title;
  const date = isoDate(episode.date);
  const duration = episode.duration > 0 ? isoDuration(episode.duration) : undefined;
  const transcripts: JsonLd[] = site.url
    ? files.map((file) => ({
        '@type': 'MediaObject',
        name: `Transcript, ${file.label}`,
        contentUrl: absoluteUrl(site, file.path)!,
        encodingFormat: file.type,
      }))
    : [];
  const captions = transcripts.find((file) => file.encodingFormat === 'text/vtt');
  const video: JsonLd | undefined = episode.youtubeId
    ? {
        '@type': 'VideoObject',
        name: episode.title,
        description,
        thumbnailUrl: thumbnailUrl(episode.youtubeId),
        embedUrl: embedUrl(episode.youtubeId),
        url: watchUrl(episode.youtubeId),
        ...(date && { uploadDate: date }),
        ...(duration && { duration }),
        ...(captions && { caption: captions }),
      }
    : undefined;
  const media = [...(video ? [video] : []), ...transcripts];
  return {
    '@context': 'https://schema.org',
    '@type': 'PodcastEpisode',
    name: episode.title,
    ...(episode.shortTitle !== episode.title && { alternateName: episode.shortTitle }),
    description,
    ...(url && { url }),
    ...(date && { datePublished: date }),
    ...(duration && { duration }),
    ...(episode.episode !== undefined && { episodeNumber: episode.episode }),
    ...(episode.season !== undefined && {
      partOfSeason: { '@type': 'PodcastSeason', seasonNumber: episode.season },
    }),
    partOfSeries: series(site),
    ...(episode.guests.length > 0 && { contributor: episode.guests.map(person) }),
    ...(episode.topics.length > 0 && { keywords: episode.topics.join(', ') }),
    ...(episode.youtubeId && { image: thumbnailUrl(episode.youtubeId) }),
    ...(media.length > 0 && { associatedMedia: media }),
  };
}

/** The library's: the site itself and the podcast it presents. */
export function libraryJsonLd(site: Site): JsonLd {
  const url = absoluteUrl(site, '/');
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: SITE_NAME, description: SITE_DESCRIPTION, ...(url && { url }) },
      { ...series(site), description: SITE_DESCRIPTION },
    ],
  };
}

/**
 * An episode page's head. `files` are its transcript files (src/exports/files.ts), linked as alternates;
 * pass none for an episode without a transcript.
 */
export function episodeHead(episode: EpisodeSummary, site: Site, files: readonly ExportFile[]): HeadTag[] {
  const url = absoluteUrl(site, episodePath(episode.slug));
  const description = episode.description ?? episode.title;
  const date = isoDate(episode.date);
  const image = episode.youtubeId
    ? { url: thumbnailUrl(episode.youtubeId), alt: episode.title, ...THUMBNAIL_SIZE }
    : undefined;
  return [
    { element: 'title', text: `${episode.shortTitle} · ${SITE_NAME}` },
    ...named('description', description),
    ...canonical(url),
    ...previewTags({ title: episode.title, description, type: 'video.episode', url, image }),
    // Open Graph's video.episode properties (https://ogp.me/#type_video.episode): whole seconds, at least 1.
    ...property('video:duration', episode.duration >= 1 ? Math.round(episode.duration) : undefined),
    ...property('video:release_date', date),
    ...episode.topics.flatMap((topic) => property('video:tag', topic)),
    ...files.map((file): HeadTag => ({
      element: 'link',
      rel: 'alternate',
      type: file.type,
      href: sitePath(site, file.path),
      title: file.label,
    })),
    { element: 'json-ld', data: episodeJsonLd(episode, site, files) },
  ];
}

/** The library's head: the site's own preview and JSON-LD. */
export function libraryHead(site: Site): HeadTag[] {
  const url = absoluteUrl(site, '/');
  return [
    // As the library's page sets it once it runs (src/app/LibraryRoute.tsx).
    { element: 'title', text: `Episodes · ${SITE_NAME}` },
    ...named('description', SITE_DESCRIPTION),
    ...canonical(url),
    ...previewTags({ title: SITE_NAME, description: SITE_DESCRIPTION, type: 'website', url }),
    { element: 'json-ld', data: libraryJsonLd(site) },
  ];
}

/**
 * JSON as the text of a `<script>`: `<`, `>` and `&` written as `\u003c` and so on, so that no text from an
 * episode file (`</script>`, `<!--`) can end the element or change how it parses. JSON.parse reads it back
 * unchanged.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function renderTag(tag: HeadTag): string {
  switch (tag.element) {
    case 'title':
      return `<title>${escapeHtml(tag.text)}</title>`;
    case 'meta':
      return `<meta ${tag.key}="${escapeHtml(tag.name)}" content="${escapeHtml(tag.content)}" />`;
    case 'link': {
      const type = tag.type === undefined ? '' : ` type="${escapeHtml(tag.type)}"`;
      const title = tag.title === undefined ? '' : ` title="${escapeHtml(tag.title)}"`;
      return `<link rel="${escapeHtml(tag.rel)}"${type} href="${escapeHtml(tag.href)}"${title} />`;
    }
    case 'json-ld':
      return `<script type="application/ld+json">${jsonForScript(tag.data)}</script>`;
  }
}

/** The tags as HTML, one a line, indented as the page shell's head. */
export const renderHead = (tags: readonly HeadTag[]) => tags.map(renderTag).join('\n    ');

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /\s*<meta name="description"[^>]*>/;

/**
 * The page shell with its own head: the tags take the place of the shell's `<title>`, and its generic
 * `<meta name="description">` goes (the tags carry the page's own). Throws when the shell has no title.
 */
export function withHead(shell: string, tags: readonly HeadTag[]): string {
  if (!TITLE.test(shell)) throw new Error('pages: the page shell has no <title> to put the head tags at');
  // A replacer function: a `$&` in a title stays text, not a replacement pattern.
  return shell.replace(DESCRIPTION, '').replace(TITLE, () => renderHead(tags));
}
