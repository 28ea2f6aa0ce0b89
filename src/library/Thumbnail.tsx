import { useState, type CSSProperties } from 'react';

/** A few calm backgrounds for episodes whose thumbnail is missing or does not load. */
const PLACEHOLDER_HUES = [215, 160, 265, 25, 190, 335];

function hueFor(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PLACEHOLDER_HUES[hash % PLACEHOLDER_HUES.length]!;
}

/** The video's YouTube thumbnail, or a tidy placeholder with the episode's label when there is none. */
export function Thumbnail({ youtubeId, label, seed }: { youtubeId?: string; label: string; seed: string }) {
  const [failed, setFailed] = useState(false);
  if (youtubeId && !failed) {
    return (
      <img
        className="thumbnail"
        src={`https://i.ytimg.com/vi/${youtubeId}/mqdefault.jpg`}
        alt=""
        width={320}
        height={180}
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <div
      className="thumbnail thumbnail-placeholder"
      style={{ '--hue': hueFor(seed) } as CSSProperties}
      aria-hidden="true"
    >
      <span>{label}</span>
    </div>
  );
}
