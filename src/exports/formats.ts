/**
 * Each transcript file's contents from the compiled episode, by the suffix its name ends with (files.ts):
 * one table, so the build and the dev server write the same bytes for the same name.
 */
import type { EpisodeData } from '../episodes/model.ts';
import { chaptersJsonOf } from './chaptersJson.ts';
import type { ExportSuffix } from './files.ts';
import { markdownOf } from './markdown.ts';
import { plainTextOf } from './plainText.ts';
import { srtOf } from './srt.ts';
import { transcriptJsonOf } from './transcriptJson.ts';
import { webVttOf } from './webVtt.ts';

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export const FORMATTERS: Record<ExportSuffix, (episode: EpisodeData) => string> = {
  '.vtt': webVttOf,
  '.srt': srtOf,
  '.transcript.json': (episode) => json(transcriptJsonOf(episode)),
  '.chapters.json': (episode) => json(chaptersJsonOf(episode)),
  '.txt': plainTextOf,
  '.md': markdownOf,
};

/** Whether an episode gets transcript files: only one with a transcript. */
export const hasExports = (episode: Pick<EpisodeData, 'lines'>) => episode.lines.length > 0;
