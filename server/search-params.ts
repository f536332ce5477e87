/**
 * The search API's query parameters: one reader per parameter that validates, normalises and
 * names the offending parameter. Filters are repeatable (values OR-ed, parameters AND-ed), also
 * written with brackets (`type[]`). Unknown parameters are ignored, so cache-busting or tracking
 * parameters do no harm.
 */
import { DOCUMENT_TYPES, MONTH_PATTERN, type DocumentType } from '../core/schema.ts';
import { AppError } from '../core/errors.ts';

export const SORT_OPTIONS = ['relevance', 'date:asc', 'date:desc'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];

export const MAX_QUERY_LENGTH = 500;
export const MAX_HITS_PER_PAGE = 100;
const MAX_FILTER_VALUES = 50;

export interface SearchRequest {
  q: string;
  type: DocumentType[];
  month: string[];
  speaker: string[];
  article: string[];
  sort: SortOption;
  page: number;
  hitsPerPage: number;
}

/** Control characters carry no meaning in a search and confuse logs: fold them to spaces. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A query as the words someone pasted or typed, not the engine's query language: people paste
 * quotations with their quotation marks and credits with their dash (`time in the barrel -Roger
 * Stone`), which the engine would read as an exact phrase and an excluded word. Full-width and
 * compatibility characters (`ＷＩＫＩＬＥＡＫＳ`) fold to the ones the articles use.
 */
function asPastedWords(query: string): string {
  return query
    .normalize('NFKC')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/"/g, ' ')
    .replace(/(^|\s)-+(?=[^\s-])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One parameter's reading: its raw value (a string, a list when repeated, or undefined when
 * absent) to its value in the request, or a ParameterError. Written by hand rather than as a
 * schema: this runs for every search, and measured under load a zod schema cost the route 16 µs
 * a search, about 6% of its CPU, for these eight parameters (docs/performance.md).
 */
type ParameterReader<T> = (value: unknown, name: string) => T;

class ParameterError extends Error {}

/** A parameter given at most once. */
function single(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (Array.isArray(value)) throw new ParameterError(`${name} may be given only once`);
  throw new ParameterError('must be text');
}

/** A filter: repeatable, each value read by `item`, at most MAX_FILTER_VALUES, each kept once. */
function repeatable<T extends string>(item: (value: string) => T): ParameterReader<T[]> {
  return (value) => {
    if (value === undefined) return [];
    const values = Array.isArray(value) ? value : [value];
    if (values.length > MAX_FILTER_VALUES) throw new ParameterError(`at most ${MAX_FILTER_VALUES} values`);
    return [
      ...new Set(
        values.map((one) => {
          if (typeof one !== 'string') throw new ParameterError('must be text');
          return item(one);
        }),
      ),
    ];
  };
}

/** One of a fixed list of values, as the list spells it. */
function oneOf<T extends string>(options: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(options as readonly string[]).includes(value)) throw new ParameterError(`must be one of ${options.join(', ')}`);
    return value as T;
  };
}

function matching(pattern: RegExp, message: string): (value: string) => string {
  return (value) => {
    if (!pattern.test(value)) throw new ParameterError(message);
    return value;
  };
}

function wholeNumber(min: number, max: number, fallback: number): ParameterReader<number> {
  return (raw, name) => {
    const value = single(raw, name);
    if (value === undefined || value === '') return fallback;
    if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) throw new ParameterError(`must be a whole number from ${min} to ${max}`);
    return Number(value);
  };
}

const sortOption = oneOf(SORT_OPTIONS);

/** Each parameter's reader, in the order they are checked: the first bad one is the one named. */
const PARAMETERS: { [Name in keyof SearchRequest]: ParameterReader<SearchRequest[Name]> } = {
  q: (raw, name) => {
    const query = (single(raw, name) ?? '').normalize('NFC');
    // Characters as people count them: an emoji is one, not its two UTF-16 units.
    if (query.length > MAX_QUERY_LENGTH && [...query].length > MAX_QUERY_LENGTH) throw new ParameterError(`must be at most ${MAX_QUERY_LENGTH} characters`);
    return asPastedWords(query);
  },
  type: repeatable(oneOf(DOCUMENT_TYPES)),
  month: repeatable(matching(MONTH_PATTERN, 'must be a month written YYYY-MM, e.g. 2016-07')),
  speaker: repeatable((value) => {
    const speaker = value.trim();
    if (speaker.length < 1) throw new ParameterError('must not be empty');
    if (speaker.length > 200) throw new ParameterError('must be at most 200 characters');
    return speaker;
  }),
  article: repeatable(matching(/^[A-Za-z0-9_-]{1,100}$/, 'must be an article slug (A-Z a-z 0-9 - _, at most 100 characters)')),
  sort: (raw, name) => {
    const value = single(raw, name);
    return value === undefined || value === '' ? 'relevance' : sortOption(value);
  },
  page: wholeNumber(1, 10_000, 1),
  hitsPerPage: wholeNumber(1, MAX_HITS_PER_PAGE, 20),
};

const PARAMETER_NAMES = new Set(Object.keys(PARAMETERS));

/**
 * Many HTTP clients send a list as `type[]=quote&type[]=event` (or `type[0]=…`): those are the
 * same parameter, not unknown ones to ignore, which would drop the filter without a word. Any
 * other brackets after a parameter's name (`type[a]=quote`, an object) are refused for the same
 * reason.
 */
function withBracketNames(query: object): object {
  const names = Object.keys(query);
  if (!names.some((name) => name.includes('['))) return query;
  const merged: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(query) as Array<[string, string | string[]]>) {
    const bracketed = /^([A-Za-z]+)\[(.*)$/.exec(name);
    const listed = bracketed !== null && /^\d*\]$/.test(bracketed[2]!);
    if (bracketed && !listed && PARAMETER_NAMES.has(bracketed[1]!)) {
      throw new AppError('INVALID_PARAMETER', `Invalid parameter "${name}": give a list as ${bracketed[1]}=…&${bracketed[1]}=… or ${bracketed[1]}[]=…`);
    }
    const base = listed ? bracketed[1]! : name;
    const previous = merged[base];
    merged[base] = previous === undefined ? value : [previous, value].flat();
  }
  return merged;
}

/** Parses a request's query (node:querystring's reading); throws an INVALID_PARAMETER AppError naming the parameter. */
export function parseSearchRequest(query: unknown): SearchRequest {
  if (query !== undefined && query !== null && typeof query !== 'object') throw new AppError('INVALID_PARAMETER', 'Invalid parameter "query": must be a query string');
  const given = withBracketNames(query ?? {}) as Record<string, unknown>;
  const request = {} as Record<string, unknown>;
  for (const name of Object.keys(PARAMETERS) as Array<keyof SearchRequest>) {
    try {
      request[name] = PARAMETERS[name](given[name], name);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      throw new AppError('INVALID_PARAMETER', `Invalid parameter "${name}": ${error.message}`);
    }
  }
  return request as unknown as SearchRequest;
}

/** A canonical string for one request: the cache and the ETag key on it. */
export function normaliseSearchRequest(request: SearchRequest): string {
  const sorted = (values: string[]) => [...values].sort();
  return JSON.stringify([
    request.q,
    sorted(request.type),
    sorted(request.month),
    sorted(request.speaker),
    sorted(request.article),
    request.sort,
    request.page,
    request.hitsPerPage,
  ]);
}
