/**
 * `sitemap.xml` (https://www.sitemaps.org/protocol.html) and `robots.txt`, written by the build when `SITE_URL`
 * is set (both need the site's absolute address): the library and every episode, each with the date it last
 * changed where the files say one.
 */
import type { EpisodeSummary } from '../episodes/model.ts';
import { escapeHtml } from '../lib/html.ts';
import { absoluteUrl, episodePath, isoDate, type Site } from './head.ts';

export interface SitemapEntry {
  /** Absolute address. */
  loc: string;
  /** `YYYY-MM-DD`. */
  lastmod?: string;
}

/** The library (dated by its newest episode) and each episode (by its own date), in the library's order. */
export function sitemapEntries(site: Site & { url: string }, episodes: readonly EpisodeSummary[]): SitemapEntry[] {
  const dates = episodes.flatMap((episode) => isoDate(episode.date) ?? []);
  const newest = dates.sort().at(-1);
  const entry = (path: string, lastmod: string | undefined): SitemapEntry => ({
    loc: absoluteUrl(site, path)!,
    ...(lastmod && { lastmod }),
  });
  return [entry('/', newest), ...episodes.map((episode) => entry(episodePath(episode.slug), isoDate(episode.date)))];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ loc, lastmod }) =>
      `  <url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''}</url>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    urls.join('') +
    '</urlset>\n'
  );
}

/** Everything may be crawled; the sitemap says what there is. */
export const robotsTxt = (sitemapUrl: string) => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
