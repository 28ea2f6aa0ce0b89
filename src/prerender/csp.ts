/**
 * The pages' Content-Security-Policy, computed from each page's final HTML at the end of the build and written
 * into it as `<meta http-equiv="Content-Security-Policy">` (static hosts rarely let a site set headers).
 *
 * Nothing runs or styles the page unless the build shipped it: scripts come from the site itself, from the
 * hashes of the few inline scripts the build writes (the early-clicks keeper, the parser's yield points) and
 * from YouTube's IFrame API (a data block, such as the pages' JSON-LD, is never run and gets no hash); styles from the site and the hashes of the inline `<style>` elements the pages
 * paint from. The prerendered HTML's `style` attributes (line blocks' guessed heights) are allowed one by one,
 * by the hash of each exact value, so an injected attribute is still refused. Transcript search (Pagefind,
 * src/search/transcriptSearch.ts) may compile its WebAssembly (`'wasm-unsafe-eval'`: WebAssembly only, never
 * JavaScript's eval) and runs it in a worker from the site (`worker-src 'self'`).
 *
 * Pure string work, so that tests/unit/csp.test.ts can check it without a build.
 */
import { createHash } from 'node:crypto';

/**
 * Where the YouTube IFrame API's scripts come from: `iframe_api`, which adds `www-widgetapi.js` from
 * `/s/player/…` on the same host. Written without a scheme on purpose: youtube-player asks for
 * `http://www.youtube.com/iframe_api` on a page served over http (local previews; YouTube redirects it to
 * https), and a source without a scheme allows only https on a page served over https.
 */
export const YOUTUBE_SCRIPT_HOSTS = ['www.youtube.com'] as const;

/** The player's frame: the ordinary embed host and the privacy-enhanced one. */
export const YOUTUBE_FRAME_HOSTS = ['https://www.youtube.com', 'https://www.youtube-nocookie.com'] as const;

/** Video thumbnails on the library's cards (src/library/Thumbnail.tsx). */
export const THUMBNAIL_HOSTS = ['https://i.ytimg.com'] as const;

/**
 * Transcript search compiles Pagefind's WebAssembly, in its worker or, where a worker cannot start, in the page.
 * Every page gets it, not the library's alone: the app moves from any page to the library without a reload, and
 * the document's policy stays the one it was loaded with.
 */
export const WASM_SOURCE = "'wasm-unsafe-eval'";

/** What a page carries inline, each as the browser hashes it. */
export interface InlineContent {
  /** The text of each `<script>` without `src` that the browser runs (not a data block such as JSON-LD). */
  scripts: string[];
  /** The text of each `<style>` element. */
  styles: string[];
  /** The value of each `style` attribute, entities decoded. */
  styleAttributes: string[];
}

/** `'sha256-…'` of a text as CSP hashes it: its UTF-8 bytes, with line breaks as the HTML parser leaves them. */
export function hashSource(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

// Scripts and styles are raw text: their content ends at the first matching end tag, entities and all.
const RAW_TEXT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const START_TAG = /<[a-z][^\s/>]*(?:\s[^>]*)?>/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const HAS_SRC = /\ssrc\s*=/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * The `type`s of a `<script>` that the browser runs, or reads as rules, and so checks against `script-src`
 * (https://html.spec.whatwg.org/#prepare-the-script-element): none or empty, a JavaScript MIME type (exactly:
 * with parameters it is a data block), `module`, `importmap`, `speculationrules`. Any other type (`application/ld+json`, the pages' JSON-LD) is a data block:
 * never run, so never given a hash, which would only widen the policy.
 */
const RUN_TYPES =
  /^(?:|module|importmap|speculationrules|(?:application|text)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;

/** Whether a `<script>` with these attributes is a data block, by its `type` (spec: trimmed, ASCII case-insensitive). */
export function isDataBlock(attributes: string): boolean {
  const found = TYPE_ATTRIBUTE.exec(attributes);
  if (!found) return false;
  const type = decodeEntities(found[1] ?? found[2] ?? found[3] ?? '')
    .trim()
    .toLowerCase();
  return !RUN_TYPES.test(type);
}

/**
 * The page's inline scripts, styles and style attributes. The HTML is the build's own (React and Vite write
 * it, and React escapes every text and attribute), so a scan of its tags is exact.
 */
export function inlineContent(html: string): InlineContent {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, name, attributes, text] of html.matchAll(RAW_TEXT)) {
    if (name!.toLowerCase() === 'style') styles.push(text!);
    else if (!HAS_SRC.test(attributes!) && !isDataBlock(attributes!)) scripts.push(text!);
  }
  const tags = html.replace(RAW_TEXT, (_, name: string, attributes: string) => `<${name}${attributes}></${name}>`);
  const styleAttributes = [...tags.matchAll(START_TAG)].flatMap(([tag]) => {
    const found = STYLE_ATTRIBUTE.exec(tag);
    return found ? [decodeEntities(found[1] ?? found[2] ?? found[3] ?? '')] : [];
  });
  return { scripts, styles, styleAttributes };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The entities React and the build write in attributes (a hash is of the value after parsing). */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (whole, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? whole;
  });
}

const unique = (sources: readonly string[]) => [...new Set(sources)];

/** The policy for a page with this inline content: directives in a fixed order, separated by `; `. */
export function policyFor(content: InlineContent): string {
  const attributeHashes = unique(content.styleAttributes.map(hashSource));
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...unique(content.scripts.map(hashSource)), WASM_SOURCE, ...YOUTUBE_SCRIPT_HOSTS],
    // Pagefind's worker (`pagefind/pagefind-worker.js`), and nothing else.
    ['worker-src', "'self'"],
    ['style-src', "'self'", ...unique(content.styles.map(hashSource))],
    // 'unsafe-hashes' lets these hashes match attribute values; only the exact values the build wrote pass.
    ['style-src-attr', ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : ["'none'"])],
    ['img-src', "'self'", 'data:', ...THUMBNAIL_HOSTS],
    ['frame-src', ...YOUTUBE_FRAME_HOSTS],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

export const CSP_META = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i;
const CHARSET_META = /<meta\s+charset\s*=[^>]*>/i;

/** `html` with `markup` right after its `<meta charset>`; throws `missing` when it has none. */
export function afterCharset(html: string, markup: string, missing: string): string {
  const charset = CHARSET_META.exec(html);
  if (!charset) throw new Error(missing);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${markup}${html.slice(at)}`;
}

/**
 * The page with its policy in a `<meta>` right after `<meta charset>`: a meta policy covers only what comes
 * after it, so it must precede every script and style. Throws when the page already has one, or has no
 * charset declaration to follow.
 */
export function withPolicy(html: string): string {
  if (CSP_META.test(html)) throw new Error('csp: the page already has a Content-Security-Policy');
  // The policy holds no `"` or `&` (sources are keywords, hosts and base64), so it is a safe attribute value.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineContent(html))}" />`;
  return afterCharset(html, meta, 'csp: the page has no <meta charset> to put its policy after');
}
