/**
 * The bench's inputs. Episode inputs carry the episode as the app's own compiler sees it, so the bench knows
 * every line's start (to tell which line must be highlighted at any time) and the exact text the floor page
 * shows.
 */
import { compileFolder } from '../../src/episodes/compileFolder.ts';
import type { EpisodeData } from '../../src/episodes/model.ts';
import { LIBRARY_SIZE, LONG_EPISODES, SEED_SLUG } from './generate.ts';

export interface EpisodeInput {
  kind: 'episode';
  id: string;
  label: string;
  episode: EpisodeData;
  /** Line starts, non-decreasing: the active line at time t is the last one at or before t. */
  starts: number[];
}

export interface LibraryInput {
  kind: 'library';
  id: 'library';
  label: string;
  episodes: number;
}

export type Input = EpisodeInput | LibraryInput;

export const EPISODE_INPUT_IDS = ['seed', ...LONG_EPISODES.map((spec) => `lines-${spec.lines}`)] as const;
export const ALL_INPUT_IDS = [...EPISODE_INPUT_IDS, 'library'] as const;

export function episodeInputs(episodesDir: string, only: ReadonlySet<string>): EpisodeInput[] {
  const { episodes, diagnostics } = compileFolder(episodesDir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length)
    throw new Error(`The bench's episodes do not compile:\n${errors.map((d) => d.message).join('\n')}`);
  const bySlug = new Map(episodes.map((e) => [e.slug, e]));
  const wanted = [
    { id: 'seed', slug: SEED_SLUG, label: 'seed (150 lines)' },
    ...LONG_EPISODES.map((spec) => ({
      id: `lines-${spec.lines}`,
      slug: spec.slug,
      label: `${spec.lines.toLocaleString('en')} lines`,
    })),
  ];
  return wanted
    .filter((w) => only.has(w.id))
    .map(({ id, slug, label }) => {
      const episode = bySlug.get(slug);
      if (!episode) throw new Error(`Episode ${slug} is missing from ${episodesDir}`);
      return { kind: 'episode', id, label, episode, starts: episode.lines.map((line) => line.start) };
    });
}

export const libraryInput = (): LibraryInput => ({
  kind: 'library',
  id: 'library',
  label: `library (${LIBRARY_SIZE} episodes)`,
  episodes: LIBRARY_SIZE,
});
