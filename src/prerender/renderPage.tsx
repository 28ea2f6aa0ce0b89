/**
 * The app's pages as HTML, rendered in Node at build time (loaded through Vite's SSR module loader by the
 * prerender plugin). Each page is rendered at its path alone, with its data loaded first and every lazy part
 * resolved, so the HTML holds the whole page; the browser then hydrates it (src/app/main.tsx).
 */
import { prerenderToNodeStream } from 'react-dom/static';
import { loaders } from 'virtual:episodes/loaders';
import { App } from '../app/App.tsx';
import { loadPage } from '../app/pageData.ts';
import { setPrerenderedPath } from '../lib/router.tsx';

/** The app paths the build writes a page for: the library and every episode. */
export function pagePaths(): string[] {
  return ['/', ...Object.keys(loaders).map((slug) => `/episodes/${encodeURIComponent(slug)}`)];
}

export async function renderPage(path: string): Promise<string> {
  setPrerenderedPath(path);
  await loadPage(path, { withTexts: true });
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(<App />, {
    // Every part inline, in order: no part is held back for a script to swap in (the page reads without script).
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => void errors.push(error),
  });
  // React would leave a failed part for the browser to render: the build says so instead.
  if (errors.length > 0) throw new Error(`prerendering ${path} failed`, { cause: errors[0] });
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}
