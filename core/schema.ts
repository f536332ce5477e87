/**
 * The document schema: the one contract between ingest, the index, the API and the page.
 * The zod schema gives the runtime check; `TimelineDocument` is inferred from it, so the two
 * can never drift apart. The ingest asks a hand-written check of the same rules first
 * (surelyValidDocuments, 14x cheaper than zod's copy of every document); tests/unit/schema-check.test.ts
 * fails should a field of the schema be missing from it.
 */
import { z } from 'zod';

export const DOCUMENT_TYPES = ['event', 'quote', 'passage'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Meilisearch accepts ids of `A-Z a-z 0-9 - _`, at most 511 bytes. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const TimelineDocumentSchema = z.object({
  /** Stable for the same input: derived from the article slug, the type and the position. */
  id: z.string().regex(DOCUMENT_ID_PATTERN),
  type: z.enum(DOCUMENT_TYPES),
  /** Slug of the article the document comes from. */
  article: z.string().min(1),
  articleTitle: z.string(),
  /** Order in the article (0-based, over all documents of the article). */
  position: z.number().int().nonnegative(),
  /** Events: all paragraphs of the entry; quotes: the quoted words; passages: the paragraph. */
  text: z.string().min(1),
  /** `YYYY-MM-DD`, or null when the entry names only a month or lost its date. */
  date: z.string().regex(DATE_PATTERN).nullable(),
  /** `YYYY-MM`, or null outside the timeline and for an entry that names only a year (`Spring 2020`). */
  month: z.string().regex(MONTH_PATTERN).nullable(),
  year: z.number().int().nullable(),
  /** True when the date was inferred (an entry without its own date inherits the month before it). */
  dateApproximate: z.boolean(),
  /** Quotes: who said it, canonical full name; null when no rule attributes it (never a guess). */
  speaker: z.string().nullable(),
  /** Quotes: the id of the event the quote stands in, or null outside the timeline. */
  eventId: z.string().nullable(),
  /** Quotes: the words that attributed the quote (e.g. `Trump Jr replies`), so a reader can judge it. */
  attribution: z.string().nullable(),
  /** The heading the document stands under, if any. */
  section: z.string().nullable(),
  /**
   * Numeric chronological key, YYYYMMDD (day 00 for month-only entries, month and day 00 for
   * year-only ones); null for passages outside the timeline. Sorting by `dateKey` then `position`
   * gives the timeline's own order.
   */
  dateKey: z.number().int().nullable(),
  /**
   * Minutes after midnight of the time the entry's date gives (a live blog's `16.40 GMT`), or null:
   * sorts the entries of one day by time, whatever order the page tells them in.
   */
  minuteOfDay: z.number().int().min(0).max(1439).nullable(),
  /** The entry's date as the article wrote it (`Jun 03`, `March 3, 2021`), or null. */
  dateText: z.string().nullable(),
  /**
   * Quote 0, event 1, passage 2: a ranking tie-break, so a quotation outranks the event that
   * contains the same words (the product answers "who said it" first).
   */
  typeRank: z.number().int().min(0).max(2),
});

/** Every field of a document, in schema order. */
export const DOCUMENT_FIELDS = Object.keys(TimelineDocumentSchema.shape) as Array<keyof z.infer<typeof TimelineDocumentSchema>>;

export const TYPE_RANK: Record<DocumentType, number> = { quote: 0, event: 1, passage: 2 };

export type TimelineDocument = z.infer<typeof TimelineDocumentSchema>;

/** Validates a whole batch; throws a ZodError naming the first bad document and field. */
export const TimelineDocumentListSchema = z.array(TimelineDocumentSchema);

const DOCUMENT_TYPE_SET: ReadonlySet<unknown> = new Set(DOCUMENT_TYPES);

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isIntegerOrNull = (value: unknown) => value === null || isInteger(value);
const matchesOrNull = (value: unknown, pattern: RegExp) => value === null || (typeof value === 'string' && pattern.test(value));

/**
 * True when a document passes TimelineDocumentSchema for certain: its rules checked by hand, as
 * strict or stricter (integers must be safe ones). Zod's check of every document built a copy of
 * each (2-3% of a parse); a document this fails is left to zod, which names the field at fault.
 */
function surelyValidDocument(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const document = value as { [field in keyof TimelineDocument]?: unknown };
  const { id, position, text, minuteOfDay, typeRank } = document;
  return (
    typeof id === 'string' && DOCUMENT_ID_PATTERN.test(id) &&
    DOCUMENT_TYPE_SET.has(document.type) &&
    typeof document.article === 'string' && document.article.length >= 1 &&
    typeof document.articleTitle === 'string' &&
    isInteger(position) && position >= 0 &&
    typeof text === 'string' && text.length >= 1 &&
    matchesOrNull(document.date, DATE_PATTERN) &&
    matchesOrNull(document.month, MONTH_PATTERN) &&
    isIntegerOrNull(document.year) &&
    typeof document.dateApproximate === 'boolean' &&
    isStringOrNull(document.speaker) &&
    isStringOrNull(document.eventId) &&
    isStringOrNull(document.attribution) &&
    isStringOrNull(document.section) &&
    isIntegerOrNull(document.dateKey) &&
    (minuteOfDay === null || (isInteger(minuteOfDay) && minuteOfDay >= 0 && minuteOfDay <= 1439)) &&
    isStringOrNull(document.dateText) &&
    isInteger(typeRank) && typeRank >= 0 && typeRank <= 2
  );
}

/**
 * True when a list of documents passes TimelineDocumentListSchema for certain (see
 * surelyValidDocument); when false, ask the schema, which tells what is wrong.
 */
export function surelyValidDocuments(documents: unknown): boolean {
  return Array.isArray(documents) && documents.every(surelyValidDocument);
}
