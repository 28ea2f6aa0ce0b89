import { absoluteUrl } from '../lib/router.tsx';

/** The absolute address of an episode at a second: what "Copy link" puts on the clipboard. */
export function episodeLink(slug: string, seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const path = `/episodes/${encodeURIComponent(slug)}`;
  return absoluteUrl(whole > 0 ? `${path}?t=${whole}` : path);
}

/** Puts text on the clipboard; falls back to a selection copy where the Clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
