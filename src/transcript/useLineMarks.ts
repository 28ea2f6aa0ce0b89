/**
 * Draws the episode search's marks (markHub.ts) into the section titles, speaker names and lines they are
 * published for, as they are published: those are plain elements, not components (LineBlock.tsx).
 */
import { useLayoutEffect } from 'react';
import type { EpisodeSearch } from '../search/SearchContext.tsx';
import { lineById, paintMarks, sectionById, speakerOf } from './lineDom.ts';

export function useLineMarks(search: EpisodeSearch): void {
  useLayoutEffect(
    () =>
      search.marks.onPublish((target, marks) => {
        const element =
          target.kind === 'line'
            ? lineById(document, target.index)?.lastElementChild // its .line-text (LineBlock.tsx)
            : target.kind === 'speaker'
              ? speakerOf(target.index)
              : sectionById(document, target.index)?.querySelector('.section-title');
        if (element) paintMarks(element, marks);
      }),
    [search],
  );
}
