/**
 * Searching the timeline index: one multi-search round trip per request (the results plus one
 * facet query per filtered facet, for disjunctive counts), safe highlights, exact page totals,
 * and a response cache tied to the index version. A search's product is its answer's JSON bytes:
 * the engine's answer is read by its bytes (search-answer.ts) and never decoded, and the cache
 * keeps the answer's bytes, so a cached search is sent as it is.
 */
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { engineErrorCode } from '../core/engine/engine-client.ts';
import { AppError, EngineUnavailableError } from '../core/errors.ts';
import { quoteFilterValue } from '../core/filter-value.ts';
import { DOCUMENT_FIELDS, DOCUMENT_ID_PATTERN, type TimelineDocument } from '../core/schema.ts';
import { callEngine } from './engine-errors.ts';
import { createMultiSearch, type MultiSearch } from './engine-multi-search.ts';
import { buildFilter, FACET_ATTRIBUTES } from './filters.ts';
import { CROP_MARKER, HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from './highlight.ts';
import { IndexVersion } from './index-version.ts';
import { quotationOfPaste, withoutLeadingName } from './pasted-quotation.ts';
import { ResponseCache } from './response-cache.ts';
import { pickDocumentFields, readEngineSearchAnswer, searchAnswerBytes, type EngineSearchAnswer } from './search-answer.ts';
import { normaliseSearchRequest, type SearchRequest } from './search-params.ts';

export type { SearchHit, SearchResult } from './search-answer.ts';

export interface DocumentResult {
  document: TimelineDocument;
  /** Quotes: the event they stand in. */
  event?: TimelineDocument | null;
  /** Events: their quotes, in article order. */
  quotes?: TimelineDocument[];
  /** Events: the neighbouring events of the same article. */
  previous?: TimelineDocument | null;
  next?: TimelineDocument | null;
}

/** Words kept around the matches of a long text; short texts come back whole. */
const CROP_WORDS = 60;

const SORT_RULES: Record<SearchRequest['sort'], string[] | undefined> = {
  relevance: undefined,
  // A day's entries by their time when they give one (a live blog told newest first included), then as told.
  'date:asc': ['dateKey:asc', 'minuteOfDay:asc', 'position:asc'],
  'date:desc': ['dateKey:desc', 'minuteOfDay:desc', 'position:desc'],
};

export interface SearchServiceOptions {
  client: Meilisearch;
  indexUid: string;
  cacheEntries: number;
  /** How often the index version is checked; 0 leaves polling to the caller (tests). */
  versionPollMs?: number;
}

export class SearchService {
  readonly indexUid: string;
  readonly version: IndexVersion;
  private readonly client: Meilisearch;
  private readonly multiSearch: MultiSearch;
  private readonly cache: ResponseCache<string>;

  constructor(options: SearchServiceOptions) {
    this.client = options.client;
    this.multiSearch = createMultiSearch(options.client.config);
    this.indexUid = options.indexUid;
    this.cache = new ResponseCache(options.cacheEntries);
    this.version = new IndexVersion(options.client, options.indexUid, options.versionPollMs || 1000);
  }

  async start(): Promise<void> {
    await this.version.refresh();
    this.version.start();
  }

  stop(): void {
    this.version.stop();
  }

  /** The cache key of a request, also the basis of its ETag. */
  cacheKey(request: SearchRequest): string {
    return normaliseSearchRequest(request);
  }

  /**
   * The JSON body (UTF-8) of a search's answer, a SearchResult. `key` is the request's cacheKey,
   * when the caller already computed it (for the ETag).
   */
  async search(asked: SearchRequest, key = this.cacheKey(asked)): Promise<string> {
    const version = this.version.current;
    const cached = this.cache.get(version, key);
    if (cached) return cached;

    let request = asked;
    let queries = buildSearchQueries(this.indexUid, request);
    let answer = await this.askEngine(queries);
    // Nothing for a speaker spelt otherwise than the index spells them: the index's spellings.
    const speakers = answer.results[0]?.totalHits === 0 && request.speaker.length > 0 ? await this.speakersAsIndexed(request.speaker) : null;
    if (speakers) {
      request = { ...request, speaker: speakers };
      queries = buildSearchQueries(this.indexUid, request);
      answer = await this.askEngine(queries);
    }
    // Nothing, or a paste's first hit weak, with the rarest words: a query that got one of them
    // wrong (`do not` for `don’t`, `watching` for `listening` where another entry says
    // `watching`) may still hold the quotation's opening words.
    const nothing = answer.results[0]?.totalHits === 0 && request.q.includes(' ');
    const weak = !nothing && queries[0]!.showRankingScore && request.sort === 'relevance' && (answer.topScore ?? 0) < WEAK_MATCH_SCORE;
    // A weak paste asks first for the opening words' best hit alone (no facets, no highlight: a
    // fraction of a search's cost), and searches them in full only when that hit is the better.
    const better = weak && ((await this.askEngine([openingWordsProbe(queries[0]!)])).topScore ?? 0) > (answer.topScore ?? 0);
    if (nothing || better) {
      queries = buildSearchQueries(this.indexUid, request, 'last');
      answer = await this.askEngine(queries);
    } else if (weak) {
      // `Trump Junior if it's what you say I love it`: a name before the quotation, whose rare
      // word (`Junior`) matched another entry. Without it, when that scores better.
      const unnamed = withoutLeadingName(request.q);
      const unnamedQueries = unnamed === null ? null : buildSearchQueries(this.indexUid, { ...request, q: unnamed });
      if (unnamedQueries && ((await this.askEngine([bestHitProbe(unnamedQueries[0]!)])).topScore ?? 0) > (answer.topScore ?? 0)) {
        queries = unnamedQueries;
        answer = await this.askEngine(queries);
      }
    }
    const body = searchAnswerBytes(request, queries, answer);
    this.cache.set(version, key, body);
    return body;
  }

  /**
   * The speakers as the index spells them, for names a filter spelt otherwise: a straight
   * apostrophe for a curly one (`Jen O'Malley`), no accents (`Elodie Marchand`), initials without
   * their stops (`D K Shivakumar`). The filter ignores only case, and a hand-made link or a name
   * typed from memory matched nothing, which reads as "this person said nothing". Each name is
   * searched in the speaker field alone, and the one speaker of what it finds that is the same
   * name once folded is taken; null when that changes nothing. Asked only of a filtered search
   * that found nothing, so a search costs nothing more.
   */
  private async speakersAsIndexed(requested: string[]): Promise<string[] | null> {
    // Each name's spelling is looked up once per index version: a filtered search that finds
    // nothing for its words (`q=campaign&speaker=Donald Trump Jr`) would ask again every time.
    const version = this.version.current;
    if (this.spellings.version !== version) this.spellings = { version, byName: new Map() };
    const { byName } = this.spellings;
    const unknown = requested.filter((name) => !byName.has(name));
    if (unknown.length > 0) {
      const { results } = await callEngine(() =>
        this.client.multiSearch<{ queries: MultiSearchQuery[] }, TimelineDocument>({
          queries: unknown.map((name): MultiSearchQuery => ({ indexUid: this.indexUid, q: name, attributesToSearchOn: ['speaker'], facets: ['speaker'], limit: 0 })),
        }),
      );
      unknown.forEach((name, position) => {
        const speakers = Object.keys(results[position]?.facetDistribution?.['speaker'] ?? {});
        // A name the index holds as written (whatever its case) stays: the search found nothing for
        // other reasons. Two people who fold alike (`Sean O'Brien`, `Seán O'Brien`) are not guessed between.
        const indexed = speakers.some((speaker) => speaker.toLowerCase() === name.toLowerCase());
        byName.set(name, indexed ? name : (sameNameOnce(speakers, name, foldedName) ?? sameNameOnce(speakers, name, withoutAccents) ?? name));
        if (byName.size > MAX_SPELLINGS) byName.delete(byName.keys().next().value!);
      });
    }
    const spelled = requested.map((name) => byName.get(name) ?? name);
    const changed = spelled.some((name, position) => name !== requested[position]);
    return changed ? [...new Set(spelled)] : null;
  }

  /** Speakers' spellings as the index holds them, for the index version they were read from. */
  private spellings: { version: string | undefined; byName: Map<string, string> } = { version: undefined, byName: new Map() };

  private async askEngine(queries: MultiSearchQuery[]): Promise<EngineSearchAnswer> {
    const bytes = await callEngine(() => this.multiSearch(queries));
    try {
      return readEngineSearchAnswer(bytes);
    } catch (error) {
      throw new EngineUnavailableError('The search engine sent an unreadable answer', { cause: error });
    }
  }

  async getDocument(id: string): Promise<DocumentResult> {
    if (!DOCUMENT_ID_PATTERN.test(id)) throw new AppError('NOT_FOUND', 'No such document');
    const index = this.client.index<TimelineDocument>(this.indexUid);
    const document = await callEngine(() => index.getDocument(id));
    if (document.type === 'quote') {
      const event = document.eventId ? await callEngine(() => index.getDocument(document.eventId!)).catch(() => null) : null;
      return { document, event };
    }
    if (document.type !== 'event') return { document };

    const sameArticleEvents = `type = "event" AND article = ${quoteFilterValue(document.article)}`;
    const { results } = await callEngine(() =>
      this.client.multiSearch<{ queries: MultiSearchQuery[] }, TimelineDocument>({
        queries: [
          { indexUid: this.indexUid, q: '', filter: `eventId = ${quoteFilterValue(id)}`, sort: ['position:asc'], limit: 100 },
          { indexUid: this.indexUid, q: '', filter: `${sameArticleEvents} AND position < ${document.position}`, sort: ['position:desc'], limit: 1 },
          { indexUid: this.indexUid, q: '', filter: `${sameArticleEvents} AND position > ${document.position}`, sort: ['position:asc'], limit: 1 },
        ],
      }),
    );
    const [quotes, previous, next] = results.map((result) => result.hits.map((hit) => pickDocumentFields(hit) as TimelineDocument));
    return { document, quotes: quotes ?? [], previous: previous?.[0] ?? null, next: next?.[0] ?? null };
  }

  /**
   * Whether searches can be answered: the engine answers and holds the index. A server whose
   * index is gone answers every search with a 503, so a health check must not say `ok`.
   */
  async readiness(): Promise<'ok' | 'engine-down' | 'index-missing'> {
    try {
      await this.client.getRawIndex(this.indexUid);
      return 'ok';
    } catch (error) {
      return engineErrorCode(error) === 'index_not_found' ? 'index-missing' : 'engine-down';
    }
  }
}

/** Spellings remembered at most: names in filters are few, but a client may send any. */
const MAX_SPELLINGS = 1000;

/** A name as its letters: one kind of apostrophe, no full stops, one case. */
function foldedName(name: string): string {
  return name.replace(/[’‘`]/g, "'").replace(/\./g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** foldedName without accents too: `Élodie` is `elodie`. */
function withoutAccents(name: string): string {
  return foldedName(name.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * The one speaker that is `name` once both are folded; undefined for none or several. Accents
 * are folded only when the rest finds no one, so `Sean O'Brien` is `Sean O’Brien`, not `Seán
 * O’Brien` too.
 */
function sameNameOnce(speakers: string[], name: string, fold: (name: string) => string): string | undefined {
  const same = speakers.filter((speaker) => fold(speaker) === fold(name));
  return same.length === 1 ? same[0] : undefined;
}

/**
 * Below this ranking score (0 to 1) the first hit of a paste matched only a few of its words, and
 * the search is tried again by its opening words. Measured on pastes of the bundled article and
 * four more: a paste matched as meant scores 0.83-1; `Russia, if you're watching, …`, whose
 * rare `watching` is another entry's, scored 0.10 (its quotation 0.39 by the opening words); a
 * paste with a typo, `its time in the barel`, 0.33 against 0.20 the other way, so it stays.
 */
const WEAK_MATCH_SCORE = 0.5;

/** The main query's best hit by its opening words (the engine's `last` strategy), for its ranking score only. */
function openingWordsProbe(query: MultiSearchQuery): MultiSearchQuery {
  return { ...bestHitProbe(query), matchingStrategy: 'last' };
}

/** A query's best hit alone, for its ranking score only (no facets, no highlight). */
function bestHitProbe({ indexUid, q, filter, matchingStrategy }: MultiSearchQuery): MultiSearchQuery {
  return { indexUid, q, filter, matchingStrategy, limit: 1, showRankingScore: true, attributesToRetrieve: ['id'] };
}


/**
 * A query of four words or more, a paste rather than keywords: the engine is asked for ranking
 * scores, and a weak match is tried again. Keywords score low whenever one of them is in no
 * document (`russain hackers`: 0.25), where asking again finds the same.
 */
function isPaste(query: string): boolean {
  return query.trim().split(/\s+/).length >= PASTE_MIN_WORDS;
}
const PASTE_MIN_WORDS = 4;

/**
 * `frequency` drops the query's most common words first when no document holds them all, so a
 * half-remembered quotation is found by its rare words wherever the paste went wrong; the
 * engine's default, `last`, drops words from the end only, and a paste with a wrong or extra
 * first word (`quote: I cant think of bigger lies`) found nothing. Measured on the bundled
 * article's quotations pasted with `he said` before them: 18 of 18 first against 1 of 18.
 */
type MatchingStrategy = 'frequency' | 'last';

/** The main query plus, for each facet the request filters on, a count-only query without that filter. */
export function buildSearchQueries(indexUid: string, request: SearchRequest, matchingStrategy: MatchingStrategy = 'frequency'): MultiSearchQuery[] {
  const sort = SORT_RULES[request.sort];
  const q = quotationOfPaste(request.q);
  const main: MultiSearchQuery = {
    indexUid,
    q,
    matchingStrategy,
    // A paste's first hit's score says whether it matched as meant (SearchService.search).
    ...(isPaste(q) ? { showRankingScore: true } : {}),
    filter: buildFilter(request),
    facets: [...FACET_ATTRIBUTES],
    page: request.page,
    hitsPerPage: request.hitsPerPage,
    // The schema's fields and no other: the route copies a hit's fields as the engine writes them (search-answer.ts).
    attributesToRetrieve: [...DOCUMENT_FIELDS],
    attributesToHighlight: ['text'],
    highlightPreTag: HIGHLIGHT_PRE_TAG,
    highlightPostTag: HIGHLIGHT_POST_TAG,
    attributesToCrop: ['text'],
    cropLength: CROP_WORDS,
    cropMarker: CROP_MARKER,
    ...(sort ? { sort } : {}),
  };
  const facetQueries = FACET_ATTRIBUTES.filter((facet) => request[facet].length > 0).map(
    (facet): MultiSearchQuery => ({ indexUid, q, matchingStrategy, filter: buildFilter(request, facet), facets: [facet], limit: 0 }),
  );
  return [main, ...facetQueries];
}
