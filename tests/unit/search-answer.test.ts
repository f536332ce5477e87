// The search route's answer read by its bytes (search-answer.ts, json-scan.ts): the same answer
// as JSON.parse would give, for any documents, and never a wrong one for an answer it does not expect.
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/synthetic-articles.ts';
import { DOCUMENT_FIELDS } from '../../core/schema.ts';
import { toByteString, toBytes } from '../../server/byte-strings.ts';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, toSafeHighlight } from '../../server/highlight.ts';
import { arrayEnd, MAX_DEPTH, objectEnd, valueEnd } from '../../server/json-scan.ts';
import { readByBytes, readEngineSearchAnswer, searchAnswerBytes } from '../../server/search-answer.ts';
import { parseSearchRequest } from '../../server/search-params.ts';
import { buildSearchQueries } from '../../server/search-service.ts';

describe('valueEnd', () => {
  it('finds where each kind of JSON value ends', () => {
    for (const value of ['0', '-0', '12', '-3.25', '1e5', '2E-7', '6.02e+23', 'true', 'false', 'null', '""', '"a\\"b"', '"\\\\"', '"x\\\\\\"y"', '[]', '[1,[2,{}]]', '{}', '{"a":{"b":[null]},"c":"}"}']) {
      expect(valueEnd(`${value},`, 0), value).toBe(value.length);
    }
  });

  it('refuses what JSON.parse refuses, and white space it would skip', () => {
    for (const value of ['01', '-', '1.', '.5', '1e', '+1', 'tru', 'nul', 'NaN', '"open', '"open\\"', '[1,]', '[1 ,2]', '{"a" :1}', '{"a":1,}', '{a:1}', '{"a":1', '[1}']) {
      expect(valueEnd(`${value},`, 0), value).not.toBe(value.length);
    }
  });

  it('visits an object’s members, and lets a visitor walk a value or refuse it', () => {
    const text = '{"a":1,"b":{"c":"}"},"d":[true]}';
    const keys: string[] = [];
    const end = objectEnd(text, 0, (keyStart, valueStart) => {
      keys.push(text.slice(keyStart, valueStart - 1));
      return valueEnd(text, valueStart);
    });
    expect(end).toBe(text.length);
    expect(keys).toEqual(['"a"', '"b"', '"d"']);
    expect(objectEnd(text, 0, () => -1)).toBe(-1);
    expect(arrayEnd('[1,"]",{}]', 0, valueEnd)).toBe(10);
  });

  it('walks values nested up to MAX_DEPTH, and refuses deeper ones instead of overflowing the stack', () => {
    const nested = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`;
    expect(valueEnd(nested(MAX_DEPTH), 0)).toBe(nested(MAX_DEPTH).length);
    expect(valueEnd(nested(MAX_DEPTH + 2), 0)).toBe(-1);
    expect(valueEnd(`[${nested(MAX_DEPTH)}]`, 0)).toBe(-1);
    expect(valueEnd(`{"a":${nested(MAX_DEPTH)}}`, 0)).toBe(-1);
    expect(valueEnd('['.repeat(100_000), 0)).toBe(-1);
  });
});

/** Text pieces that trip a walk that reads JSON by its bytes. */
const TRICKY_PIECES = [
  'plain words', '"quoted"', 'back\\slash', 'ends with a backslash\\', '\\"', '}', ']', ',', ':', '{"a":1}', '"_formatted":{"text":"x"}',
  '"hits":[]', 'tab\there', 'line\nbreak', '\u0001\u001f', 'Núñez', '“curly”', '…', '\u00a0', '🎉', '\u2028', 'mark\u0003', '&<>\'',
  '\\u0002mark\\u0003', '\\u00e9',
];

function trickyText(next: () => number): string {
  let text = '';
  const pieces = 1 + Math.floor(next() * 5);
  for (let index = 0; index < pieces; index += 1) text += TRICKY_PIECES[Math.floor(next() * TRICKY_PIECES.length)]! + (next() < 0.5 ? ' ' : '');
  return text;
}

function randomDocument(next: () => number, position: number): Record<string, unknown> {
  const maybe = <T>(value: T) => (next() < 0.3 ? null : value);
  return {
    id: `doc-${position}`,
    type: ['event', 'quote', 'passage'][Math.floor(next() * 3)],
    article: 'an-article',
    articleTitle: trickyText(next),
    position,
    text: trickyText(next),
    date: maybe('2016-07-27'),
    month: maybe('2016-07'),
    year: maybe(2016),
    dateApproximate: next() < 0.5,
    speaker: maybe(trickyText(next)),
    eventId: maybe('doc-0'),
    attribution: maybe(trickyText(next)),
    section: maybe(trickyText(next)),
    dateKey: maybe(Math.floor(next() * 2e7) * (next() < 0.1 ? -1 : 1)),
    minuteOfDay: maybe(next() < 0.2 ? 0.5 + Math.floor(next() * 1000) : Math.floor(next() * 1440)),
    dateText: maybe('Jul 27'),
    typeRank: Math.floor(next() * 3),
  };
}

/** A hit as Meilisearch writes it: the retrieved fields, then `_formatted` (numbers as strings, the text highlighted). */
function engineHit(document: Record<string, unknown>, next: () => number): Record<string, unknown> {
  const formatted: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(document)) formatted[field] = typeof value === 'number' ? String(value) : value;
  const words = String(document['text']).split(' ');
  const marked = Math.floor(next() * words.length);
  words[marked] = `${HIGHLIGHT_PRE_TAG}${words[marked]}${HIGHLIGHT_POST_TAG}`;
  formatted['text'] = `${next() < 0.3 ? '… ' : ''}${words.join(' ')}`;
  return { ...document, _formatted: formatted };
}

function engineAnswer(hits: Array<Record<string, unknown>>, speakers: Record<string, number> = { 'Donald Trump': 3 }): unknown {
  return {
    results: [
      {
        indexUid: 'timeline',
        hits,
        query: 'russia “listening”',
        processingTimeMs: 2,
        hitsPerPage: 20,
        page: 1,
        totalPages: 1,
        totalHits: hits.length,
        facetDistribution: { type: { quote: hits.length }, month: { '2016-07': 1 }, speaker: speakers },
        facetStats: {},
      },
    ],
  };
}

/** What the route's hits must be: JSON.parse's reading of the engine's hits, the schema's fields and a safe highlight. */
function expectedHits(answer: unknown): unknown[] {
  const hits = (answer as { results: Array<{ hits: Array<Record<string, unknown>> }> }).results[0]!.hits;
  return hits.map((hit) => {
    const picked: Record<string, unknown> = {};
    for (const field of DOCUMENT_FIELDS) if (hit[field] !== undefined) picked[field] = hit[field];
    const formatted = hit['_formatted'] as Record<string, unknown> | undefined;
    picked['highlight'] = toHtml(String(formatted?.['text'] ?? hit['text']));
    return picked;
  });
}

const request = parseSearchRequest({ q: 'russia “listening”' });
const queries = buildSearchQueries('timeline', request);

function routeAnswer(bytes: Buffer): { hits: unknown[]; facets: Record<string, Record<string, number>>; totalHits: number } {
  return JSON.parse(toBytes(searchAnswerBytes(request, queries, readEngineSearchAnswer(bytes))).toString('utf8'));
}

describe('reading the engine’s answer by its bytes', () => {
  it('gives the hits JSON.parse gives, for documents full of quotes, backslashes, brackets and text beyond ASCII', () => {
    const next = random(20261127);
    let byBytes = 0;
    for (let round = 0; round < 300; round += 1) {
      const documents = Array.from({ length: Math.floor(next() * 6) }, (_, position) => randomDocument(next, position));
      const answer = engineAnswer(documents.map((document) => engineHit(document, next)));
      const bytes = Buffer.from(JSON.stringify(answer), 'utf8');
      // An escaped backslash before a `u` (`\\u00e9`) looks like an escape beyond ASCII: only that reads the slow way.
      if (!bytes.includes('\\\\u')) {
        expect(readByBytes(bytes.toString('latin1')), `round ${round}`).toBeDefined();
        byBytes += 1;
      }
      const read = routeAnswer(bytes);
      expect(read.hits, `round ${round}`).toEqual(expectedHits(answer));
      expect(read.totalHits).toBe(documents.length);
    }
    expect(byBytes).toBeGreaterThan(50);
  });

  it('keeps the totals and facets, names beyond ASCII as themselves', () => {
    const next = random(7);
    const answer = engineAnswer([engineHit(randomDocument(next, 0), next)], { 'José Núñez': 2, 'Ελένη': 1 });
    const read = routeAnswer(Buffer.from(JSON.stringify(answer), 'utf8'));
    expect(read.facets['speaker']).toEqual({ 'José Núñez': 2, 'Ελένη': 1 });
    expect(read.facets['type']).toEqual({ quote: 1 });
  });

  it('lists months in chronological order whatever the engine’s order, the other facets as the engine counted them', () => {
    const next = random(5);
    const answer = engineAnswer([engineHit(randomDocument(next, 0), next)], { Zoe: 5, Adam: 2 }) as { results: Array<Record<string, unknown>> };
    answer.results[0]!['facetDistribution'] = { type: { quote: 1 }, month: { '2016-10': 9, '2015-06': 4, '2016-07': 4, '2016-01': 2 }, speaker: { Zoe: 5, Adam: 2 } };
    const read = routeAnswer(Buffer.from(JSON.stringify(answer), 'utf8'));
    expect(Object.entries(read.facets['month']!)).toEqual([['2015-06', 4], ['2016-01', 2], ['2016-07', 4], ['2016-10', 9]]);
    expect(Object.keys(read.facets['speaker']!)).toEqual(['Zoe', 'Adam']);

    // With a month chosen, the month counts come from the disjunctive query, ordered the same way.
    const monthRequest = parseSearchRequest({ q: 'russia', month: '2016-07' });
    const monthQueries = buildSearchQueries('timeline', monthRequest);
    const facetAnswer = { ...answer, results: [answer.results[0]!, { indexUid: 'timeline', hits: [], query: 'russia', processingTimeMs: 1, limit: 0, offset: 0, estimatedTotalHits: 3, facetDistribution: { month: { '2016-09': 3, '2016-07': 1, '2015-12': 1 } }, facetStats: {} }] };
    const withMonth = JSON.parse(toBytes(searchAnswerBytes(monthRequest, monthQueries, readEngineSearchAnswer(Buffer.from(JSON.stringify(facetAnswer), 'utf8')))).toString('utf8'));
    expect(Object.keys(withMonth.facets.month)).toEqual(['2015-12', '2016-07', '2016-09']);
  });

  it('reads the first hit’s ranking score after _formatted by its bytes, and the same answer as without it', () => {
    const next = random(12);
    const hits = [engineHit(randomDocument(next, 0), next), engineHit(randomDocument(next, 1), next)];
    const scored = JSON.stringify(engineAnswer(hits.map((hit, index) => ({ ...hit, _rankingScore: index ? 0.25 : 0.875 }))));
    const read = readByBytes(Buffer.from(scored, 'utf8').toString('latin1'));
    expect(read?.topScore).toBe(0.875);
    expect(readEngineSearchAnswer(Buffer.from(JSON.stringify(engineAnswer(hits)), 'utf8')).topScore).toBeUndefined();
    expect(routeAnswer(Buffer.from(scored, 'utf8'))).toEqual(routeAnswer(Buffer.from(JSON.stringify(engineAnswer(hits)), 'utf8')));
    // Read the slow way (white space), the score is the same.
    expect(readEngineSearchAnswer(Buffer.from(JSON.stringify(JSON.parse(scored), null, 1), 'utf8')).topScore).toBe(0.875);
  });

  it('reads the slow way, to the same answer, what it does not expect: white space, other engine fields, escapes beyond ASCII', () => {
    const next = random(11);
    const documents = [randomDocument(next, 0), randomDocument(next, 1)];
    const hits = documents.map((document) => engineHit(document, next));
    const answer = engineAnswer(hits);
    const asciiDocument = { ...documents[0]!, articleTitle: 'Title', text: 'plain words', speaker: null, attribution: null, section: null };
    const escapeBeyondAscii = (json: string) => json.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const variants = {
      'indented JSON': JSON.stringify(answer, null, 2),
      'a ranking score that is no number': JSON.stringify(engineAnswer(hits.map((hit) => ({ ...hit, _rankingScore: null })))),
      'a ranking score twice': JSON.stringify(engineAnswer(hits.map((hit) => ({ ...hit, _rankingScore: 0.5 })))).replace(/"_rankingScore":0\.5/g, '"_rankingScore":0.5,"_rankingScore":0.5'),
      'a ranking score before _formatted': JSON.stringify(engineAnswer(hits.map(({ _formatted, ...hit }) => ({ ...hit, _rankingScore: 0.5, _formatted })))),
      'document fields after _formatted': JSON.stringify(engineAnswer(hits.map(({ id, _formatted, ...hit }) => ({ id, _formatted, ...hit })))),
      'no _formatted': JSON.stringify(engineAnswer(documents)),
      'a formatted text that is no string': JSON.stringify(engineAnswer(hits.map((hit) => ({ ...hit, _formatted: { ...(hit['_formatted'] as object), text: null } })))),
      'ASCII-only JSON, escaping the rest': escapeBeyondAscii(JSON.stringify(answer)),
      'a facet name escaped beyond ASCII': escapeBeyondAscii(JSON.stringify(engineAnswer([engineHit(asciiDocument, next)], { 'José Núñez': 2 }))),
      'a highlight escaped beyond ASCII': JSON.stringify(engineAnswer([{ ...engineHit(asciiDocument, next), _formatted: { text: 'déjà vu' } }])).replace('déjà', escapeBeyondAscii('déjà')),
    };
    for (const [name, json] of Object.entries(variants)) {
      expect(readByBytes(Buffer.from(json, 'utf8').toString('latin1')), name).toBeUndefined();
      const read = routeAnswer(Buffer.from(json, 'utf8'));
      expect(read.hits, name).toEqual(expectedHits(JSON.parse(json)));
      if (name === 'a facet name escaped beyond ASCII') expect(read.facets['speaker']).toEqual({ 'José Núñez': 2 });
      if (name === 'a highlight escaped beyond ASCII') expect((read.hits[0] as { highlight: string }).highlight).toBe('déjà vu');
    }
  });

  it('reads the slow way an answer it would read otherwise than JSON.parse: a repeated hits, values nested deeper than MAX_DEPTH', () => {
    const next = random(5);
    const plain = (position: number) => ({ ...randomDocument(next, position), articleTitle: 'Title', text: `plain words ${position}`, speaker: 'Núñez', attribution: null, section: null });
    const [first, second] = [engineHit(plain(0), next), engineHit(plain(1), next)];
    const json = JSON.stringify(engineAnswer([first!])).replace('"hits":[', `"hits":${JSON.stringify([second])},"hits":[`);
    expect(readByBytes(Buffer.from(json, 'utf8').toString('latin1'))).toBeUndefined();
    expect(routeAnswer(Buffer.from(json, 'utf8')).hits).toEqual(expectedHits(JSON.parse(json)));
    const deep = JSON.stringify(engineAnswer([first!])).replace('"facetStats":{}', `"facetStats":{"deep":${'['.repeat(12_000)}${']'.repeat(12_000)}}`);
    expect(routeAnswer(Buffer.from(deep, 'utf8')).hits).toEqual(expectedHits(JSON.parse(deep)));
  });

  it('never answers from a broken answer: cut anywhere, or with a malformed number or literal, it throws as JSON.parse does', () => {
    const next = random(3);
    const json = JSON.stringify(engineAnswer([engineHit(randomDocument(next, 0), next), engineHit(randomDocument(next, 1), next)]));
    for (let cut = 0; cut < json.length; cut += 1) {
      expect(() => readEngineSearchAnswer(Buffer.from(json.slice(0, cut), 'utf8')), `cut at ${cut}`).toThrow();
    }
    for (const [good, bad] of [['"position":0', '"position":00'], ['"position":0', '"position":-'], ['"dateApproximate":', '"dateApproximate":tru,"x":'], ['"typeRank":', '"typeRank":1.,"y":']]) {
      const broken = json.replace(good!, bad!);
      expect(broken, bad).not.toBe(json);
      expect(() => readEngineSearchAnswer(Buffer.from(broken, 'utf8')), bad).toThrow();
    }
  });
});

/** The highlight of a text without marks: its HTML escaped. */
function toHtml(text: string): string {
  return Buffer.from(toSafeHighlight(toByteString(text)), 'latin1').toString('utf8');
}
