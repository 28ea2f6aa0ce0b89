/** The one setting that points the app at another folder of episode files (see README). */
export const EPISODES_DIR_VARIABLE = 'EPISODES_DIR';

export function episodesDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env[EPISODES_DIR_VARIABLE] || 'episodes';
}

/** Optional: where guests' people files are, when they are not beside or inside the episodes folder. */
export function peopleDirFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.PEOPLE_DIR || undefined;
}

/**
 * `STRICT_EPISODES=1` (for a site's CI): a file that cannot be published fails `npm run build`. Without it
 * the build leaves such files out, says so, and publishes the rest.
 */
export function strictEpisodesFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env.STRICT_EPISODES ?? '').trim().toLowerCase());
}

/** The site's public address, for link previews, canonical URLs and the sitemap (see README, Deploying). */
export const SITE_URL_VARIABLE = 'SITE_URL';

/**
 * `SITE_URL=https://podcast.example.org`: the site's origin, without the sub-path (that is `BASE_PATH`).
 * Undefined when it is not set. Throws, saying how to fix it, when it is not an http(s) origin: a wrong
 * address in every page's previews is worse than none.
 */
export function siteUrlFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  const text = (env[SITE_URL_VARIABLE] ?? '').trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${SITE_URL_VARIABLE}=${text} is not an address. Fix: write it as https://podcast.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `${SITE_URL_VARIABLE}=${text} is not an http(s) address. Fix: write it as https://podcast.example.org`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `${SITE_URL_VARIABLE}=${text} has more than the site's origin. Fix: set ${SITE_URL_VARIABLE}=${url.origin} and put a sub-path in BASE_PATH (BASE_PATH=${url.pathname})`,
    );
  }
  return url.origin;
}
