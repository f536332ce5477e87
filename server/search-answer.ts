/**
 * The search route's answer, made from the engine's multi-search answer. Most of that answer is
 * the main query's hits: each document's fields, then `_formatted`, the same fields again with
 * the text highlighted and cropped. The route's hit is the document's fields and a safe
 * highlight, so the fields are copied as the engine wrote them, by their bytes, and only each
 * highlight and the small rest of the answer (totals, facets) are parsed. Over the benchmark's
 * answers: 46 µs a search against 70 µs for JSON.parse, building the answer and JSON.stringify
 * in a loop, and 253 against 268 µs of the server's CPU a search under load (docs/performance.md).
 *
 * The walk (json-scan.ts) checks each hit's structure, numbers and literals; a copied string
 * keeps its escapes, which the client reads as JSON.parse would here (the engine, serde_json,
 * escapes every control character). Strings are byte strings (byte-strings.ts) throughout. An
 * answer the walk does not expect (another shape, white space between tokens, a hit with an
 * engine field besides `_formatted` and its `_rankingScore`, or with fields after them, a second
 * `hits`), or whose parsed parts escape a character beyond ASCII, is read the slow way, whole,
 * with JSON.parse, which is always correct. The walk reads keys as serde_json writes them, unescaped: JSON that spells a
 * key with escapes (`"\u005fformatted"`) or repeats `results` may be read otherwise than by
 * JSON.parse, and the strings of the `_formatted` fields it drops are not checked.
 */
import type { Hits, MultiSearchQuery, SearchResponse } from 'meilisearch';
import { AppError } from '../core/errors.ts';
import { DOCUMENT_FIELDS, type TimelineDocument } from '../core/schema.ts';
import { ESCAPE_BEYOND_ASCII, parseJsonBytes, toByteString } from './byte-strings.ts';
import { FACET_ATTRIBUTES, type FacetAttribute } from './filters.ts';
import { safeHighlightLiteral, toSafeHighlight } from './highlight.ts';
import { arrayEnd, CLOSE_OBJECT, COLON, COMMA, objectEnd, OPEN_OBJECT, QUOTE, stringEnd, valueEnd } from './json-scan.ts';
import type { SearchRequest } from './search-params.ts';

export type SearchHit = TimelineDocument & { highlight: string };
export type FacetCounts = Record<string, number>;

/** The search route's answer. */
export interface SearchResult {
  query: string;
  hits: SearchHit[];
  totalHits: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: Record<FacetAttribute, FacetCounts>;
  processingTimeMs: number;
}

/** An engine answer as read: its results (the main query's hits possibly left out), and each route hit's JSON. */
export interface EngineSearchAnswer {
  results: SearchResponse<TimelineDocument>[];
  hitsJson: string[];
  /** The main query's first hit's ranking score (0 to 1), when the query asked for scores and found any. */
  topScore: number | undefined;
}

const UNDERSCORE = 0x5f;
const FORMATTED_MEMBER = '"_formatted":{';
const RANKING_SCORE_MEMBER = '"_rankingScore":';
const TEXT_KEY = '"text"';
const RESULTS_START = '{"results":[';

/** Reads a 2xx multi-search answer's bytes; throws (a SyntaxError) on one that is no JSON. */
export function readEngineSearchAnswer(bytes: Buffer): EngineSearchAnswer {
  const text = bytes.toString('latin1');
  const byBytes = readByBytes(text);
  if (byBytes) return byBytes;
  // The slow way: every value parsed, every hit rebuilt from its fields.
  const { results } = parseJsonBytes(bytes, text) as { results: SearchResponse<TimelineDocument>[] };
  const hits = (results?.[0]?.hits ?? []) as Hits<TimelineDocument>;
  return { results, hitsJson: hits.map((hit) => JSON.stringify(toSearchHit(hit))), topScore: hits[0]?._rankingScore };
}

/**
 * The main query's hits by their bytes, and the rest of the answer parsed with `"hits":[]` in
 * their place; undefined when the answer is not what this expects. `text` is the answer's bytes
 * as a byte string.
 */
export function readByBytes(text: string): EngineSearchAnswer | undefined {
  if (!text.startsWith(RESULTS_START)) return undefined;
  const mainStart = RESULTS_START.length;
  let hitsStart = -1;
  let hitsEnd = -1;
  const hitsJson: string[] = [];
  let topScore: number | undefined;
  const mainEnd = objectEnd(text, mainStart, (keyStart, valueStart) => {
    if (!text.startsWith('"hits":', keyStart)) return valueEnd(text, valueStart);
    // A second `hits`: JSON.parse would keep the last.
    if (hitsStart !== -1) return -1;
    hitsStart = valueStart;
    hitsEnd = arrayEnd(text, valueStart, (_, hitStart) => {
      const hit = hitJson(text, hitStart);
      if (!hit) return -1;
      if (hitsJson.length === 0) topScore = hit.score;
      hitsJson.push(hit.json);
      return hit.end;
    });
    return hitsEnd;
  });
  if (mainEnd === -1 || hitsStart === -1) return undefined;
  const rest = `${text.slice(0, hitsStart)}[]${text.slice(hitsEnd)}`;
  if (ESCAPE_BEYOND_ASCII.test(rest)) return undefined;
  return { results: (JSON.parse(rest) as { results: SearchResponse<TimelineDocument>[] }).results, hitsJson, topScore };
}

/**
 * The route's JSON for the engine hit at `start`, where the hit ends, and its ranking score when
 * it has one; undefined for a hit it does not expect. The engine writes a hit as the document's
 * fields that `attributesToRetrieve` names (the schema's, buildSearchQueries) and then its own,
 * under names starting with `_`: here `_formatted`, then `_rankingScore` when asked for. So the
 * document's fields are the hit's text up to `_formatted`. The walk is written out member by
 * member rather than as objectEnd with a visitor called for each: this runs for every member of
 * every hit (docs/performance.md).
 */
function hitJson(text: string, start: number): { json: string; end: number; score: number | undefined } | undefined {
  if (text.charCodeAt(start) !== OPEN_OBJECT) return undefined;
  // The document's fields, each followed by another member, up to the first of the engine's own.
  let index = start + 1;
  for (;;) {
    if (text.charCodeAt(index) !== QUOTE) return undefined;
    if (text.charCodeAt(index + 1) === UNDERSCORE) break;
    const keyEnd = stringEnd(text, index);
    if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON) return undefined;
    const end = valueEnd(text, keyEnd + 1);
    if (end === -1 || text.charCodeAt(end) !== COMMA) return undefined;
    index = end + 1;
  }
  // `_formatted`, an object whose `text` is a string; its other members are walked, not kept.
  const formattedKeyStart = index;
  if (!text.startsWith(FORMATTED_MEMBER, index)) return undefined;
  index += FORMATTED_MEMBER.length;
  let formattedText: string | undefined;
  if (text.charCodeAt(index) === CLOSE_OBJECT) return undefined;
  for (;;) {
    const keyStart = index;
    const keyEnd = stringEnd(text, keyStart);
    if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON) return undefined;
    const end = valueEnd(text, keyEnd + 1);
    if (end === -1) return undefined;
    if (keyEnd === keyStart + TEXT_KEY.length && text.startsWith(TEXT_KEY, keyStart)) {
      if (text.charCodeAt(keyEnd + 1) !== QUOTE) return undefined;
      formattedText = text.slice(keyEnd + 1, end);
    }
    index = end + 1;
    const next = text.charCodeAt(end);
    if (next === CLOSE_OBJECT) break;
    if (next !== COMMA) return undefined;
  }
  if (formattedText === undefined) return undefined;
  // Then its ranking score once, a number, when asked for; no other field.
  let score: number | undefined;
  if (text.charCodeAt(index) === COMMA) {
    if (!text.startsWith(RANKING_SCORE_MEMBER, index + 1)) return undefined;
    const scoreStart = index + 1 + RANKING_SCORE_MEMBER.length;
    const scoreEnd = valueEnd(text, scoreStart);
    // A number (null, true or a string would be NaN).
    score = scoreEnd === -1 ? Number.NaN : Number(text.slice(scoreStart, scoreEnd));
    if (Number.isNaN(score)) return undefined;
    index = scoreEnd;
  }
  if (text.charCodeAt(index) !== CLOSE_OBJECT) return undefined;
  let highlight = safeHighlightLiteral(formattedText);
  if (highlight === undefined) {
    if (ESCAPE_BEYOND_ASCII.test(formattedText)) return undefined;
    highlight = JSON.stringify(toSafeHighlight(JSON.parse(formattedText) as string));
  }
  const fields = text.slice(start + 1, formattedKeyStart);
  return { json: `{${fields}"highlight":${highlight}}`, end: index + 1, score };
}

/**
 * The answer's JSON as a byte string (its UTF-8 bytes, one character each): sent as it is by a
 * latin1 write, with no Buffer made for it (byte-strings.ts).
 */
export function searchAnswerBytes(request: SearchRequest, queries: MultiSearchQuery[], answer: EngineSearchAnswer): string {
  const { results, hitsJson } = answer;
  const [main, ...facetResults] = results;
  if (!main) throw new AppError('INTERNAL', 'The engine returned no results');
  const facets = {} as Record<FacetAttribute, FacetCounts>;
  for (const facet of FACET_ATTRIBUTES) facets[facet] = main.facetDistribution?.[facet] ?? {};
  facetResults.forEach((result, position) => {
    const facet = queries[position + 1]!.facets![0] as FacetAttribute;
    facets[facet] = result.facetDistribution?.[facet] ?? {};
  });
  facets.month = inChronologicalOrder(facets.month);
  const counts: Omit<SearchResult, 'query' | 'hits'> = {
    totalHits: main.totalHits ?? hitsJson.length,
    page: main.page ?? request.page,
    hitsPerPage: main.hitsPerPage ?? request.hitsPerPage,
    totalPages: main.totalPages ?? 1,
    facets,
    processingTimeMs: Math.max(main.processingTimeMs, ...facetResults.map((result) => result.processingTimeMs)),
  };
  // A SearchResult, its hits written from their JSON: `counts` is never empty, so its JSON is `{"…`.
  const json = `{"query":${JSON.stringify(toByteString(request.q))},"hits":[${hitsJson.join(',')}],${JSON.stringify(counts).slice(1)}`;
  return json;
}

/**
 * Months (`YYYY-MM`, so their order as text is chronological) in the order the API promises. The
 * index has the engine list every facet's values by count, its cheaper way on a large index: with
 * months listed alphabetically instead, the workload took the engine 41% longer on 98,085
 * documents (docs/performance.md).
 */
function inChronologicalOrder(months: FacetCounts): FacetCounts {
  const ordered: FacetCounts = {};
  // The default sort compares as `<` does: `YYYY-MM` in order of time.
  for (const month of Object.keys(months).sort()) ordered[month] = months[month]!;
  return ordered;
}

/**
 * The document's own fields of an engine hit, copied by the schema's list (which leaves out the
 * engine's `_formatted` and friends).
 */
export function pickDocumentFields(hit: object): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const field of DOCUMENT_FIELDS) document[field] = (hit as Record<string, unknown>)[field];
  return document;
}

function toSearchHit(hit: Hits<TimelineDocument>[number]): SearchHit {
  const searchHit = pickDocumentFields(hit);
  searchHit['highlight'] = toSafeHighlight(String(hit._formatted?.text ?? hit.text));
  return searchHit as SearchHit;
}
