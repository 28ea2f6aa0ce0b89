import { useCallback, useEffect, useRef, useState } from 'react';
import { formatClock } from '../lib/time.ts';
import { copyText, episodeLink } from './shareLink.ts';

const NOTICE_MS = 3000;

/** Copies links to moments of one episode and says, once, that it did. */
export function useShareLink(slug: string) {
  const [notice, setNotice] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Copies a link to `seconds`; `label` names the moment in the confirmation (a line's own time). */
  const copyAt = useCallback(
    async (seconds: number, label = formatClock(seconds)) => {
      const ok = await copyText(episodeLink(slug, seconds));
      setNotice(ok ? `Link to ${label} copied` : 'Could not copy: your browser blocked the clipboard');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setNotice(''), NOTICE_MS);
    },
    [slug],
  );

  return { copyAt, notice };
}
