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
