/**
 * The search API's query parameters: one schema that validates, normalises and names the
 * offending parameter. Filters are repeatable (values OR-ed, parameters AND-ed), also written
 * with brackets (`type[]`). Unknown parameters are ignored, so cache-busting or tracking
 * parameters do no harm.
 */
import { z } from 'zod';
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

const single = (name: string) =>
  z.union([z.string(), z.array(z.string())]).optional().transform((value, ctx) => {
    if (Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: `${name} may be given only once` });
      return z.NEVER;
    }
    return value;
  });

const repeatable = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(item).max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} values`))
    .transform((values) => [...new Set(values)]);

const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  single(name).transform((value, ctx) => {
    if (value === undefined || value === '') return fallback;
    if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return Number(value);
  });

const SearchQuerySchema = z.object({
  q: single('q').transform((value, ctx) => {
    const query = (value ?? '').normalize('NFC');
    // Characters as people count them: an emoji is one, not its two UTF-16 units.
    if (query.length > MAX_QUERY_LENGTH && [...query].length > MAX_QUERY_LENGTH) {
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_QUERY_LENGTH} characters` });
      return z.NEVER;
    }
    return asPastedWords(query);
  }),
  type: repeatable(z.enum(DOCUMENT_TYPES, { message: `must be one of ${DOCUMENT_TYPES.join(', ')}` })),
  month: repeatable(z.string().regex(MONTH_PATTERN, 'must be a month written YYYY-MM, e.g. 2016-07')),
  speaker: repeatable(z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')),
  article: repeatable(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be an article slug (A-Z a-z 0-9 - _, at most 100 characters)')),
  sort: single('sort').transform((value, ctx) => {
    if (value === undefined || value === '') return 'relevance' as SortOption;
    if (!(SORT_OPTIONS as readonly string[]).includes(value)) {
      ctx.addIssue({ code: 'custom', message: `must be one of ${SORT_OPTIONS.join(', ')}` });
      return z.NEVER;
    }
    return value as SortOption;
  }),
  page: wholeNumber('page', 1, 10_000, 1),
  hitsPerPage: wholeNumber('hitsPerPage', 1, MAX_HITS_PER_PAGE, 20),
});

const PARAMETER_NAMES = new Set(Object.keys(SearchQuerySchema.shape));

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

/** Parses Express's `req.query`; throws an INVALID_PARAMETER AppError naming the parameter. */
export function parseSearchRequest(query: unknown): SearchRequest {
  const parsed = SearchQuerySchema.safeParse(withBracketNames(query ?? {}));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? 'query');
    throw new AppError('INVALID_PARAMETER', `Invalid parameter "${parameter}": ${issue.message}`);
  }
  return parsed.data;
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
