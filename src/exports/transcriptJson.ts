/**
 * The transcript as Podcasting 2.0 transcript JSON (`application/json`,
 * https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md): the format
 * podcast apps read next to the SRT and WebVTT ones. One segment per line, the same cues as those files
 * (cues.ts), times in seconds; `speaker` is left out where nobody is known, as the specification allows.
 */
import type { EpisodeData } from '../episodes/model.ts';
import { cuesOf } from './cues.ts';

export const TRANSCRIPT_JSON_VERSION = '1.0.0';

export interface TranscriptSegment {
  speaker?: string;
  startTime: number;
  endTime: number;
  body: string;
}

export interface TranscriptJson {
  version: typeof TRANSCRIPT_JSON_VERSION;
  segments: TranscriptSegment[];
}

export function transcriptJsonOf(episode: Pick<EpisodeData, 'lines' | 'speakers' | 'duration'>): TranscriptJson {
  return {
    version: TRANSCRIPT_JSON_VERSION,
    segments: cuesOf(episode).map((cue) => ({
      ...(cue.speaker !== undefined && { speaker: cue.speaker }),
      startTime: cue.startMs / 1000,
      endTime: cue.endMs / 1000,
      body: cue.text,
    })),
  };
}
