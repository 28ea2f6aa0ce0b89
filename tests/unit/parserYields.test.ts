import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_START, PARSER_YIELD_SCRIPT, withParserYields } from '../../src/prerender/parserYields.ts';

const block = (text: string) => `${BLOCK_START} style="x">${text}</div>`;

// That BLOCK_START is how React writes a block is checked in the browser (tests/e2e/prerender.spec.ts): yield
// points put into the seed's prerendered page must be found there.
describe('withParserYields', () => {
  it('puts a script before the first block after every `every` characters, and nowhere else', () => {
    const markup = `<h1>Title</h1>${block('a'.repeat(40))}${block('b'.repeat(40))}${block('c'.repeat(40))}`;
    const out = withParserYields(markup, 60);
    expect(out.split(PARSER_YIELD_SCRIPT)).toHaveLength(3);
    expect(out).toBe(
      `<h1>Title</h1>${block('a'.repeat(40))}${PARSER_YIELD_SCRIPT}${block('b'.repeat(40))}${PARSER_YIELD_SCRIPT}${block('c'.repeat(40))}`,
    );
  });

  it('puts none where less than `every` characters are still to come', () => {
    const markup = `${block('a'.repeat(60))}${block('b'.repeat(60))}${block('c')}`;
    // The blocks start 100 and 200 characters in, with 141 and 41 to come.
    expect(withParserYields(markup, 90).split(PARSER_YIELD_SCRIPT), 'one, before the second block').toHaveLength(2);
    expect(withParserYields(markup, 150), 'the third block is 200 in, but 41 from the end').toBe(markup);
  });

  it('leaves a short page as it is', () => {
    const markup = `${block('short')}${block('page')}`;
    expect(withParserYields(markup)).toBe(markup);
  });

  it('only adds scripts, each right before a block, at least `every` characters apart and from the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 400 }),
        (texts, every) => {
          const markup = texts.map((text, i) => (i % 3 === 0 ? text : block(text))).join('');
          const out = withParserYields(markup, every);
          expect(out.split(PARSER_YIELD_SCRIPT).join('')).toBe(markup);
          let previous = 0;
          for (
            let at = out.indexOf(PARSER_YIELD_SCRIPT), added = 0;
            at !== -1;
            at = out.indexOf(PARSER_YIELD_SCRIPT, at + 1)
          ) {
            const inMarkup = at - added * PARSER_YIELD_SCRIPT.length;
            expect(out.startsWith(BLOCK_START, at + PARSER_YIELD_SCRIPT.length)).toBe(true);
            expect(inMarkup - previous).toBeGreaterThanOrEqual(every);
            expect(markup.length - inMarkup, 'what is still to come').toBeGreaterThanOrEqual(every);
            previous = inMarkup;
            added++;
          }
        },
      ),
    );
  });
});
