/**
 * Splits an episode (or people) file into its YAML front matter and Markdown body, keeping line numbers so
 * that every diagnostic can point into the original file.
 */

export interface SplitFile {
  /** The YAML text between the `---` lines (or the whole file when it has no delimiters). */
  yaml: string;
  /** 1-based line of the file where `yaml` begins. */
  yamlFirstLine: number;
  body: string;
  /** False when the file does not start with a `---` line. */
  delimited: boolean;
  /** True when the opening `---` has no closing line. */
  unclosed: boolean;
}

/** Removes a byte-order mark and turns CRLF/CR line ends into LF; line numbers stay the same. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const DELIMITER = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string): SplitFile {
  const lines = normaliseNewlines(text).split('\n');
  if (!DELIMITER.test(lines[0] ?? '')) {
    return { yaml: lines.join('\n'), yamlFirstLine: 1, body: '', delimited: false, unclosed: false };
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (close === -1) {
    return { yaml: lines.slice(1).join('\n'), yamlFirstLine: 2, body: '', delimited: true, unclosed: true };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
    delimited: true,
    unclosed: false,
  };
}

export interface IndentRepair {
  /** 1-based line within the YAML text. */
  line: number;
  /** The indentation the line needs. */
  indent: number;
}

/**
 * Hand-written files often continue a quoted value on a line that is not indented, which YAML 1.2 (and so
 * the `yaml` package) rejects while Jekyll's YAML 1.1 parser accepts it. This indents such continuation
 * lines just enough for the value to parse the way its author meant, and says which lines it touched.
 */
export function indentQuotedContinuations(yaml: string): { text: string; repairs: IndentRepair[] } {
  const lines = yaml.split('\n');
  const repairs: IndentRepair[] = [];
  let open: { quote: string; indent: number } | undefined;

  lines.forEach((line, index) => {
    if (open) {
      const current = line.length - line.trimStart().length;
      if (line.trim() !== '' && current < open.indent) {
        lines[index] = ' '.repeat(open.indent - current) + line;
        repairs.push({ line: index + 1, indent: open.indent });
      }
      if (closesQuote(line, 0, open.quote)) open = undefined;
      return;
    }
    const start = QUOTED_VALUE.exec(line);
    if (!start) return;
    const [, prefix = '', keyIndent = '', quote = '"'] = start;
    if (!closesQuote(line, prefix.length + 1, quote)) open = { quote, indent: keyIndent.length + 2 };
  });
  return { text: lines.join('\n'), repairs };
}

/** `key: "…`, `- key: '…` or `- "…`: group 1 runs up to the quote, group 2 up to the key, group 3 is the quote. */
const QUOTED_VALUE = /^((\s*(?:-\s+)*)(?:[^\s#'"-][^:#]*:\s+|-\s+)?)(['"])/;

function closesQuote(line: string, from: number, quote: string): boolean {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (quote === '"' && char === '\\') {
      i++;
    } else if (char === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}
