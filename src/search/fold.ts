/**
 * Text folded for matching, with the way back to the original: a search for "resume" finds "Résumé" and
 * "don't" finds "don’t", and each match is marked on the original characters. Folding lowercases, drops
 * accents (NFD combining marks), writes every quote and apostrophe style as ' or ", every dash as -, and every
 * run of white space (no-break spaces included) as one space. One original character may fold to several
 * (`ß` stays one, `İ` becomes `i`, `ﬁ` becomes `fi`) or to none (a lone combining mark), so lengths differ and
 * `from`/`to` keep, for each folded character, the original range it came from.
 */

export interface FoldedText {
  text: string;
  /** For each character of `text`, where its original character starts in the source. */
  from: Uint32Array;
  /** For each character of `text`, where its original character ends in the source (exclusive). */
  to: Uint32Array;
}

const MARKS = /\p{M}/gu;
const SPACE = /\s/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4\u0060]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/u;
const DASHES = /[\u2010-\u2015\u2212]/u;

/** What one source character becomes when folded ('' for none). */
function foldChar(char: string): string {
  // Most transcript text is ASCII: fold it without regular expressions or normalisation.
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return ' ';
    if (code === 96) return "'";
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  }
  if (SPACE.test(char)) return ' ';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  return char.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** Anything but printable ASCII without a run of spaces, which folds one character to one (see foldPlain). */
const NOT_PLAIN = /[^ -~]| {2}/;

export function foldText(source: string): FoldedText {
  if (!NOT_PLAIN.test(source)) return foldPlain(source);
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of source) {
    const end = offset + char.length;
    const folded = foldChar(char);
    // Runs of white space fold to one space, which stands for the whole run.
    if (folded === ' ' && text.endsWith(' ')) {
      to[to.length - 1] = end;
    } else {
      for (const unit of folded) {
        for (let i = 0; i < unit.length; i++) {
          text += unit[i];
          from.push(offset);
          to.push(end);
        }
      }
    }
    offset = end;
  }
  return { text, from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

/** Whether `source` folds one character to one, in place: then folded offsets are the original's. */
export const foldsInPlace = (source: string) => !NOT_PLAIN.test(source);

/** The folded text alone, without the way back: what an index of many texts keeps for each. */
export function foldedString(source: string): string {
  return NOT_PLAIN.test(source) ? foldText(source).text : plainFolded(source);
}

const plainFolded = (source: string) => source.toLowerCase().replaceAll('`', "'");

/** A query as it is matched: folded, with white space at its ends trimmed. */
export function foldQuery(query: string): string {
  return foldText(query).text.trim();
}

/** The common case, at native speed: most transcript lines are plain ASCII (a tenth of the general path's time). */
function foldPlain(source: string): FoldedText {
  const from = new Uint32Array(source.length);
  const to = new Uint32Array(source.length);
  for (let i = 0; i < source.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text: plainFolded(source), from, to };
}
