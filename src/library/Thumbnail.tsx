/**
 * An episode card's picture: the video's YouTube thumbnail over a placeholder with the episode's label, so a
 * thumbnail that is missing or cannot load (offline, blocked) leaves a tidy card instead of the browser's
 * broken-image icon.
 *
 * On the prerendered library the image can fail before the app has hydrated and attached `onError`, so the
 * image is checked once more when it mounts. The placeholder's colour is a `data-hue` attribute that the
 * stylesheet maps to a hue, not a `style` attribute, which the pages' Content-Security-Policy would refuse.
 */
import { useCallback, useState } from 'react';

/** How many calm placeholder colours library.css defines (`.thumbnail[data-hue='0']` to `'5'`). */
const PLACEHOLDER_HUES = 6;

/** FNV-1a with a final mix: similar slugs (`s13e01-…`, `s13e02-…`) still get different colours. */
function hueFor(key: string): number {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x045d9f3b);
  return ((hash ^ (hash >>> 16)) >>> 0) % PLACEHOLDER_HUES;
}

/** A loaded image with no picture in it is one that failed (`complete` is also true for a broken image). */
const hasFailed = (image: HTMLImageElement) => image.complete && image.naturalWidth === 0;

export function Thumbnail({ youtubeId, label, seed }: { youtubeId?: string; label: string; seed: string }) {
  const [failed, setFailed] = useState(false);
  // A callback ref runs when the image mounts or hydrates: a failure before then fired no onError for React.
  const checkImage = useCallback((image: HTMLImageElement | null) => {
    if (image && hasFailed(image)) setFailed(true);
  }, []);
  const showImage = youtubeId !== undefined && !failed;
  return (
    <div className="thumbnail" data-hue={hueFor(seed)}>
      <span className="thumbnail-placeholder" aria-hidden="true">
        {label}
      </span>
      {showImage && (
        <img
          ref={checkImage}
          className="thumbnail-image"
          src={`https://i.ytimg.com/vi/${youtubeId}/mqdefault.jpg`}
          alt=""
          width={320}
          height={180}
          loading="lazy"
          decoding="async"
          onError={() => setFailed(true)}
        />
      )}
    </div>
  );
}
