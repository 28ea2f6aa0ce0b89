/**
 * What the "Download transcript" menu holds (DownloadMenu.tsx): its button's face and the episode's files.
 * Rendered by the build, and in the browser only on a page it renders itself: a prerendered page keeps the
 * build's HTML, so this code is not the page's own.
 */
import { hrefFor } from '../lib/router.tsx';
import { exportFiles } from './files.ts';

/** Decorative, like the app's other icons: the button carries the name. */
const DownloadIcon = () => (
  <svg
    className="icon"
    viewBox="0 0 24 24"
    aria-hidden
    focusable={false}
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </svg>
);

export function DownloadMenuContents({ slug }: { slug: string }) {
  return (
    <>
      <summary className="button download-button" title="Download transcript">
        <DownloadIcon />
        {/* Where the words are hidden (phones, narrower desktops), the title still names the icon. */}
        <span className="download-label">Download transcript</span>
      </summary>
      <ul className="download-list" aria-label="Transcript files">
        {exportFiles(slug).map((file) => (
          <li key={file.suffix}>
            <a href={hrefFor(file.path)} type={file.type} download>
              {file.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
