import { describe, expect, it } from 'vitest';
import { indentQuotedContinuations, splitFrontMatter } from '../../src/episodes/frontMatter.ts';

describe('splitFrontMatter', () => {
  it('splits YAML and body, accepting CRLF and a byte-order mark', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n')).toEqual({
      yaml: 'title: A',
      yamlFirstLine: 2,
      body: 'Body\n',
      delimited: true,
      unclosed: false,
    });
  });

  it('accepts ... as the closing line', () => {
    expect(splitFrontMatter('---\na: 1\n...\nrest').body).toBe('rest');
  });

  it('says when the front matter is missing or unclosed', () => {
    expect(splitFrontMatter('# Notes').delimited).toBe(false);
    expect(splitFrontMatter('---\na: 1\n').unclosed).toBe(true);
  });
});

describe('indentQuotedContinuations', () => {
  it('indents continuation lines of quoted values past their key', () => {
    const yaml = "title: \"A\nB\"\nlist:\n- line: 'It''s\nstill going\nand going'\n  sec: 1\n";
    expect(indentQuotedContinuations(yaml)).toEqual({
      text: "title: \"A\n  B\"\nlist:\n- line: 'It''s\n    still going\n    and going'\n  sec: 1\n",
      repairs: [
        { line: 2, indent: 2 },
        { line: 5, indent: 4 },
        { line: 6, indent: 4 },
      ],
    });
  });

  it('leaves closed quotes, escaped quotes and indented continuations alone', () => {
    const yaml = 'a: "x \\" y"\nb: \'it\'\'s\'\nc: "long\n   enough"\nd: plain "quoted" text\n';
    expect(indentQuotedContinuations(yaml)).toEqual({ text: yaml, repairs: [] });
  });
});
