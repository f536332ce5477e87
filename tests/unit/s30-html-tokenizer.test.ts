/**
 * parseByTextRuns (html-tokenizer.ts) must build the tree parse5's own `parse` builds, node for
 * node, each text one byte a character where parse5's is: on every fixture page, on pages a browser repairs, and on generated pages mixing text with
 * the characters and elements that parse5 reads differently (references, carriage returns, NUL,
 * surrogates, `<pre>`'s first line feed, tables, foreign content, raw text), long enough for parse5
 * to drop the parsed part of its buffer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { parse, Parser } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { describe, expect, it } from 'vitest';
import { endsTextRun, isLatin1, isTokenWhitespace, parseByTextRuns, textEnd, textRunEnd, TextRunParser } from '../../ingest/parse/html-tokenizer.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const OPTIONS = { treeAdapter: adapter, scriptingEnabled: true };

interface DumpedNode {
  type: string;
  name?: string;
  namespace?: string;
  attribs?: Record<string, string>;
  'x-attribsNamespace'?: unknown;
  'x-attribsPrefix'?: unknown;
  'x-mode'?: unknown;
  data?: string;
  parent: DumpedNode | null;
  prev: DumpedNode | null;
  next: DumpedNode | null;
  children?: DumpedNode[];
}

/**
 * Whether V8 keeps a string one byte a character (Latin-1 only), as `v8.serialize` tells: its tag
 * after the two bytes of header is `"` for such a string, `c` for one of two bytes a character.
 */
function isOneByte(text: string): boolean {
  return serialize(text)[2] === 0x22;
}

/** Every node, its kind, name, attributes and text, and whether its links to the nodes around it hold. */
function dump(root: unknown): string[] {
  const lines: string[] = [];
  const visit = (node: DumpedNode, depth: number) => {
    const { type, name, namespace, attribs, data } = node;
    const links = (node.children ?? []).every((child, index, children) => child.parent === node && child.prev === (children[index - 1] ?? null) && child.next === (children[index + 1] ?? null));
    lines.push(JSON.stringify([depth, type, name, namespace, attribs, node['x-attribsNamespace'], node['x-attribsPrefix'], node['x-mode'], data, data === undefined ? null : isOneByte(data), Object.values(attribs ?? {}).map(isOneByte), node.children?.length, links]));
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(root as DumpedNode, 0);
  return lines;
}

/** The tree or the error, as parse5 gives it (it throws on some lone surrogates, and so must this). */
function treeOf(read: (html: string) => unknown, html: string): string[] {
  try {
    return dump(read(html));
  } catch (error) {
    return [`throws ${String(error)}`];
  }
}

function expectSameTree(html: string, label: string): void {
  expect(treeOf((page) => parseByTextRuns(page, OPTIONS), html), label).toEqual(treeOf((page) => parse(page, OPTIONS), html));
}

const PIECES = [
  '<', '>', '&', 'amp;', '&amp;', '&nbsp;', '&#x41;', '&#0;', '&#32;', '&notin', '\r', '\n', '\r\n', '\t', '\f', ' ', '  ', '\n  ', '\0',
  '\ud83d\ude00', '\ud83d', '\ude00', 'abc', 'Word', 'two words', ' words. ', 'é', '\u00a0', '<p>', '</p>', '<pre>', '</pre>', '<listing>',
  '<textarea>', '</textarea>', '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<xmp>', '<iframe>', '<noembed>',
  '<noscript>', '<plaintext>', '<table>', '<caption>', '<colgroup>', '<col>', '<tbody>', '<tr>', '<td>', '</td>', '<th>', '</table>',
  '<select>', '<option>', '</select>', '<template>', '</template>', '<frameset>', '<frame>', '<head>', '</head>', '<body>', '</body>',
  '<html>', '</html>', '<!doctype html>', '<svg>', '</svg>', '<math>', '<mi>', '<foreignObject>', '<desc>', '<![CDATA[', ']]>', '<!--',
  '-->', '<b>', '</b>', '<i>', '</i>', '<a href="x&y">', '</a>', '<br>', '<div>', '</div>', '<li>', '<h1>',
  '<div class="', '<span title=\'', '<a href=', '"', "'", '=', '">', "'>", ' data-x="a b" ', '<img alt="a &amp; b — c">',
  '<script>if (a < b && c) { x = "</scr" + "ipt>"; }</script>', '<script>  <!-- a --> </script>', '<style> p { a: b } </style>',
  '<title> A &amp; B </title>', '<textarea>\n a text \r\n</textarea>', '<noscript> no <b>script</b> </noscript>',
];

/** A page of `count` pieces drawn by a seeded generator (the same pages at every run). */
function generatedPages(count: number, pieces: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return Array.from({ length: count }, () => {
    let page = '';
    const length = 1 + Math.floor(random() * pieces);
    for (let index = 0; index < length; index += 1) page += PIECES[Math.floor(random() * PIECES.length)];
    return page;
  });
}

describe('parseByTextRuns', () => {
  it('reads the parse5 whose internals it was written against', () => {
    // html-tokenizer.ts reads parse5's protected members and its insertion modes' numbers: another
    // version must be checked against them first.
    const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'node_modules', 'parse5', 'package.json'), 'utf8')) as { version: string };
    expect(version).toBe('7.3.0');
  });

  it("builds parse5's tree of every fixture page", () => {
    const pages = readdirSync(FIXTURES).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const name of pages) expectSameTree(readFileSync(path.join(FIXTURES, name), 'utf8'), name);
  });

  it("builds parse5's tree of pages it reads otherwise than the body's text", () => {
    const pages = [
      '<pre>\nfirst line kept, the line feed before it dropped</pre>',
      '<pre>\n\nsecond line feed kept</pre>', '<pre>  \nspaces first</pre>', '<textarea>\nText</textarea>', '<listing>\nx y</listing>',
      '<table> text fostered out <tr><td> a cell  </td></tr> more </table>', '<table><caption> a caption </caption></table>',
      '<svg><text> drawn text </text></svg> after', '<math><mi> x </mi></math>', '<select> <option> one two </option></select>',
      '<template> inside a template </template>', '<p>Line one\r\nline two\rline three</p>', '<p>A &amp; B &notin C&#x41; D</p>',
      '<p>NUL \0 in text</p>', '<p>\ud83d\ude00 pairs and \ud83d lone</p>', '<head> <title> A title </title> </head> text after the head',
      '<frameset> <frame> </frameset> text', '</html> after the end', '<b>bold <p>across</b> blocks</p>', 'text before any tag',
    ];
    for (const html of pages) expectSameTree(html, html);
  });

  it("builds parse5's tree of generated pages", () => {
    for (const [index, html] of generatedPages(4000, 60, 7).entries()) expectSameTree(html, `page ${index}: ${JSON.stringify(html)}`);
  });

  it("builds parse5's tree of long pages, across the buffer parse5 drops as it reads", () => {
    const pages = generatedPages(6, 400, 11).map((start, index) => `<p>${start}${' Some words of text,\n\n  and more.'.repeat(3000 + index * 700)}${start}`);
    for (const [index, html] of pages.entries()) expectSameTree(html, `long page ${index}`);
  });

  it("leaves parse5's preprocessor where parse5 leaves it: position and lines", () => {
    // Counted from the page's start: parse5 drops the part of its buffer it has read at a token's
    // end, and the tokens end elsewhere.
    const state = (parser: { tokenizer: { preprocessor: unknown } }) => {
      const preprocessor = parser.tokenizer.preprocessor as { pos: number; line: number; lineStartPos: number; isEol: boolean; droppedBufferSize: number };
      const { droppedBufferSize: dropped } = preprocessor;
      return [preprocessor.pos + dropped, preprocessor.line, preprocessor.lineStartPos + dropped, preprocessor.isEol];
    };
    const pages = [...generatedPages(500, 40, 3), `<p>${'line one\n  line two\r\n'.repeat(5000)}</p>`];
    for (const html of pages) {
      const own = new Parser(OPTIONS);
      const byRuns = new TextRunParser(OPTIONS);
      try {
        own.tokenizer.write(html, true);
      } catch {
        continue;
      }
      byRuns.tokenizer.write(html, true);
      expect(state(byRuns), JSON.stringify(html)).toEqual(state(own));
    }
  });

  it('gives a text of Latin-1 alone one byte a character, in a page that has wider ones', () => {
    // The patterns reading the text run several times faster on such strings (html-tokenizer.ts).
    expect(isOneByte('plain words')).toBe(true);
    expect(isOneByte('—'.concat('plain words').slice(1))).toBe(false);
    const document = parseByTextRuns('<p>Plain words, café and\u00a0more</p><p>“Quoted” words — with a dash</p>', OPTIONS);
    const texts = dump(document).map((line) => JSON.parse(line) as unknown[]).filter((node) => node[1] === 'text').map((node) => [node[8], node[9]]);
    expect(texts).toEqual([['Plain words, café and\u00a0more', true], ['“Quoted” words — with a dash', false]]);
  });

  it('ends a run where the data state or the preprocessor reads a character otherwise', () => {
    for (const code of [0x3c, 0x26, 0x00, 0x0d, 0xd800, 0xdbff, 0xdc00, 0xdfff]) expect(endsTextRun(code), String(code)).toBe(true);
    for (const code of [0x20, 0x0a, 0x09, 0x0c, 0x3e, 0x41, 0xa0, 0xe9, 0x2014, 0xd7ff, 0xe000, 0xfeff]) expect(endsTextRun(code), String(code)).toBe(false);
    for (const code of [0x20, 0x0a, 0x09, 0x0c]) expect(isTokenWhitespace(code)).toBe(true);
    for (const code of [0x0b, 0x0d, 0xa0, 0x2003, 0x41]) expect(isTokenWhitespace(code)).toBe(false);
    expect(textRunEnd('two words<', 0)).toBe(3);
    expect(textRunEnd('two words<', 3)).toBe(4);
    expect(textRunEnd('two words<', 4)).toBe(9);
    expect(textRunEnd('a\r\nb', 0)).toBe(1);
    expect(textEnd('two words & more', 0)).toBe(10);
    expect(textEnd('line\r\nnext', 0)).toBe(4);
    expect(textEnd('to the end', 0)).toBe(10);
    expect(isLatin1('café and\u00a0more — dash', 0, 14)).toBe(true);
    expect(isLatin1('café and\u00a0more — dash', 0, 15)).toBe(false);
    expect(isLatin1('\u00ff\u0100', 0, 1)).toBe(true);
    expect(isLatin1('\u00ff\u0100', 1, 2)).toBe(false);
  });
});
