import { memo } from 'react';
import { targetKey } from '../search/episodeSearch.ts';
import { markedText } from '../search/markedText.tsx';
import { useMarks } from '../search/SearchContext.tsx';
import { useIsActiveSection } from '../store/PlaybackContext.tsx';

/** A section's title, sticky while its lines scroll by; marked current while one of its lines is spoken. */
export const SectionHeader = memo(function SectionHeader({
  index,
  title,
  clock,
}: {
  index: number;
  title: string;
  clock: string;
}) {
  const active = useIsActiveSection(index);
  const marks = useMarks(targetKey('section', index));
  return (
    <h3 className="section-header" aria-current={active ? 'true' : undefined} data-section={index}>
      <span className="section-title">{markedText(title, marks)}</span>{' '}
      <span className="section-time" data-pagefind-ignore>
        {clock}
      </span>
    </h3>
  );
});
