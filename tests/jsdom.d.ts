/**
 * The part of jsdom's API that the build tests use to read built pages as a browser parses them (jsdom ships no
 * types of its own, and @types/jsdom is not a dependency).
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
