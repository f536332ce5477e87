/**
 * HTML → blocks, with cheerio. Takes the story's element (html-story.ts drops the page's
 * furniture and picks it), then walks the tree turning block elements into blocks. `<br>` splits a paragraph, because pages
 * often write `<p><b>Jun 16</b><br>Text…</p>`; empty paragraphs and rules widen the next gap.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block, BlockKind } from './blocks.ts';
import { bylineNamesOf, isBoilerplate, isBylineLine, isCommentsHeading, isKickerLabel, isNamesOnly } from './boilerplate.ts';
import { creditedQuotation, splitCredit, withCredits } from './credits.ts';
import { parseDayInFiguresAlone, parseLeadingDate, parseLeadingTime, parseRelativeLabel, parseStandaloneDate, YEAR_ALONE } from './dates.ts';
import { loadPage, releasePage, type HtmlPage } from './html-page.ts';
import { boundedText, isColumnLabels, prepareStory, textOf } from './html-story.ts';
import { OPENS_LETTER, OPENS_UPPER_CASE } from './letters.ts';
import { collapseWhitespace, normalizeText, spacedAtEdge, spacedWords } from './normalize-text.ts';
import { CITATION_MARK_CHARACTER, withoutCitationMarks } from './markdown.ts';
import { isDateLine, pageDateOfHtml, pageDateOfText, type PageDate } from './page-date.ts';

const BLOCK_KIND: Record<string, BlockKind> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', td: 'paragraph', th: 'paragraph',
  dt: 'paragraph', dd: 'paragraph', pre: 'paragraph', address: 'paragraph', center: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', blockquote: 'blockquote',
};
/** Inline elements that set a leading date apart. */
const EMPHASIS = new Set(['strong', 'b', 'em', 'i', 'time', 'span', 'mark', 'u', 'a']);
/** Bold, the way a page sets an entry's label apart. */
const BOLD = new Set(['strong', 'b']);
/** How many of the story's first lines are read for a byline's stamp (as TEXT_STAMP_LINES in plain text). */
const TOP_LINES_FOR_STAMP = 8;

const CONTAINERS = new Set(['article', 'main', 'body', 'html', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'details', 'summary']);
/** Lists and tables: a timeline written in one ends with it (see Block.structure). */
const STRUCTURES = new Set(['ul', 'ol', 'dl', 'table']);

/** Elements a page repeats as the rows of a timeline of its own making: accordions, cards, rows of divs. */
const ROW_ELEMENTS = new Set(['details', 'div', 'section', 'article']);

/**
 * A container whose children are all rows of one kind (`<details>` after `<details>`, `div.tl-row`
 * after `div.tl-row`), or all paragraphs opening with a date (`<p><strong>12 January 2024</strong>
 * – …</p>`), under the container's own heading if it has one (`<section><h2>The vote</h2>…`): a
 * timeline set in it ends with it, as one in a list or table does, so the story's closing
 * paragraph after it is no entry's. Not a story's own container of paragraphs.
 */
function holdsRepeatedRows(element: Element): boolean {
  if (element.name !== 'div' && element.name !== 'section') return false;
  let rows = element.children.filter((child): child is Element => child.type === 'tag');
  if (rows.length > 2 && SECTION_HEADINGS.has(rows[0]!.name)) rows = rows.slice(1);
  if (rows.length < 2) return false;
  if (rows[0]!.name === 'p') return rows.every(opensWithDate);
  if (!ROW_ELEMENTS.has(rows[0]!.name)) return false;
  const [name, className] = [rows[0]!.name, rowKind(rows[0]!)];
  return rows.every((row) => row.name === name && rowKind(row) === className);
}
const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** The separator after a date set in bold, or a comma (`<b>June 16, 2015</b>, Trump announces …`). */
export const AFTER_BOLD_DATE = /^\s*[:,—–|.-]\s*/;

/**
 * A text without the separator opening it (AFTER_BOLD_DATE), as `text.replace(AFTER_BOLD_DATE, '')`
 * gives it, by a slice: replace copied the rest of the paragraph's text (each dated paragraph's),
 * which the walk then copies again when it joins its text.
 */
export function withoutBoldDateSeparator(text: string): string {
  const separator = AFTER_BOLD_DATE.exec(text);
  return separator ? text.slice(separator[0].length) : text;
}

/**
 * `<b>Nov. 9</b>, two days later: The recount begins`: a gloss of when after the bold date and a
 * comma is read with the date, as the paragraph's opening (parseLeadingDate), not as an entry of
 * its own told from the one before.
 */
function glossAfterBoldDate(whole: string, leadText: string): boolean {
  return whole.charAt(leadText.length) === ',' && parseLeadingDate(whole) !== null;
}

/** A paragraph opening with a date: in an element of its own (`<strong>12 January 2024</strong>`) or in its first words. */
function opensWithDate(row: Element): boolean {
  if (row.name !== 'p') return false;
  const lead = row.children.find((child) => child.type !== 'text' || (child as unknown as { data: string }).data.trim() !== '');
  if (!lead) return false;
  if (isText(lead)) return parseLeadingDate(collapseWhitespace(lead.data)) !== null;
  const leadText = boundedText(lead, 64);
  return leadText !== null && parseStandaloneDate(collapseWhitespace(leadText)) !== null;
}

/** A row's classes without the ones that alternate from row to row (`timeline-left`, `odd`, `is-reversed`). */
function rowKind(row: Element): string {
  return (row.attribs['class'] ?? '')
    .split(/\s+/)
    .filter((word) => word && !/(?:^|[-_])(?:left|right|odd|even|reversed?|alt|alternate|first|last)$/i.test(word))
    .join(' ');
}

const DASHES = /^\s*[—–―-]+\s*/;
/** What may follow a number in the same word: `2nd`, `14th`. */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;

/**
 * The credit closing a blockquote, if any: a last `<cite>` (or `<footer>`, renamed so before page
 * furniture goes), or a last short paragraph, `<div>` or `<span>` opening with a dash (`<p>—
 * Governor Tom Wolf</p>`, `<div class="quote-credit">— Dana Reyes, chief executive</div>`).
 * Only the last child: a `<cite>` inside the quoted words names a work, not the speaker.
 */
function blockquoteCredit(blockquote: Element): Element | undefined {
  const last = blockquote.children.filter((child): child is Element => child.type === 'tag').at(-1);
  if (!last || last === blockquote.children.find((child) => child.type === 'tag')) return undefined;
  const name = last.name.toLowerCase();
  if (name === 'cite') return last;
  const text = textOf(last);
  return (name === 'p' || name === 'div' || name === 'span') && DASHES.test(text) && text.length <= 120 ? last : undefined;
}

export interface HtmlArticle {
  title: string | undefined;
  blocks: Block[];
  /** The date the page says it was published, read before its byline and metadata go. */
  pageDate: PageDate | null;
}

/**
 * True when the node holds any text that is not white space: what `collapseWhitespace($(node).text())
 * !== ''` says, without building the text of the whole subtree at every level of nesting.
 */
function hasVisibleText(node: AnyNode): boolean {
  if (node.type === 'text') return /\S/.test((node as unknown as { data: string }).data);
  // Comments hold no text; tags, CDATA and documents hold their children's (as domutils' textContent).
  if (node.type === 'comment' || !('children' in node)) return false;
  return (node.children as AnyNode[]).some(hasVisibleText);
}

/**
 * Browsers stop nesting elements at 512 levels (Blink's HTML parser); the page's walk below, and
 * cheerio's own, recurse once per level, and 2,000 nested `<div>`s overflowed the stack. Below
 * this depth an element keeps only its text, read without recursion.
 */
const MAX_NESTING = 400;

/**
 * Flattens the elements MAX_NESTING levels down and deeper. Recursive, since it never goes deeper
 * than MAX_NESTING: a pending list of node and depth pairs cost an allocation for every node of
 * every page.
 */
function flattenDeepNesting($: HtmlPage, node: AnyNode = $.document, depth = 0): void {
  if (!('children' in node)) return;
  const children = node.children as AnyNode[];
  if (depth < MAX_NESTING) {
    for (const child of children) flattenDeepNesting($, child, depth + 1);
  } else if (children.some((child) => 'children' in child)) {
    $(node).text(textWithoutRecursion(node));
  }
}

/** How many lines of a site's menu and sections may stand over a headline set in bold. */
const MENU_LINES_OVER_HEADLINE = 8;

/** The site's name after a title's separator: `Story | Site`, `Story - Wikipedia`. */
const SITE_AFTER = /\s+[|–—-]\s+[^|–—]+$/;

/** A `<q>` whose text brings its own marks (`<q>“…”</q>`), or that the page set in marks, gets no more. */
const QUOTE_MARK_FIRST = /^\s*["“‘«„]/;
const QUOTE_MARK_LAST = /["“‘«„]\s*$/;

/** True when the text so far leaves a quotation open (`“My manager told me <q>…</q>`): a `<q>` in it takes single marks. */
function insideQuotation(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const character of text) {
    if (character === '“') curly += 1;
    else if (character === '”') curly -= 1;
    else if (character === '"') straight += 1;
  }
  return curly > 0 || straight % 2 === 1;
}

/** The text of a subtree in document order, words of different elements kept apart by a space. */
function textWithoutRecursion(root: AnyNode): string {
  const parts: string[] = [];
  const pending: AnyNode[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    else if ('children' in node) {
      parts.push(' ');
      for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index] as AnyNode);
    }
  }
  return parts.join('');
}

/** What names an element a kicker: `<span class="kicker">`, `eyebrow`, `rubric`, `flag`. */
const KICKER_CLASS = /kicker|eyebrow|rubric|flag|label|category/i;

/** A headline's child that is its kicker, by its class or by its words. */
function isKicker(child: AnyNode): boolean {
  return child.type === 'tag' && (KICKER_CLASS.test((child as Element).attribs['class'] ?? '') || isKickerLabel(collapseWhitespace(textOf(child))));
}

/**
 * A headline's text without a kicker set inside it (`<h1><span class="kicker">EXCLUSIVE</span>
 * Council leader quits</h1>`, `<h1><span>Analysis</span>Council …</h1>`): the kicker is no word
 * of the title. A headline that is only its kicker's words stays whole.
 */
function headlineText(element: Element | undefined): string {
  if (!element) return '';
  const whole = collapseWhitespace(textOf(element));
  // Each child asked once: asking reads its text.
  const kept = element.children.filter((child) => !isKicker(child));
  if (kept.length === element.children.length) return whole;
  const rest = collapseWhitespace(kept.map(textOf).join(''));
  return rest || whole;
}

/**
 * `<span>March</span> <span>14</span>, <span>2021</span> — …`: the date runs on past the element
 * set apart, and the paragraph opens with all of it. Asked last: reading the paragraph's date is
 * dearer than the other tests.
 */
function dateRunsOn(whole: string, leadText: string): boolean {
  return (parseLeadingDate(whole)?.date.text.length ?? 0) > leadText.length;
}

/** The elements that may give a page its title, found in one walk of the page rather than a selector query each. */
interface TitleElements {
  /** The first `<title>`. */
  title?: Element;
  /** Every `<h1>`, in document order. */
  headlines: Element[];
  /** The first `<h1>` inside an `<article>` or `<main>` (`article h1, main h1`). */
  storyHeadline?: Element;
  /** The first `.MsoTitle`, `p.title` or `div.title`. */
  styledTitle?: Element;
  /** The first `<meta property="og:title">`. */
  openGraphTitle?: Element;
}

function titleElements($: HtmlPage): TitleElements {
  const found: TitleElements = { headlines: [] };
  // Side by side, a node and whether it is inside an <article> or <main>: not a pair for every node.
  const pending: AnyNode[] = [$.document];
  const pendingInStory: boolean[] = [false];
  while (pending.length) {
    const node = pending.pop()!;
    const inStory = pendingInStory.pop()!;
    if (!('children' in node)) continue;
    let childrenInStory = inStory;
    if (isTag(node)) {
      const { name, attribs } = node;
      if (name === 'title') found.title ??= node;
      else if (name === 'h1') {
        found.headlines.push(node);
        if (inStory) found.storyHeadline ??= node;
      } else if (name === 'meta' && attribs['property'] === 'og:title') found.openGraphTitle ??= node;
      else if (name === 'article' || name === 'main') childrenInStory = true;
      if (!found.styledTitle && attribs['class'] !== undefined && isStyledTitle(name, attribs['class'])) found.styledTitle = node;
    }
    const children = node.children as AnyNode[];
    for (let index = children.length - 1; index >= 0; index -= 1) {
      // Elements only, asked by their type: as elementsUnder (html-story.ts) stacks them.
      if (!isTag(children[index]!)) continue;
      pending.push(children[index]!);
      pendingInStory.push(childrenInStory);
    }
  }
  return found;
}

/** `.MsoTitle, p.title, div.title`, by an element's name and class attribute. */
function isStyledTitle(name: string, classes: string): boolean {
  return classes.split(/\s+/).some((word) => word === 'MsoTitle' || (word === 'title' && (name === 'p' || name === 'div')));
}

function isHeading(block: Block): boolean {
  return block.kind === 'heading';
}

/** How many blocks are not headings. A module function, not a closure made for each block. */
function storyBlocks(blocks: Block[]): number {
  return blocks.filter((block) => !isHeading(block)).length;
}

/** Ends with a letter, in any script. */
const ENDS_LETTER = /\p{L}$/u;

/** `3 March 2021<tab>Council lists…`: what stands before a tab, and the tab. */
const BEFORE_TAB = /^\s*([^\t]{3,40}?)\s*\t\s*(?=\S)/;
/** The white space of `\s` but the plain space (UNTIDY_SPACE's `[^\S ]`), written out to join another class. */
const WHITE_SPACE_BUT_PLAIN = '\\t-\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/**
 * A character blockText may change: a citation mark's, or white space collapsing would change (a
 * tab among it). Not a leading or trailing space, tested apart as collapseWhitespace does. What
 * `${CITATION_MARK_CHARACTER.source}|${UNTIDY_SPACE.source}` finds, its two classes of one
 * character made one: V8 tried three alternatives at every character, 215 ns a page text against
 * 150 (a microbenchmark of the page texts).
 */
export const MAY_CHANGE_IN_BLOCK = new RegExp(`[${CITATION_MARK_CHARACTER.source.slice(1, -1)}${WHITE_SPACE_BUT_PLAIN}]| \\s`);

/**
 * A block's text as the page's walk keeps it: a date before a tab opens the entry as a dash would,
 * citation marks typed into the text (`[12]`, `[citation needed]`, `unsafe.¹`) go, as in plain
 * text, and white space is collapsed. Most texts need none of it, and one scan tells: the tab, the
 * marks and the white space were three scans and a test of each text (in a microbenchmark of the
 * page texts, a quarter less time).
 */
export function blockText(text: string): string {
  if (!MAY_CHANGE_IN_BLOCK.test(text) && !spacedAtEdge(text)) return text;
  const tabbed = text.includes('\t') ? BEFORE_TAB.exec(text) : null;
  return collapseWhitespace(withoutCitationMarks(tabbed && parseStandaloneDate(tabbed[1]!) ? `${tabbed[1]} — ${text.slice(tabbed[0].length)}` : text));
}
export function htmlToBlocks(html: string): HtmlArticle {
  const $ = loadPage(normalizeText(html));
  flattenDeepNesting($);
  // The title first: the article's own <h1> often sits in a <header> that is furniture below.
  // A <title> usually ends with the site's name: `Story | Site`, `Story - Wikipedia`.
  const titles = titleElements($);
  const titleText = collapseWhitespace(titles.title ? textOf(titles.title) : '');
  const pageTitle = titleText.replace(SITE_AFTER, '');
  // Word and Google Docs set their sections in <h1>s and the title in a styled paragraph
  // (`<p class=MsoTitle>`, `.title`): with several different <h1>, that paragraph or the page's
  // <title> is the article's title and every <h1> a section.
  const headings = new Set(titles.headlines.map(headlineText));
  const styledTitle = headings.size >= 2 ? collapseWhitespace(titles.styledTitle ? textOf(titles.styledTitle) : '') : '';
  const heading = headings.size >= 2 ? styledTitle || pageTitle : headlineText(titles.storyHeadline) || headlineText(titles.headlines[0]);
  // Without an <h1> (a headline set in bold), the page's Open Graph title names the story alone;
  // its <title> may put the site first (`Gresham County Ledger - The Ward 3 recount`).
  const openGraphTitle = heading ? '' : collapseWhitespace(titles.openGraphTitle?.attribs['content'] ?? '').replace(SITE_AFTER, '');
  let title = heading || openGraphTitle || pageTitle || undefined;
  // `Gresham County Ledger - The Ward 3 recount`: a side of the <title>'s separator of four words or
  // more may be the story's; a site's name or a section's (`Local News`) is shorter.
  const storyParts = heading || openGraphTitle ? [] : titleText.split(/\s+[|–—-]\s+/).filter((part) => spacedWords(part) >= 4);
  const pageDate = pageDateOfHtml($);
  const body = prepareStory($);

  const blocks: Block[] = [];
  let gap = 1;
  let structure: number | undefined;
  let structures = 0;
  let inline = '';
  let inlineKind: BlockKind = 'paragraph';
  /** The rank of the `<h1>`–`<h6>` being read, if any. */
  let headingLevel: number | undefined;
  /** Whether the line just read was a byline over the story, dropped at a `<br>`. */
  let lastByline = false;
  let atLineBreak = false;

  /** The story's first lines, furniture included: a byline's stamp among them dates a page with no date in its markup. */
  const linesAtTop: string[] = [];
  /** Whether the readers' comments' heading has been read: what follows is theirs, not the story's. */
  let commentsReached = false;
  const emit = (text: string, kind: BlockKind) => {
    if (commentsReached) return;
    const clean = blockText(text);
    if (!clean) return;
    // WordPress's `<h2>2 thoughts on “…”</h2>` over comments its theme names no way furniture is
    // known by: readers' words, however dated and quoted, end the story as in plain text.
    if (kind === 'heading' && isCommentsHeading(clean)) {
      commentsReached = true;
      return;
    }
    // `<p class="section">Politics</p>`, `<p>EXCLUSIVE</p>` over the headline: a kicker, before any of the story.
    // `<p>Jane Doe and Tom Reid</p>` there too (`Jane Doe in Brussels`, `Jane Doe, Bureau Chief`): names alone over the story are its byline (a
    // name heading, `<h3>Harriet Oduya</h3>`, is a section's). Where it stands is asked first: once the
    // story has begun, no line is over its headline, and the words need not be read.
    const overHeadline = kind === 'paragraph' && blocks.every(isHeading) && (isKickerLabel(clean) || isNamesOnly(clean) || bylineNamesOf(clean) !== null);
    // The headline set in bold rather than an <h1>, over the story (after a menu's few lines at most):
    // the title. The lines over it are counted only for a line that could be it, not for every block.
    if ((clean === title && storyBlocks(blocks) === 0) || (storyParts.includes(clean) && storyBlocks(blocks) < MENU_LINES_OVER_HEADLINE)) {
      title = clean;
      return;
    }
    // `By Wendell Harms, Gazette Staff Writer<br>Thursday, April 11, 2024` over the story: the
    // byline's date, on its next line in the same paragraph, goes with it. Not a date in a
    // paragraph of its own after a dispatch's `By Tom Reid`: the next entry's.
    const bylineBefore = lastByline;
    lastByline = false;
    if (bylineBefore && isDateLine(clean)) return;
    if (linesAtTop.length < TOP_LINES_FOR_STAMP) linesAtTop.push(clean);
    if (!overHeadline && !isBoilerplate(clean)) {
      const block: Block = structure === undefined ? { kind, text: clean, gapBefore: gap } : { kind, text: clean, gapBefore: gap, structure };
      if (kind === 'heading' && headingLevel !== undefined) block.level = headingLevel;
      blocks.push(block);
    } else lastByline = atLineBreak && blocks.every(isHeading) && (isBylineLine(clean) || isNamesOnly(clean));
    gap = 1;
  };
  const flushInline = () => {
    const text = inline;
    inline = '';
    emit(text, inlineKind);
  };

  /** True between the end or start of an inline element and the next text. */
  let elementEdge = false;
  /** `<q>` elements open around the text being read. */
  let quoteDepth = 0;
  const walk = (node: AnyNode, kind: BlockKind) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      // `<span>14</span><span>Mar</span><span>2021</span>`: parts of a date set in elements of
      // their own, which the page lays out apart, are words apart (not `14Mar2021`).
      if (elementEdge && data && ((/\d$/.test(inline) && OPENS_LETTER.test(data) && !ORDINAL_SUFFIX.test(data)) || (ENDS_LETTER.test(inline) && /^\d/.test(data)))) inline += ' ';
      inline += data;
      elementEdge = false;
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (name === 'br') {
      atLineBreak = true;
      flushInline();
      atLineBreak = false;
      return;
    }
    if (name === 'hr') {
      flushInline();
      gap += 1;
      return;
    }
    // Word's tab (`<span style='mso-tab-count:1'>`) sets a date apart from the entry's text.
    if (name === 'span' && /mso-tab-count/i.test(element.attribs['style'] ?? '')) {
      inline += '\t';
      return;
    }
    const blockKind = BLOCK_KIND[name];
    if (blockKind === undefined && !CONTAINERS.has(name)) {
      // Not sub- and superscripts: `CO<sub>2</sub>`, `2<sup>nd</sup>` are one word.
      const apart = name !== 'sub' && name !== 'sup';
      if (apart) elementEdge = true;
      // A browser sets `<q>` in quotation marks of its own (single inside double): the quotation
      // is only one with them. Not when the page typed its own marks (`“<q>…</q>”`, `<q>“…”</q>`).
      const marks = name === 'q' && !QUOTE_MARK_LAST.test(inline) && !QUOTE_MARK_FIRST.test(textWithoutRecursion(element)) ? (quoteDepth % 2 || insideQuotation(inline) ? ['‘', '’'] : ['“', '”']) : null;
      if (marks) {
        inline += marks[0];
        quoteDepth += 1;
      }
      for (const child of element.children) walk(child, kind);
      if (marks) {
        inline += marks[1];
        quoteDepth -= 1;
      }
      if (apart) elementEdge = true;
      return;
    }
    // A block element: what came before it is a paragraph of its own.
    flushInline();
    const childKind = blockKind === undefined || blockKind === 'paragraph' ? kind : blockKind;
    if (blockKind !== undefined && !hasVisibleText(element)) {
      if (name === 'p') gap += 1;
      return;
    }
    if ((name === 'h1' || (styledTitle && name === 'p')) && (name === 'h1' ? headlineText(element) : collapseWhitespace(textOf(element))) === title) return;
    if (name === 'tr' && isColumnLabels(element)) return;
    const credit = name === 'blockquote' ? blockquoteCredit(element) : undefined;
    if (credit) {
      // One paragraph, `“…” — Name`, which the speaker rules read like any credited quotation.
      const words = collapseWhitespace(element.children.filter((child) => child !== credit).map(textOf).join(' '));
      emit(creditedQuotation(words, collapseWhitespace(textOf(credit)).replace(DASHES, '')), 'paragraph');
      return;
    }
    // An embedded post: its credit is loose text after the post's paragraph (`</p>&mdash; Olu
    // Benn MP (@OluBennMP) <a>March 14, 2023</a>`).
    const embedded = name === 'blockquote' ? splitCredit(collapseWhitespace(textOf(element))) : null;
    if (embedded) {
      emit(creditedQuotation(embedded.words, embedded.credit), 'paragraph');
      return;
    }
    if ((STRUCTURES.has(name) || holdsRepeatedRows(element)) && structure === undefined) {
      structures += 1;
      structure = structures;
      walkChildren(element, kind, childKind);
      structure = undefined;
      return;
    }
    const rank = /^h[1-6]$/.test(name) ? Number(name[1]) : undefined;
    if (rank === undefined) {
      walkChildren(element, kind, childKind);
      return;
    }
    const outer = headingLevel;
    headingLevel = rank;
    walkChildren(element, kind, childKind);
    headingLevel = outer;
  };

  /** The inside of a block element: its leading date set apart, then its children, as blocks. */
  const walkChildren = (element: Element, kind: BlockKind, childKind: BlockKind) => {
    inlineKind = childKind;
    // `<p><strong>June 16, 2015</strong> Trump announces…</p>`: a date set in bold at the start of a
    // paragraph is the entry's date even without a separator, so it becomes a block of its own.
    const lead = element.children.find((child) => child.type !== 'text' || (child as unknown as { data: string }).data.trim() !== '');
    if (lead && lead.type === 'tag' && EMPHASIS.has((lead as Element).name.toLowerCase())) {
      const leadText = collapseWhitespace(textOf(lead));
      // The whole paragraph's text, read only for a lead that may be an entry's date or label: a
      // paragraph opening with a link, a span or words in bold (`<strong>Note:</strong> …`) is not
      // read twice over for nothing. The tests below are pure, so reading it late changes no answer.
      let whole: string | undefined;
      // A bold year before text in capitals (`<strong>2016</strong> New stand opens.`), not a count (`<strong>2000</strong> sandbags`).
      const year = YEAR_ALONE.test(leadText) && OPENS_UPPER_CASE.test((whole = collapseWhitespace(textOf(element))).slice(leadText.length).replace(/^[\s:—–|.-]+/, ''));
      // A moment told from the entry before, set in bold as the dates are (`<li><strong>Later that
      // day</strong> The governor …`): a label, as it would be before a colon.
      const label = BOLD.has((lead as Element).name.toLowerCase()) && parseRelativeLabel(leadText)?.rest === null;
      const opensEntry = parseStandaloneDate(leadText) || year || label || parseLeadingTime(leadText)?.rest === null || parseDayInFiguresAlone(leadText);
      const entryText = opensEntry ? (whole ?? collapseWhitespace(textOf(element))) : undefined;
      if (entryText !== undefined && entryText !== leadText && !dateRunsOn(entryText, leadText) && !glossAfterBoldDate(entryText, leadText)) {
        emit(leadText, 'paragraph');
        const dateBlock = blocks.at(-1);
        if (dateBlock?.text === leadText) dateBlock.opensNext = true;
        // The separator that followed the date (`: `, `— `) belongs to neither block: taken from
        // the text right after the date, before a block inside the item (`<li><b>Sept. 14</b> — …
        // <p>…</p></li>`) flushes it, and from what the walk gathered; so is a comma before a gloss
        // of when (`<b>Nov. 6</b>, the morning after – …`), which the text keeps.
        const after = element.children[element.children.indexOf(lead) + 1];
        if (after && isText(after)) after.data = withoutBoldDateSeparator(after.data);
        for (const child of element.children) if (child !== lead) walk(child, childKind);
        inline = withoutBoldDateSeparator(inline);
        flushInline();
        inlineKind = kind;
        return;
      }
    }
    for (const child of element.name.toLowerCase() === 'tr' ? dateCellFirst(element) : element.children) walk(child, childKind);
    inlineKind = childKind;
    flushInline();
    inlineKind = kind;
  };

  /**
   * A table row's cells with its date cell first, when it has one: `1.0 | 2015-01-20 | First public
   * release` is the entry of 20 January 2015, and read in order its `1.0` joined the entry of the
   * row before. A row of several dates (`Born | Joined`) is left as it is: which one is the row's
   * would be a guess.
   */
  const dateCellFirst = (row: Element): AnyNode[] => {
    const cells = row.children.filter((child): child is Element => child.type === 'tag');
    const dated = cells.flatMap((cell, index) => (parseStandaloneDate(collapseWhitespace(textOf(cell))) ? [index] : []));
    if (dated.length !== 1 || dated[0] === 0) return row.children;
    const dateCell = cells[dated[0]!]!;
    return [dateCell, ...row.children.filter((child) => child !== dateCell)];
  };

  walk(body, 'paragraph');
  flushInline();
  // `<p class="meta">Club Media · 21 May 2024</p>`: a stamp among the first lines, as plain text's
  // is read (the line itself is furniture, and its year would otherwise be lost).
  releasePage($);
  return { title, blocks: withCredits(blocks), pageDate: pageDate ?? pageDateOfText(linesAtTop.join('\n\n')) };
}
