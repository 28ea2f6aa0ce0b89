/** The one setting that points the app at another folder of episode files (see README). */
export const EPISODES_DIR_VARIABLE = 'EPISODES_DIR';

export function episodesDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env[EPISODES_DIR_VARIABLE] || 'episodes';
}

/** Optional: where guests' people files are, when they are not beside or inside the episodes folder. */
export function peopleDirFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.PEOPLE_DIR || undefined;
}
