/**
 * Builds the transcript-search index with Pagefind's Node API (Node only). Pagefind runs as a child process
 * shared by everything in this Node process; it is closed once the last index being built is done, so a build
 * exits and two builds in one process (the tests) never close it under each other.
 *
 * Pagefind also writes its ready-made search interfaces (about 450 KB: `pagefind-ui.js`, the modular and
 * component UIs, `pagefind-highlight.js`); the library has its own, so only the search engine and the index
 * are kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndexFile } from 'pagefind';

export interface PageToIndex {
  /** The page's app path, without the deployment's base (the browser adds it: `baseUrl`). */
  url: string;
  html: string;
}

const UNUSED_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

let users = 0;

/** The index's files, paths relative to its folder (`pagefind/`). */
export async function buildTranscriptIndex(pages: readonly PageToIndex[]): Promise<IndexFile[]> {
  const pagefind = await import('pagefind');
  users++;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`transcript search: Pagefind could not start: ${errors.join('; ')}`);
    try {
      for (const page of pages) {
        const added = await index.addHTMLFile({ url: page.url, content: page.html });
        if (added.errors.length > 0)
          throw new Error(`transcript search: indexing ${page.url} failed: ${added.errors.join('; ')}`);
      }
      const { files, errors: failed } = await index.getFiles();
      if (failed.length > 0) throw new Error(`transcript search: writing the index failed: ${failed.join('; ')}`);
      return files.filter((file) => !UNUSED_FILE.test(file.path));
    } finally {
      await index.deleteIndex();
    }
  } finally {
    if (--users === 0) await pagefind.close();
  }
}

export function writeIndexFiles(files: readonly IndexFile[], folder: string): void {
  for (const file of files) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
