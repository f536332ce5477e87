/**
 * The date a page says it was published: read before its furniture goes, since the byline and
 * the metadata that carry it are furniture. It anchors the years of a timeline that states none
 * (years.ts): `March 3 —` on a page published on 20 April 2023 is 3 March 2023.
 *
 * Only what a page marks as its own date counts, in the vocabularies publishers use (Open Graph's
 * `article:published_time`, schema.org's `datePublished` in metadata or JSON-LD, a microformat's
 * `dt-published`, `<time pubdate>`), or a full date in the byline or dateline beside the author's
 * name; in plain text, a byline or `Published` line among the article's first lines, or a
 * `Published` line among its last. A date in
 * the story itself is no page date: it may be an entry's.
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import { bylineNamesOf, isBoilerplate, isBylineLine, LONGEST_BYLINE } from './boilerplate.ts';
import { datesNamed, parseStandaloneDate, type ParsedDate } from './dates.ts';
import { boundedText } from './html-story.ts';
import type { HtmlPage } from './html-page.ts';
import { collapseWhitespace } from './normalize-text.ts';

export interface PageDate {
  year: number;
  month: number;
  day: number;
}

/** Metadata naming the first publication (`<meta property="article:published_time" content="2023-03-15T…">`). */
const PUBLISHED_META = /^(?:article:published_time|datepublished|pubdate|publishdate|publish-date|date|dc\.date|dc\.date\.issued|parsely-pub-date)$/i;

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
/** The JSON-LD types a page describes itself by; an embedded video's or event's dates are theirs. */
const PAGE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

/** A stamp of publication by a standard mark: a microformat's or WordPress's class. */
const STAMP_CLASS = /(?:^|\s)(?:dt-published|published|entry-date)(?:$|\s)/;
/** A byline or dateline by its class, which holds the author's name and the page's date. */
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|dateline|article-meta|post-meta|entry-meta|story-meta|post-date|publish(?:ed)?(?:-date)?|(?:last-)?updated|timestamp)(?:$|[\s_-])/i;
/** Where another story's byline stands: a card of related stories, a sidebar, a menu, a footer. */
const ELSEWHERE_TAGS = new Set(['aside', 'nav', 'footer']);
const ELSEWHERE_CLASS = /related|recirc|more-stories|more-from|most-popular|read-next|latest|promo|sidebar|card|teaser|story-item/i;
/** A byline or stamp holds a name and a date, not a paragraph of the story. */
const LONGEST_STAMP = 160;

/**
 * One walk over the page, most standard evidence first: metadata, then the page's own JSON-LD,
 * then the one element marked as the publication stamp (a feed of updates marks each update's
 * own date so, `h-entry`'s `dt-published`), then a byline's date, outside other stories' cards.
 * One walk, because most pages have none of them and a selector query per kind read the whole
 * page each time.
 */
export function pageDateOfHtml($: HtmlPage): PageDate | null {
  const stamps: Element[] = [];
  const bylines: Element[] = [];
  let fromJsonLd: PageDate | null = null;
  // Side by side, a node and whether it stands in another story's card, a menu or a footer: not an object for every node.
  const stack: AnyNode[] = [$.document];
  const stackElsewhere: boolean[] = [false];
  while (stack.length) {
    const node = stack.pop()!;
    let elsewhere = stackElsewhere.pop()!;
    if (node.type === 'tag' || node.type === 'script') {
      const element = node as Element;
      const { attribs } = element;
      if (element.name === 'meta') {
        const kind = attribs['property'] ?? attribs['itemprop'] ?? attribs['name'];
        const date = kind && PUBLISHED_META.test(kind) ? isoDate(attribs['content'] ?? '') : null;
        if (date) return date;
      } else if (element.name === 'script') {
        if (!fromJsonLd && attribs['type'] === 'application/ld+json') fromJsonLd = jsonLdDate($(element).text());
        continue;
      }
      const classes = attribs['class'];
      elsewhere ||= ELSEWHERE_TAGS.has(element.name) || (classes !== undefined && ELSEWHERE_CLASS.test(classes));
      if ((element.name === 'time' && 'pubdate' in attribs) || attribs['itemprop'] === 'datePublished' || (classes && STAMP_CLASS.test(classes))) stamps.push(element);
      else if (!elsewhere && classes && BYLINE_CLASS.test(classes)) bylines.push(element);
    }
    if ('children' in node) {
      const children = node.children as AnyNode[];
      for (let index = children.length - 1; index >= 0; index -= 1) {
        // Elements only, asked by their type: as elementsUnder (html-story.ts) stacks them.
        if (!isTag(children[index]!)) continue;
        stack.push(children[index]!);
        stackElsewhere.push(elsewhere);
      }
    }
  }
  if (fromJsonLd) return fromJsonLd;
  if (stamps.length === 1) {
    const stamp = stamps[0]!;
    const date = isoDate(stamp.attribs['datetime'] ?? stamp.attribs['content'] ?? '') ?? fullDateIn(collapseWhitespace(boundedText(stamp, LONGEST_STAMP * 2) ?? ''));
    if (date) return date;
  }
  for (const byline of bylines) {
    const time = $(byline).find('time[datetime]').first().attr('datetime');
    const date = (time ? isoDate(time) : null) ?? fullDateIn(collapseWhitespace(boundedText(byline, LONGEST_STAMP * 2) ?? ''));
    if (date) return date;
  }
  return null;
}

/**
 * A publication line (`Published 15 March 2023`, `Updated: …`, `Live updates | Last updated …`), a byline (`By Ann Lee, 15 March
 * 2023`: a name after `By`, so not `By 3 March 2021, the council had …`), or names before a
 * separator (`Ann Lee and Dev Patel · Wed 15 Mar 2023`), or a reading time beside the date
 * (`Saturday, April 15, 2023 · 8 min read`).
 */
const PUBLICATION_LINE = /^(?:[\p{L} ]{2,20}\s*[|·•]\s*)?(?:(?:first |last )?(?:published|updated|posted|modified)\b)/iu;
const TEXT_STAMP = [
  PUBLICATION_LINE,
  // Only a date before it: `Previously: …, 11 November 2013 · 6 min read` is another story's card.
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\s*[·|•]\s*\d{1,3}\s*min(?:ute)?s?\s+read$/i,
  /^By\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}/u,
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&))+(?:\s*[·|•–—]|\s-\s)/u,
];
/** The lines of a plain-text article a byline can stand in: before the story's first paragraphs. */
const TEXT_STAMP_LINES = 8;

/**
 * `published`: the day the page was first published, passing over a `Last updated …` stamp (a live
 * blog's last post is on the day it was updated, its first on the day it was published).
 */
export function pageDateOfText(text: string, { published = false } = {}): PageDate | null {
  let seen = 0;
  /**
   * The line right above, when it is not blank: asked whether it is a byline only under a date
   * alone, not for every line (asked of every line, isBylineLine was a third of this reading).
   */
  let lineAbove: string | null = null;
  const lines = text.split('\n', 64);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) {
      lineAbove = null;
      continue;
    }
    // A pasted page's chrome over its story (`Search`, `Menu`, `Local news`) takes none of the lines a byline may stand in.
    if (!isChromeLine(line) && ++seen > TEXT_STAMP_LINES) break;
    // `By Hannah Lowe, Science Correspondent` / `14 February 2022`: the byline's date on the next
    // line, or on the line over it; or the dateline right under the title (isDatelineAt).
    const next = (lines[index + 1] ?? '').trim();
    // A date alone, asked once: the byline's and the stamp's readers below need one.
    const dateAlone = line.length <= 40 && /\d/.test(line) && isDateLine(line);
    const stamped =
      TEXT_STAMP.some((stamp) => stamp.test(line)) ||
      (dateAlone && ((lineAbove !== null && isBylineLine(lineAbove) && setApartBelow(lines, index)) || isBylineLine(next) || isDatelineAt(lines, index) || isBylineDateAt(lines, index) || bylineBlockUnder(lines, index) !== -1)) ||
      isLoneTimestampAt(lines, index);
    const date = stamped && line.length <= LONGEST_STAMP && !(published && UPDATED.test(line)) ? fullDateIn(line) : null;
    if (date) return date;
    lineAbove = line;
  }
  return publicationLineAtEnd(text, published);
}

const UPDATED = /\b(?:updated|modified)\b/i;

/** A site's link: three words at most and no figure (`About us`, `Search`, `Skip to navigation`). */
function isChromeLine(line: string): boolean {
  return CHROME_LINK.test(line);
}
const CHROME_LINK = /^[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}$/u;

/** A clock time and a time zone ending a line: `18.02 BST`, `6:02 p.m. ET`, `09:10 GMT`. */
const CLOCK_AND_ZONE_END = /\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,4}$/;

/**
 * `Tue 14 May 2024 18.02 BST` on a line of its own among a page's first lines, with no other line
 * of a full date after it: the page's timestamp, copied with it (a live blog's posts under it are
 * stamped with times only). A timeline's entries labelled so come several, each with a full date
 * (`14 May 2024 18.02 BST`, `15 May 2024 09.10 BST`): its first is an entry.
 */
function isLoneTimestampAt(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (!CLOCK_AND_ZONE_END.test(line) || !isDateLine(line)) return false;
  for (let after = index + 1; after < lines.length; after += 1) if (isDateLine(lines[after]!.trim())) return false;
  return true;
}

/**
 * A publication line among a plain-text article's last lines, where a page pasted whole keeps it
 * (`Published 8 March 2025` under the story). Only such a line: a byline or a date alone there
 * may be the last entry's.
 */
function publicationLineAtEnd(text: string, published: boolean): PageDate | null {
  for (const line of lastLinesOf(text.slice(-TEXT_TAIL_CHARS), TEXT_STAMP_LINES)) {
    const date = line.length <= LONGEST_STAMP && PUBLICATION_LINE.test(line) && !(published && UPDATED.test(line)) ? fullDateIn(line) : null;
    if (date) return date;
  }
  return null;
}
/**
 * The last `count` (one or more) lines of a text with words, trimmed, in their order: those of
 * `text.split('\n').map(trim).filter(Boolean).slice(-count)`, read from the end (splitting and
 * trimming the whole tail read some 4 KB an article for its last few lines).
 */
export function lastLinesOf(text: string, count: number): string[] {
  const found: string[] = [];
  for (let end = text.length; found.length < count; ) {
    const newline = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
    const line = text.slice(newline + 1, end).trim();
    if (line) found.push(line);
    if (newline === -1) break;
    end = newline;
  }
  return found.reverse();
}

/** How much of a plain-text article's end is read for its publication line. */
const TEXT_TAIL_CHARS = 4096;

/**
 * Whether a blank line follows the line at `index`, or lines of boilerplate and then one: a
 * byline's date over `Share  Tweet  Email` is as set apart from the story as over a blank line.
 */
export function setApartBelow(lines: string[], index: number): boolean {
  // A row of share buttons pasted a label a line (`Share` / `Facebook` / `Email` / `5 min read`) too.
  for (let below = index + 1; below <= index + 1 + FURNITURE_BELOW_DATE; below += 1) {
    const next = (lines[below] ?? '').trim();
    if (next === '') return true;
    if (!isBoilerplate(collapseWhitespace(next))) return false;
  }
  return false;
}
/** How many lines of furniture may stand between a byline's date and the blank line under it. */
const FURNITURE_BELOW_DATE = 6;

/**
 * `By Jane Smith` / a blank line / `14 March 2024` / a blank line: a full date alone under a byline,
 * set apart from both, is the byline's, as one right under it is; unless more dates stand alone
 * below it, as a timeline's set so do (its first entry may follow the byline).
 */
export function isBylineDateAt(lines: string[], index: number): boolean {
  // The line itself first: nearly no line is a date alone.
  if ((lines[index + 1] ?? '').trim() !== '' || !isDateLine(lines[index]!.trim())) return false;
  let above = index - 1;
  while (above >= 0 && lines[above]!.trim() === '') above -= 1;
  if (above === index - 1 || above < 0) return false;
  const byline = collapseWhitespace(lines[above]!);
  if (!isBylineLine(byline) && !(bylineNamesOf(byline)?.bare === false)) return false;
  for (let after = index + 2; after < lines.length; after += 1) if (isDateLine(lines[after]!.trim())) return false;
  return true;
}

/**
 * `Ferry operator fined` / `14 March 2024` / `Share` / `Save` / `Jane Smith` / `Ostbury News` / a
 * blank line: a full date right under a line, over the page's links and its writer's name, a line
 * each, to a blank line, is the page's stamp (a news page copied whole). A timeline's date has
 * its entry's sentence under it. The index of the blank line that ends the stamp's lines, or -1.
 */
export function bylineBlockUnder(lines: string[], index: number): number {
  if (index < 1 || lines[index - 1]!.trim() === '' || (lines[index + 1] ?? '').trim() === '' || !isDateLine(lines[index]!.trim())) return -1;
  let named = false;
  for (let below = index + 1; below <= index + 1 + FURNITURE_BELOW_DATE && below <= lines.length; below += 1) {
    const line = collapseWhitespace(lines[below] ?? '');
    if (line === '') return named ? below : -1;
    const byline = isBylineLine(line) || (line.length <= LONGEST_BYLINE && bylineNamesOf(line) !== null);
    if (!byline && !isChromeLine(line)) return -1;
    named ||= byline;
  }
  return -1;
}

/**
 * `Kettle recall: a timeline` / `2021-09-30` / a blank line: a full date on the line right under
 * the article's first line, set apart from what follows, is its dateline. A timeline's first date
 * under its title runs on into its entry's text, stands apart from the title, or has more dates
 * set the same way below it.
 */
export function isDatelineAt(lines: string[], index: number): boolean {
  if (index < 1 || (lines[index + 1] ?? '').trim() !== '' || lines[index - 1]!.trim() === '') return false;
  for (let before = 0; before < index - 1; before += 1) if (lines[before]!.trim() !== '') return false;
  // `3 March 2020` / blank / `The first case …`, and more dates set so below: a timeline's first entry.
  for (let after = index + 2; after < lines.length; after += 1) if (isDateLine(lines[after]!.trim())) return false;
  return true;
}

/** A line that is a full date and nothing else: `Sunday 19 May 2024`, `14 February 2022`. */
export function isDateLine(line: string): boolean {
  return line.length <= 40 && isFullDate(parseStandaloneDate(line));
}

/** A date alone (parseStandaloneDate's) naming its day and its year: a line of it is a date line. */
export function isFullDate(date: ParsedDate | null): boolean {
  return date !== null && date.day !== null && date.year !== null;
}

/** The `datePublished` of a JSON-LD block's page, itself or in its `@graph`; not an embedded video's. */
function jsonLdDate(json: string): PageDate | null {
  if (!json.includes('datePublished')) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const items = (Array.isArray(data) ? data : [data]).flatMap((item) => (item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown })['@graph']) ? (item as { '@graph': unknown[] })['@graph'] : [item]));
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const { '@type': type, datePublished } = item as { '@type'?: unknown; datePublished?: unknown };
    const types = [type].flat().filter((name): name is string => typeof name === 'string');
    if (typeof datePublished === 'string' && types.some((name) => PAGE_TYPES.test(name))) return isoDate(datePublished);
  }
  return null;
}

function isoDate(value: string): PageDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

/**
 * A stamp's date with the year first: ISO's `2024-03-02`, and as East Asian pages stamp theirs,
 * `2024.03.02`, `2024/3/2`.
 */
const YEAR_FIRST_STAMP = /\b((?:1[89]|2[01])\d{2})([-./])(\d{1,2})\2(\d{1,2})(?!\d)/;

/** `14.11.2023`: a Central European stamp, day first as dots always are. */
const DAY_FIRST_DOTTED_STAMP = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:1[89]|2[01])\d{2})(?!\d)/;

/** The first full date (day, month and year) a short stamp names: `Published … · Updated …` was published then. */
function fullDateIn(text: string): PageDate | null {
  if (!text || text.length > LONGEST_STAMP) return null;
  const named = datesNamed(text).find((date): date is PageDate => date.day !== null);
  if (named) return named;
  const stamp = YEAR_FIRST_STAMP.exec(text);
  if (stamp) return isoDate(`${stamp[1]}-${stamp[3]!.padStart(2, '0')}-${stamp[4]!.padStart(2, '0')}`);
  const dotted = DAY_FIRST_DOTTED_STAMP.exec(text);
  return dotted ? isoDate(`${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`) : null;
}
