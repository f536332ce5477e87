/**
 * The parser's entry point: an article (plain text or HTML) in, event, quote and passage
 * documents out. Pure: no file system, network, clock or logging. Text and HTML differ only in
 * how blocks are read; everything after that is shared.
 */
import { TYPE_RANK, type DocumentType, type TimelineDocument } from '../../core/schema.ts';
import type { Block } from './blocks.ts';
import { withLabelsJoined } from './boilerplate.ts';
import { beginningsNamed, datesNamed, eventsNamed, MONTH_NAMES, movableFeastOn, seasonMonthOf, slashOrderStated, timeOfDate, weekdayOf, withSlashDatesDayFirst, yearsAgoNamed, yearsNamed } from './dates.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { HOLDS_LETTER, OPENS_LOWER_CASE } from './letters.ts';
import { withEntryDatesFirst } from './moved-dates.ts';
import { ArticleNames, intervieweesNamed, withInitialsStopped } from './names.ts';
import { pageDateOfText, type PageDate } from './page-date.ts';
import { findQuotations, isQuotation, withoutQuotations, type QuotationSpan } from './quotes.ts';
import { SpeakerAttributor } from './speakers.ts';
import { textToBlocks } from './text-blocks.ts';
import { segmentArticle, type Segment, type TimelineEntry } from './timeline.ts';
import { assignYears } from './years.ts';

export interface ParseArticleOptions {
  /** Article slug: the `article` field and the prefix of every id. */
  slug: string;
  format: 'text' | 'html';
  /** The year of the last timeline entry, overriding what the article suggests. */
  year?: number;
  /** Overrides the title found in the article. */
  title?: string;
}

export interface ParsedArticle {
  title: string;
  documents: TimelineDocument[];
}

export class ArticleParseError extends Error {
  override name = 'ArticleParseError';
}

interface EntryDate {
  date: string | null;
  month: string | null;
  year: number | null;
  dateKey: number | null;
  minuteOfDay: number | null;
  dateText: string | null;
  dateApproximate: boolean;
}

const NO_DATE: EntryDate = { date: null, month: null, year: null, dateKey: null, minuteOfDay: null, dateText: null, dateApproximate: false };
const pad = (value: number) => String(value).padStart(2, '0');

/** Dates for every entry: years by chronology, undated entries inheriting the month before them. */
function dateEntries(entries: TimelineEntry[], blocks: Block[], yearOption: number | undefined, pageDate: PageDate | null): EntryDate[] {
  const statedOrder = () => blocks.map((block) => slashOrderStated(block.text)).find((order) => order !== null) ?? null;
  const entryDates = withSlashDatesDayFirst(entries.map((entry) => entry.date), statedOrder);
  entries = entries.map((entry, index) => ({ ...entry, date: entryDates[index]! }));
  const dated = entries.filter((entry) => entry.date);
  // The prose's years and dates matter only to a timeline that states no year and has no --year:
  // most do, and reading every block for them costs as much as a tenth of the parse.
  const evidenceNeeded = yearOption === undefined && dated.every((entry) => (entry.date!.year ?? entry.yearHeading) === null);
  const entryMonths = dated.map((entry) => ({
    month: entry.date!.month,
    day: entry.date!.day,
    weekday: weekdayOf(entry.date!.text),
    seasonMonth: entry.date!.month === null ? seasonMonthOf(entry.date!.text) : null,
    statedYear: entry.date!.year ?? entry.yearHeading,
    // The entry's words are evidence too (the events it tells), read by assignYears only then.
    text: evidenceNeeded ? entry.paragraphs.map((paragraph) => paragraph.text).join(' ') : undefined,
  }));
  const fromProse = <T>(read: (text: string) => T[]) => (evidenceNeeded ? blocks.flatMap((block) => read(block.text)) : []);
  const years = assignYears(entryMonths, {
    yearOption,
    // A year inside someone's words is their comparison or memory (`the defences held better than
    // 2015`, `I was here in 2007`), not the story's: an undated timeline is better than a misdated one.
    yearsNamed: fromProse((text) => yearsNamed(withoutQuotations(text))),
    datesNamed: fromProse(datesNamed),
    eventsNamed: fromProse(eventsNamed),
    beginningsNamed: fromProse(beginningsNamed),
    pageDate,
    // The title frames how far back the story is (`Ten years on: …`); a paragraph's `five years
    // ago` is background.
    yearsAgo: evidenceNeeded && pageDate && blocks[0] ? yearsAgoNamed(blocks[0].text) : null,
  });
  let datedIndex = 0;
  let previous: EntryDate = NO_DATE;
  return entries.map((entry) => {
    if (!entry.date) {
      // An entry that lost its date: the month of the entry before, marked approximate.
      previous = { ...previous, date: null, dateText: null, minuteOfDay: null, dateApproximate: true };
      return previous;
    }
    const year = years[datedIndex++] ?? null;
    // `Easter Monday –` with its year by chronology: the feast's own day in that year.
    const { month, day } = (year !== null && movableFeastOn(entry.date.text, year)) || entry.date;
    previous = {
      date: year !== null && month !== null && day !== null ? `${year}-${pad(month)}-${pad(day)}` : null,
      month: year !== null && month !== null ? `${year}-${pad(month)}` : null,
      year,
      dateKey: year !== null ? year * 10_000 + (month ?? 0) * 100 + (day ?? 0) : null,
      minuteOfDay: day !== null ? timeOfDate(entry.date.text) : null,
      dateText: entry.date.text,
      dateApproximate: false,
    };
    return previous;
  });
}

/**
 * A fragment (lower-case start, no closing punctuation) that nobody is said to have said is the
 * author's own phrase in quotation marks (`“what could Donald Trump do for Russia”`), not a quotation.
 */
function isPhrase(text: string): boolean {
  return OPENS_LOWER_CASE.test(text) && !/[.!?…]$/.test(text);
}

function sanitiseSlug(slug: string): string {
  return slug.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200) || 'article';
}

/** Every word's lower-case first letter (used only with replace, so its lastIndex holds nothing). */
const WORD_OPENING_LOWER_CASE = /\b\p{Ll}/gu;
function titleFromSlug(slug: string): string {
  return slug.replace(/[-_]+/g, ' ').replace(WORD_OPENING_LOWER_CASE, (letter) => letter.toUpperCase());
}

/** The documents of one article as they are made, and what making them needs. */
interface ArticleDocuments {
  slug: string;
  title: string;
  documents: TimelineDocument[];
  counters: Record<DocumentType, number>;
  /** The quotations taken so far: a pull quote repeating one is no second quotation. */
  quotedSoFar: Set<string>;
  attributor: SpeakerAttributor;
}

function nextId(out: ArticleDocuments, type: DocumentType): string {
  return `${out.slug}-${type}-${String(++out.counters[type]).padStart(3, '0')}`;
}

/**
 * A document, its fields written out in schema order: built by spreading the article's fields and
 * the entry's date into it, every document cost a copy of each (most of parseArticle's own time).
 */
function documentOf(out: ArticleDocuments, id: string, type: DocumentType, text: string, context: EntryDate, speaker: string | null, eventId: string | null, attribution: string | null, section: string | null): TimelineDocument {
  return {
    id, type, article: out.slug, articleTitle: out.title, position: out.documents.length, text,
    date: context.date, month: context.month, year: context.year, dateKey: context.dateKey, minuteOfDay: context.minuteOfDay, dateText: context.dateText, dateApproximate: context.dateApproximate,
    speaker, eventId, attribution, section, typeRank: TYPE_RANK[type],
  };
}

function addQuote(out: ArticleDocuments, text: string, speaker: string | null, attribution: string | null, context: EntryDate, eventId: string | null, section: string | null): void {
  out.documents.push(documentOf(out, nextId(out, 'quote'), 'quote', text, context, speaker && withInitialsStopped(speaker), eventId, attribution, section));
}

function addQuotes(out: ArticleDocuments, paragraph: Block, previous: Block | undefined, context: EntryDate, eventId: string | null, section: string | null, next?: Block): void {
  const attributor = out.attributor;
  const marked = findQuotations(paragraph.text);
  // `Q. Did you see it?` / `A. I did.`: a transcript's answers, the witness's.
  const answers = paragraph.kind === 'paragraph' && !marked.length ? attributor.witnessAnswers(paragraph.text, previous?.text) : null;
  if (answers) {
    for (const answer of answers) if (isQuotation(answer.text)) addQuote(out, answer.text, answer.speaker, answer.attribution, context, eventId, section);
    return;
  }
  const turn = paragraph.kind === 'paragraph' && !marked.length ? attributor.transcriptTurn(paragraph.text) : null;
  if (turn && isQuotation(turn.text)) {
    addQuote(out, turn.text, turn.speaker, turn.attribution, context, eventId, section);
    return;
  }
  // A blockquote is one quotation, unless it holds quotations of its own: then it is an excerpt
  // (`> The council approved it. Its leader called it “a bridge to be proud of.”`, a pasted
  // story or e-mail) or a quotation with its attribution (`“…,” X said.`), read like any paragraph.
  // Scare quotes around a few words (`the shaft was “perfectly safe”`) are no quotation
  // (findQuotations wants four words), so they make no excerpt.
  const wholeBlock = paragraph.kind === 'blockquote' && marked.length === 0;
  const quotes: QuotationSpan[] = wholeBlock
    ? [{ start: 0, end: paragraph.text.length, text: paragraph.text.replace(/^["“”]+|["“”]+$/g, '').trim() }]
    : marked;
  // A blockquote after a paragraph whose speaking clause is its own quotation's (`“…,” he wrote.`)
  // is no continuation of it: an uncredited one is the author's pull quote, no one's.
  // With its own quotation marks too (`<blockquote>“Surgery is a team sport …”</blockquote>`).
  const closedBefore = paragraph.kind === 'blockquote' && previous !== undefined && previous.kind === 'paragraph' && findQuotations(previous.text).length > 0 && !/:\s*$/.test(previous.text);
  const previousText = previous && previous.kind !== 'heading' && !closedBefore ? previous.text : undefined;
  // A blockquote is attributed like a quotation standing as its own paragraph.
  const attributions = attributor.attribute(wholeBlock ? `“${quotes[0]!.text}”` : paragraph.text,
    wholeBlock ? [{ start: 0, end: quotes[0]!.text.length + 2, text: quotes[0]!.text }] : quotes, previousText, wholeBlock || next?.kind === 'heading' ? undefined : next?.text);
  for (let index = 0; index < quotes.length; index += 1) {
    const quote = quotes[index]!;
    const { speaker, attribution } = attributions[index]!;
    if (!quote.text || (attribution === null && isPhrase(quote.text))) continue;
    // A pull quote repeats words the article quoted already: one quotation, not a second one
    // credited by wherever the pull quote happens to stand.
    if (paragraph.kind === 'blockquote' && out.quotedSoFar.has(quote.text)) continue;
    out.quotedSoFar.add(quote.text);
    addQuote(out, quote.text, speaker, attribution, context, eventId, section);
  }
}

export function parseArticle(source: string, options: ParseArticleOptions): ParsedArticle {
  const slug = sanitiseSlug(options.slug);
  let blocks: Block[];
  let foundTitle: string | undefined;
  let pageDate: PageDate | null;
  if (options.format === 'html') {
    ({ blocks, title: foundTitle, pageDate } = htmlToBlocks(source));
  } else {
    blocks = textToBlocks(source);
    pageDate = pageDateOfText(source);
  }
  blocks = withEntryDatesFirst(withLabelsJoined(blocks));
  // A live blog stamped with times only is of the day the page was published (not last updated).
  const publishedDay = () => {
    const day = options.format === 'html' ? pageDate : pageDateOfText(source, { published: true });
    return day && { ...day, text: `${MONTH_NAMES[day.month - 1]} ${day.day}, ${day.year}` };
  };
  const segments: Segment[] = segmentArticle(blocks, publishedDay);
  const entries = segments.filter((segment): segment is TimelineEntry => segment.kind === 'entry');
  const dates = dateEntries(entries, blocks, options.year, pageDate);
  const entryDates = new Map(entries.map((entry, index) => [entry, dates[index]!] as const));
  foundTitle ??= blocks.find((block) => block.kind === 'heading')?.text;
  const title = options.title ?? foundTitle ?? titleFromSlug(slug);

  // The article's own title is no section heading.
  for (const segment of segments) if (segment.section === title) segment.section = null;

  // A heading in title case capitalises every word, so its runs of capitals are style, not names
  // (`The Hale Trial` made `Hale` stand for `Hale Trial`).
  const names = new ArticleNames(blocks.map((block) => (block.kind === 'heading' && isTitleCase(block.text) ? '' : block.text)));
  const attributor = new SpeakerAttributor(names, intervieweesNamed(blocks.map((block) => block.text)));
  const out: ArticleDocuments = { slug, title, documents: [], counters: { event: 0, quote: 0, passage: 0 }, quotedSoFar: new Set(), attributor };
  const documents = out.documents;

  let previousPassage: Block | undefined;
  let previousSection: string | null = null;
  for (const segment of segments) {
    if (segment.kind === 'entry') {
      attributor.startEntry();
      const context = entryDates.get(segment)!;
      const eventId = nextId(out, 'event');
      const paragraphs = segment.paragraphs;
      documents.push(documentOf(out, eventId, 'event', paragraphs.map((paragraph) => paragraph.text).join('\n\n'), context, null, null, null, segment.section));
      for (let index = 0; index < paragraphs.length; index += 1) {
        // Not `paragraphs[-1]` before an entry's first paragraph: V8 reads a negative index as a
        // property by name (6,000 entries a pass: 0.22 against 0.015 ms in a loop of their own).
        addQuotes(out, paragraphs[index]!, index > 0 ? paragraphs[index - 1] : undefined, context, eventId, segment.section, paragraphs[index + 1]);
      }
      previousPassage = undefined;
      continue;
    }
    if (segment.section !== previousSection) previousPassage = undefined;
    previousSection = segment.section;
    documents.push(documentOf(out, nextId(out, 'passage'), 'passage', segment.block.text, NO_DATE, null, null, null, segment.section));
    addQuotes(out, segment.block, previousPassage, NO_DATE, null, segment.section);
    previousPassage = segment.block;
  }

  if (!documents.length) throw new ArticleParseError('The article yields no documents (no paragraphs outside page furniture)');
  return { title, documents };
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs']);

/** The word's first letter, after any marks, is a capital. */
const FIRST_LETTER_UPPER_CASE = /^[^\p{L}]*\p{Lu}/u;
/** `The Hale Trial`, `How the Bridge Fell`: three words or more, every one but the small ones capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => HOLDS_LETTER.test(word));
  return words.length >= 3 && words.every((word, index) => FIRST_LETTER_UPPER_CASE.test(word) || (index > 0 && SMALL_WORDS.has(word.toLowerCase())));
}
