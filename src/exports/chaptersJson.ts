/**
 * The episode's sections as Podcasting 2.0 JSON Chapters, version 1.2.0 (`application/json+chapters`,
 * https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md), which podcast
 * apps show as a chapter list: one chapter per section that lasts some time (as on the page, a header
 * directly followed by another is not a chapter), with its `startTime` in seconds and its `title`, in
 * ascending order as the specification assumes. The file also carries the episode's own `title`.
 */
import type { EpisodeData } from '../episodes/model.ts';

export const CHAPTERS_VERSION = '1.2.0';

export interface JsonChapter {
  startTime: number;
  title: string;
}

export interface ChaptersJson {
  version: typeof CHAPTERS_VERSION;
  title: string;
  chapters: JsonChapter[];
}

export function chaptersJsonOf(episode: Pick<EpisodeData, 'title' | 'sections'>): ChaptersJson {
  return {
    version: CHAPTERS_VERSION,
    title: episode.title,
    chapters: episode.sections
      .filter((section) => section.end > section.start)
      .map((section) => ({ startTime: Math.round(section.start * 1000) / 1000, title: section.title })),
  };
}
