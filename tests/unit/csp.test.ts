import { describe, expect, it } from 'vitest';
import { hashSource, inlineContent, isDataBlock, policyFor, withPolicy } from '../../src/prerender/csp.ts';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

const page = (head: string, body = '') =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n${head}\n  </head>\n  <body>${body}</body>\n</html>`;

describe('hashSource', () => {
  it.each([
    // Known values: the empty string's SHA-256, and the examples in MDN's and the CSP spec's text.
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['var inline = 1;', "'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='"],
    ["alert('Hello, world.');", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"],
  ])('hashes %j as CSP does', (text, hash) => {
    expect(hashSource(text)).toBe(hash);
  });

  it('hashes line breaks as the HTML parser leaves them (CR LF and CR become LF)', () => {
    expect(hashSource('a\r\nb\rc')).toBe(hashSource('a\nb\nc'));
  });

  it('hashes UTF-8 bytes', () => {
    expect(hashSource('é')).not.toBe(hashSource('e'));
    expect(hashSource('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });
});

describe('inlineContent', () => {
  it('finds inline scripts, but not scripts with src', () => {
    const html = page(
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<script>window.a=1;</script><p>x</p><SCRIPT>b()</SCRIPT >',
    );
    expect(inlineContent(html).scripts).toEqual(['window.a=1;', 'b()']);
  });

  it('takes script and style text raw, up to their end tag', () => {
    const html = page(
      '<style>a::after{content:"<b style=\\"x\\">"}</style>',
      '<script>var s="<p style=\'y\'>";</script>',
    );
    const found = inlineContent(html);
    expect(found.styles).toEqual(['a::after{content:"<b style=\\"x\\">"}']);
    expect(found.scripts).toEqual([`var s="<p style='y'>";`]);
    // Markup-like text inside a script or style is not an attribute of the page.
    expect(found.styleAttributes).toEqual([]);
  });

  it('finds every style attribute, decoded as the browser hashes it', () => {
    const html = page(
      '',
      '<div class="line-block" style="contain-intrinsic-block-size:auto 10rem"><p style=\'color:red\'>a</p>' +
        '<span data-x="style=&quot;no&quot;" style="font-family:&quot;A&amp;B&quot;;content:&#39;&#x41;&#39;">b</span></div>',
    );
    expect(inlineContent(html).styleAttributes).toEqual([
      'contain-intrinsic-block-size:auto 10rem',
      'color:red',
      `font-family:"A&B";content:'A'`,
    ]);
  });

  it('leaves out data blocks such as JSON-LD, which are never run, but keeps every script type that runs', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"PodcastEpisode","name":"<b style=\\"x\\">"}</script>',
      '<script type="module">m()</script><script type="text/javascript">j()</script><script type="">e()</script>' +
        '<script type=importmap>{"imports":{}}</script><script type="speculationrules">{}</script>' +
        '<script type=\'TEXT/JavaScript \'>u()</script><script type="text/plain">not code</script>',
    );
    const found = inlineContent(html);
    expect(found.scripts).toEqual(['m()', 'j()', 'e()', '{"imports":{}}', '{}', 'u()']);
    expect(found.styleAttributes).toEqual([]);
    expect(directives(policyFor(found))['script-src']).not.toContain(hashSource('{"@type":"PodcastEpisode"'));
  });

  it.each([
    ['', false],
    [' type="module"', false],
    [' type="text/javascript"', false],
    [' type="application/x-ecmascript"', false],
    [' type="text/javascript1.5"', false],
    [' type=" Module "', false],
    [' type="importmap"', false],
    [' type="application/ld+json"', true],
    [' type="application/json"', true],
    [' type="text/javascript; charset=utf-8"', true],
    [' type="text/template"', true],
  ])('the script%s is a data block: %s', (attributes, expected) => {
    expect(isDataBlock(attributes)).toBe(expected);
  });

  it('ignores text that merely looks like an attribute (React escapes quotes in text)', () => {
    const html = page('', '<p>a style=&quot;color:red&quot; b</p><p data-style="x">c</p>');
    expect(inlineContent(html).styleAttributes).toEqual([]);
  });
});

describe('policyFor', () => {
  const none = { scripts: [], styles: [], styleAttributes: [] };

  it('allows only the site, YouTube where the player needs it, the thumbnail host, and transcript search', () => {
    expect(policyFor(none)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' www.youtube.com; worker-src 'self'; " +
        "style-src 'self'; style-src-attr 'none'; " +
        "img-src 'self' data: https://i.ytimg.com; frame-src https://www.youtube.com https://www.youtube-nocookie.com; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('adds each inline script, style and style attribute by hash, once each', () => {
    const policy = directives(
      policyFor({ scripts: ['a()', 'b()', 'a()'], styles: ['p{}'], styleAttributes: ['color:red', 'color:red'] }),
    );
    expect(policy['script-src']).toEqual([
      "'self'",
      hashSource('a()'),
      hashSource('b()'),
      "'wasm-unsafe-eval'",
      'www.youtube.com',
    ]);
    expect(policy['style-src']).toEqual(["'self'", hashSource('p{}')]);
    expect(policy['style-src-attr']).toEqual(["'unsafe-hashes'", hashSource('color:red')]);
  });

  it('lets transcript search compile WebAssembly and start its worker from the site, and nothing more', () => {
    const policy = directives(policyFor(none));
    expect(policy['script-src']).toContain("'wasm-unsafe-eval'");
    expect(policy['worker-src']).toEqual(["'self'"]);
  });

  it('never allows inline code or styles wholesale, nor eval', () => {
    const policy = policyFor({ scripts: ['a()'], styles: ['p{}'], styleAttributes: ['color:red'] });
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:(?=\s|;|$)/);
  });
});

describe('withPolicy', () => {
  it('puts the policy for the page right after its charset, before any script or style', () => {
    const html = page(
      '    <style>p{}</style>\n    <script type="module" src="/a.js"></script>',
      '<script>x()</script>',
    );
    const out = withPolicy(html);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(out);
    expect(meta?.[1]).toBe(policyFor(inlineContent(html)));
    expect(out.indexOf('<meta charset="UTF-8" />')).toBeLessThan(meta!.index);
    expect(meta!.index).toBeLessThan(out.indexOf('<style>'));
    expect(out.replace(meta![0], '').replace('\n    \n', '\n')).toBe(html);
  });

  it('refuses a page that already has a policy, or has no charset to follow', () => {
    const once = withPolicy(page(''));
    expect(() => withPolicy(once)).toThrow(/already has/);
    expect(() => withPolicy('<html><head></head><body></body></html>')).toThrow(/no <meta charset>/);
  });
});
