import { useCallback, useEffect, useRef, useState } from 'react';
import { formatClock } from '../lib/time.ts';
import { passageClock, passageLink, quoteText, type Passage, type Quote } from './passage.ts';
import { copyText, episodeLink } from './shareLink.ts';

const NOTICE_MS = 3000;

/** Copies links to moments and passages of one episode, and quotes, and says, once, that it did. */
export function useShareLink(slug: string) {
  const [notice, setNotice] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string, done: string) => {
    const ok = await copyText(text);
    setNotice(ok ? done : 'Could not copy: your browser blocked the clipboard');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setNotice(''), NOTICE_MS);
  }, []);

  /** Copies a link to `seconds`; `label` names the moment in the confirmation (a line's own time). */
  const copyAt = useCallback(
    (seconds: number, label = formatClock(seconds)) => copy(episodeLink(slug, seconds), `Link to ${label} copied`),
    [slug, copy],
  );
  const copyPassage = useCallback(
    (passage: Passage) => copy(passageLink(slug, passage), `Link to passage ${passageClock(passage)} copied`),
    [slug, copy],
  );
  const copyQuote = useCallback((quote: Quote) => copy(quoteText(quote), 'Quote copied'), [copy]);

  return { copyAt, copyPassage, copyQuote, notice };
}
