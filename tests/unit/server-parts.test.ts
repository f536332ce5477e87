/** The server's pure parts: filter quoting, safe highlights, parameter parsing, the response cache. */
import { describe, expect, it, vi } from 'vitest';
import { random } from '../../bench/synthetic-articles.ts';
import { resourceOf, revalidate } from '../../server/etag.ts';
import { quoteFilterValue } from '../../core/filter-value.ts';
import { buildFilter } from '../../server/filters.ts';
import { parseJsonBytes, toByteString, toBytes } from '../../server/byte-strings.ts';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, safeHighlightLiteral, toSafeHighlight } from '../../server/highlight.ts';
import { ResponseCache } from '../../server/response-cache.ts';
import { normaliseSearchRequest, parseSearchRequest } from '../../server/search-params.ts';
import { quotationOfPaste, withoutLeadingName } from '../../server/pasted-quotation.ts';
import { buildSearchQueries } from '../../server/search-service.ts';
import { headerLines, shareHeaders } from '../../server/search-fast-path.ts';

describe('quoteFilterValue', () => {
  it('escapes the backslash before the double quote, so a value cannot close its quotes', () => {
    expect(quoteFilterValue('plain')).toBe('"plain"');
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quoteFilterValue('x\\')).toBe('"x\\\\"');
  });
});

describe('buildFilter', () => {
  const request = parseSearchRequest({ type: ['quote', 'event'], month: '2016-07', speaker: 'Roger Stone' });

  it('ORs the values of one attribute and ANDs the attributes, in the array form', () => {
    expect(buildFilter(request)).toEqual([
      ['type = "quote"', 'type = "event"'],
      ['month = "2016-07"'],
      ['speaker = "Roger Stone"'],
    ]);
  });

  it('leaves out one facet for its disjunctive counts', () => {
    expect(buildFilter(request, 'month')).toEqual([['type = "quote"', 'type = "event"'], ['speaker = "Roger Stone"']]);
  });
});

describe('withoutLeadingName', () => {
  it.each([
    ["Trump Junior if it's what you say I love it", "if it's what you say I love it"],
    ['Russia, if you are listening, I hope you find them', null],
    ['I love it if it is what you say', null],
    ['Donald Trump wikileaks', null],
  ])('reads %j as %j', (paste, rest) => {
    expect(withoutLeadingName(paste)).toBe(rest);
  });
});

describe('quotationOfPaste', () => {
  it.each([
    ['the vice president said that nothing could be further from the truth', 'nothing could be further from the truth'],
    ['he wrote back to them on that day saying holy fuck man I dont think', 'holy fuck man I dont think'],
    ['Trump told reporters: Russia if you are listening', 'Russia if you are listening'],
    ['according to Stone, it is time in the barrel', 'it is time in the barrel'],
    // Fewer than five words after the verb: a search naming someone, kept whole.
    ['Trump said wikileaks', 'Trump said wikileaks'],
    ['Tate says the vote was rigged', 'Tate says the vote was rigged'],
    ['Wikileaks writes to Trump Jr', 'Wikileaks writes to Trump Jr'],
    ['nothing could be further from the truth', 'nothing could be further from the truth'],
    // Contractions in full: their endings (`ve`, `t`) would be among the rarest words searched.
    ["I've actually communicated with Assange", 'I have actually communicated with Assange'],
    // A negative as one word, which the engine splits into a document's two (`don’t` is `don` and `t`).
    ['Four votes isn’t a mandate, it’s a coin flip', 'Four votes isnt a mandate, it a coin flip'],
    ["we can't, we won't, they'll, I'd, I'm, you're", 'we cant, we wont, they will, I would, I am, you are'],
    // A credit before the quotation with a colon, or after it, goes when five words or more are left.
    ['Mr Trump: Russia, if you are hearing me, I hope you can find the 30,000 emails', 'Russia, if you are hearing me, I hope you can find the 30,000 emails'],
    ['‘Half a tunnel is worth precisely nothing to anybody,’ he said', '‘Half a tunnel is worth precisely nothing to anybody'],
    ['nothing could be further from the truth, said Mike Pence.', 'nothing could be further from the truth'],
    ['what you say I love it, Donald Trump Jr said', 'what you say I love it'],
    ['I love it, Donald Trump Jr said', 'I love it, Donald Trump Jr said'],
    // A question's own words go.
    ['who said putin likes me', 'putin likes me'],
    ['Who said: time in the barrel', 'time in the barrel'],
    ['what did trump say about putin', 'trump putin'],
    ['when did Donald Trump Jr say I love it', 'Donald Trump Jr I love it'],
    ['who is the mayor', 'who is the mayor'],
    ['when did the bridge collapse', 'the bridge collapse'],
    ['when did Whitfield resign', 'Whitfield resign'],
    ['where was Stone', 'where was Stone'],
    // A pronoun's credit before the quotation goes, whatever is left: it names no one.
    ['he said unimaginable grief', 'unimaginable grief'],
    ['She said: I love it', 'I love it'],
    ['they told reporters, time in the barrel', 'time in the barrel'],
    ['he said', 'he said'],
    // Not a quotation's own opening words (a tester's adversarial cases).
    ['They told us to leave', 'They told us to leave'],
    ['She said no', 'She said no'],
    ['Where is my son', 'Where is my son'],
    ['How does it feel', 'How does it feel'],
    ["O'Malley and rock 'n' roll", "O'Malley and rock 'n' roll"],
  ])('searches %j as %j', (paste, searched) => {
    expect(quotationOfPaste(paste)).toBe(searched);
  });

  it('sends the engine the quotation, and answers with the query as written', () => {
    const request = parseSearchRequest({ q: 'the vice president said that nothing could be further from the truth', type: 'quote' });
    expect(buildSearchQueries('idx', request).map((query) => query.q)).toEqual(['nothing could be further from the truth', 'nothing could be further from the truth']);
  });
});

describe('buildSearchQueries', () => {
  it('sends one count-only query per filtered facet after the main query', () => {
    const queries = buildSearchQueries('idx', parseSearchRequest({ q: 'emails', month: '2016-07', sort: 'date:asc' }));
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatchObject({ q: 'emails', sort: ['dateKey:asc', 'minuteOfDay:asc', 'position:asc'], facets: ['type', 'month', 'speaker'] });
    expect(queries[1]).toMatchObject({ q: 'emails', filter: [], facets: ['month'], limit: 0 });
  });

  it('matches by the rarest words unless told to keep the first ones', () => {
    const request = parseSearchRequest({ q: 'I cant think of bigger lies', type: 'quote' });
    expect(buildSearchQueries('idx', request).map((query) => query.matchingStrategy)).toEqual(['frequency', 'frequency']);
    expect(buildSearchQueries('idx', request, 'last').map((query) => query.matchingStrategy)).toEqual(['last', 'last']);
  });
});

describe('toSafeHighlight', () => {
  it('escapes everything but the highlight markers', () => {
    const formatted = `<img src=x onerror=alert(1)> ${HIGHLIGHT_PRE_TAG}bridge${HIGHLIGHT_POST_TAG} & "quotes"`;
    expect(toSafeHighlight(formatted)).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>bridge</mark> &amp; &quot;quotes&quot;');
  });

  // The route reads the engine's answers as byte strings (UTF-8, one character per byte).
  const bytes = toByteString;

  it('keeps the crop marker beside the words, not after a paragraph break or a no-break space', () => {
    expect(toSafeHighlight(bytes('end of a paragraph.\n\n…'))).toBe(bytes('end of a paragraph.…'));
    expect(toSafeHighlight(bytes('…\n\nstart'))).toBe(bytes('…start'));
    expect(toSafeHighlight(bytes('à côté\u00a0…'))).toBe(bytes('à côté…'));
  });

  it('leaves the bytes of other characters as they are, even the A0 of à (C3 A0), which a no-break space ends with too (C2 A0)', () => {
    const formatted = bytes(`Núñez: “${HIGHLIGHT_PRE_TAG}déjà${HIGHLIGHT_POST_TAG} vu” 🎉 voilà …`);
    expect(toSafeHighlight(formatted)).toBe(bytes('Núñez: “<mark>déjà</mark> vu” 🎉 voilà…'));
    expect(toSafeHighlight(bytes('voilà…'))).toBe(bytes('voilà…'));
    expect(toSafeHighlight(bytes('…à la carte'))).toBe(bytes('…à la carte'));
  });

  it('does not let a document forge a <mark> tag', () => {
    expect(toSafeHighlight('<mark>fake</mark>')).toBe('&lt;mark&gt;fake&lt;/mark&gt;');
  });
});

describe('safeHighlightLiteral', () => {
  const bytes = toByteString;
  const viaDecoding = (text: string) => toSafeHighlight(bytes(text));

  it('gives what toSafeHighlight gives, read from the JSON literal, for texts full of escapes, tags, marks and crop markers', () => {
    const next = random(21);
    const pieces = ['word ', ' ', '\u00a0', '\n', '\t', '\u000b', '"', "'", '\\', '\\u0002mark', '&', '<', '>', 'é', 'à', '“', HIGHLIGHT_PRE_TAG, HIGHLIGHT_POST_TAG, '\u0002', '\u0000', '…', '/'];
    let read = 0;
    for (let sample = 0; sample < 5000; sample += 1) {
      let text = '';
      for (let piece = Math.floor(next() * 12); piece > 0; piece -= 1) text += pieces[Math.floor(next() * pieces.length)];
      if (next() < 0.3) text = `…${text}`;
      if (next() < 0.3) text = `${text}…`;
      const literal = safeHighlightLiteral(JSON.stringify(bytes(text)));
      if (literal === undefined) continue;
      read += 1;
      expect(JSON.parse(literal), JSON.stringify(text)).toBe(viaDecoding(text));
    }
    // Only crop markers with white space beside them are left to the decoded way.
    expect(read).toBeGreaterThan(3000);
  });

  it('reads each escape whole: an escaped backslash before `u0002mark` makes no tag, a forged tag stays text', () => {
    expect(safeHighlightLiteral(JSON.stringify('a\\u0002mark\\u0003b'))).toBe(JSON.stringify('a\\u0002mark\\u0003b'));
    expect(safeHighlightLiteral('"<mark>x</mark> \\\\"')).toBe('"&lt;mark&gt;x&lt;/mark&gt; \\\\"');
    expect(safeHighlightLiteral(JSON.stringify(`${HIGHLIGHT_PRE_TAG}bridge${HIGHLIGHT_POST_TAG} "it's"`))).toBe('"<mark>bridge</mark> &quot;it&#39;s&quot;"');
  });

  it('leaves to the decoded way a literal that escapes a printable character, or a crop marker beside white space', () => {
    expect(safeHighlightLiteral('"\\u003cscript\\u003e"')).toBeUndefined();
    expect(safeHighlightLiteral('"d\\u00e9j\\u00e0 vu"')).toBeUndefined();
    expect(safeHighlightLiteral(JSON.stringify(bytes('end.\n\n…')))).toBeUndefined();
    expect(safeHighlightLiteral(JSON.stringify(bytes('… start')))).toBeUndefined();
    expect(safeHighlightLiteral(JSON.stringify(bytes('words…')))).toBe(JSON.stringify(bytes('words…')));
  });
});

describe('byte strings', () => {
  const value = { speaker: 'José Núñez', text: '“Déjà vu” — 🎉\u0007 \\u00e9 "quoted"', facets: { 'Zoë Ångström': 2 } };

  it('carry UTF-8 JSON through parse and serialise byte for byte', () => {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    const parsed = parseJsonBytes(body) as typeof value;
    expect(parsed.speaker).toBe(toByteString('José Núñez'));
    expect(toBytes(JSON.stringify(parsed)).equals(body)).toBe(true);
  });

  it('read an answer that escapes characters beyond ASCII the slow way, into the same bytes', () => {
    const escaped = Buffer.from(JSON.stringify(value).replace(/[^\x00-\x7f]/gu, (c) => c.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')));
    expect(escaped.toString('latin1')).toMatch(/^[\x00-\x7f]*$/);
    expect(toBytes(JSON.stringify(parseJsonBytes(escaped))).equals(Buffer.from(JSON.stringify(value), 'utf8'))).toBe(true);
  });

  it('read an answer whose only escapes are below 0080 (the highlight tags’ \\u0002) in one parse, and one escaping é in two', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      parseJsonBytes(Buffer.from(JSON.stringify({ text: '\u0002mark\u0003déjà\u0002/mark\u0003 \u007f' })));
      expect(parse).toHaveBeenCalledTimes(1);
      parse.mockClear();
      expect(parseJsonBytes(Buffer.from('{"text":"d\\u00e9j\\u00e0"}'))).toEqual({ text: toByteString('déjà') });
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });

  it('send a text entered as ordinary characters as its UTF-8', () => {
    expect(toBytes(JSON.stringify({ query: toByteString('Núñez 🎉') })).toString('utf8')).toBe(JSON.stringify({ query: 'Núñez 🎉' }));
  });
});

describe('parseSearchRequest', () => {
  it('applies the defaults', () => {
    expect(parseSearchRequest({})).toEqual({
      q: '', type: [], month: [], speaker: [], article: [], sort: 'relevance', page: 1, hitsPerPage: 20,
    });
  });

  it('folds control characters and runs of spaces in q', () => {
    expect(parseSearchRequest({ q: '  a\u0000b\n\tc  ' }).q).toBe('a b c');
  });

  it('reads q as pasted words: no exact phrase, no excluded word, full-width letters folded', () => {
    expect(parseSearchRequest({ q: '"Russia if you are listening"' }).q).toBe('Russia if you are listening');
    expect(parseSearchRequest({ q: 'time in the barrel -Roger Stone' }).q).toBe('time in the barrel Roger Stone');
    expect(parseSearchRequest({ q: 'e-mails -- 30,000' }).q).toBe('e-mails -- 30,000');
    expect(parseSearchRequest({ q: 'ＷＩＫＩＬＥＡＫＳ' }).q).toBe('WIKILEAKS');
    // The length limit counts characters as written composed: an accent typed as a combining mark counts once.
    expect(parseSearchRequest({ q: 'e\u0301'.repeat(500) }).q).toHaveLength(500);
  });

  it('names the first bad parameter, in a fixed order, with what it must be', () => {
    const messageOf = (query: unknown) => {
      try {
        parseSearchRequest(query);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(messageOf({ page: '0', type: 'banana' })).toBe('Invalid parameter "type": must be one of event, quote, passage');
    expect(messageOf({ q: ['a', 'b'] })).toBe('Invalid parameter "q": q may be given only once');
    expect(messageOf({ speaker: '   ' })).toBe('Invalid parameter "speaker": must not be empty');
    expect(messageOf({ hitsPerPage: '101' })).toBe('Invalid parameter "hitsPerPage": must be a whole number from 1 to 100');
    // Too many values is said before what is wrong with any of them.
    expect(messageOf({ month: Array.from({ length: 51 }, () => 'July') })).toBe('Invalid parameter "month": at most 50 values');
    // What no query string gives (a caller's object) is refused by name too, never a crash.
    expect(messageOf({ q: 5 })).toBe('Invalid parameter "q": must be text');
    expect(messageOf({ type: [5] })).toBe('Invalid parameter "type": must be text');
    expect(messageOf('q=a')).toBe('Invalid parameter "query": must be a query string');
    expect(parseSearchRequest({ speaker: ' Roger Stone ', page: '', sort: '' })).toMatchObject({ speaker: ['Roger Stone'], page: 1, sort: 'relevance' });
  });

  it('deduplicates repeated filter values', () => {
    expect(parseSearchRequest({ month: ['2016-07', '2016-07'] }).month).toEqual(['2016-07']);
  });

  it('normalises requests that differ only in filter order to the same key', () => {
    const a = parseSearchRequest({ month: ['2016-07', '2016-08'] });
    const b = parseSearchRequest({ month: ['2016-08', '2016-07'] });
    expect(normaliseSearchRequest(a)).toBe(normaliseSearchRequest(b));
  });
});

describe('ResponseCache', () => {
  it('evicts the least recently used entry past its capacity', () => {
    const cache = new ResponseCache<number>(2);
    cache.set('v1', 'a', 1);
    cache.set('v1', 'b', 2);
    expect(cache.get('v1', 'a')).toBe(1);
    cache.set('v1', 'c', 3);
    expect(cache.get('v1', 'b')).toBeUndefined();
    expect(cache.get('v1', 'a')).toBe(1);
  });

  it('empties when the index version changes and caches nothing while it is unknown', () => {
    const cache = new ResponseCache<number>(10);
    cache.set('v1', 'a', 1);
    expect(cache.get('v2', 'a')).toBeUndefined();
    cache.set('v2', 'b', 2);
    expect(cache.get('v1', 'a')).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.set(undefined, 'c', 3);
    expect(cache.get(undefined, 'c')).toBeUndefined();
  });
});

describe('revalidate', () => {
  it('gives no ETag before the index version is known', () => {
    expect(revalidate({ 'if-none-match': '*' }, undefined, resourceOf.search('q=a'))).toEqual({ etag: undefined, notModified: false });
  });

  it('ties the ETag to both the index version and the resource', () => {
    const { etag } = revalidate({}, 'v1', resourceOf.search('q=a'));
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(revalidate({}, 'v1', resourceOf.search('q=a')).etag).toBe(etag);
    expect(revalidate({}, 'v2', resourceOf.search('q=a')).etag).not.toBe(etag);
    expect(revalidate({}, 'v1', resourceOf.search('q=b')).etag).not.toBe(etag);
    expect(revalidate({}, 'v1', resourceOf.document('q=a')).etag).not.toBe(etag);
  });

  it('is not modified only when If-None-Match names the current ETag', () => {
    const { etag } = revalidate({}, 'v1', resourceOf.document('abc'));
    expect(revalidate({ 'if-none-match': `W/"other", ${etag}` }, 'v1', resourceOf.document('abc')).notModified).toBe(true);
    expect(revalidate({ 'if-none-match': etag }, 'v2', resourceOf.document('abc')).notModified).toBe(false);
    expect(revalidate({}, 'v1', resourceOf.document('abc')).notModified).toBe(false);
  });
});

describe('headerLines', () => {
  it('writes a line per field, one per value of a list, and skips fields without a value', () => {
    expect(headerLines({ 'X-A': 'one', 'Set-Cookie': ['a=1', 'b=2'], 'X-None': undefined, 'Content-Length': 12 })).toBe(
      'X-A: one\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 12\r\n',
    );
  });

  it('prepares shared headers once: the same lines, and fields no caller can change', () => {
    const fields = { 'X-Frame-Options': 'SAMEORIGIN' };
    const shared = shareHeaders(fields);
    fields['X-Frame-Options'] = 'DENY';
    expect(shared.lines).toBe('X-Frame-Options: SAMEORIGIN\r\n');
    expect(shared.fields).toEqual({ 'X-Frame-Options': 'SAMEORIGIN' });
    expect(Object.isFrozen(shared.fields)).toBe(true);
  });
});
