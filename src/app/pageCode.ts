/**
 * A prerendered page names the code and data it will need (the app's chunks, the episode's data) in
 * `<link rel="modulepreload">` elements kept inside a `<template>`, where the browser does not fetch them
 * (see src/prerender/plugin.ts). Moved into the head once the document has been parsed, they are fetched
 * then: the transcript's own HTML never shares the network or the processor with code that cannot run
 * before the page has been parsed anyway.
 */
export const PAGE_CODE_ID = 'page-code';

/** Starts fetching what the page's code template names; nothing on a page without one. */
export function fetchPageCode(): void {
  const template = document.getElementById(PAGE_CODE_ID);
  if (template instanceof HTMLTemplateElement) document.head.append(template.content);
}
