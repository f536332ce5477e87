/**
 * What of an HTML page is the story: drops page furniture (scripts, navigation, headers, footers,
 * asides, forms, comment sections, photos and captions, share widgets, bylines and stamps, pull
 * quotes that repeat the story, lists of links), puts what the page arranged oddly back in reading
 * order (figures that hold a table or a quotation, cards that print their date last, a live blog's
 * `<time datetime>` stamps), and picks the element that holds the story. Mutates the page; the
 * walk to blocks (html-blocks.ts) reads what is left.
 */
import type { Cheerio } from 'cheerio';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { MONTH_NAMES, parseLeadingTime, parseStandaloneDate, type ParsedDate } from './dates.ts';
import { PARTICLES } from './names.ts';
import type { HtmlPage } from './html-page.ts';
import { collapseWhitespace, spacedWords } from './normalize-text.ts';

/**
 * Page furniture by its element, role, id, class or attributes. Matched in one walk of the page
 * (isFurniture) rather than by a selector list: css-select tried every selector of the list on
 * every element, a tenth of an HTML parse. Names are compared as css-select does here (no quirks
 * mode): exactly.
 */
const FURNITURE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'label',
  'figure', 'figcaption', 'picture', 'img', 'video', 'audio',
  // AMP's own elements for the same: ads, shares, menus, consent notices, frames and media (not an
  // embedded post, `<amp-twitter>`, whose placeholder holds the post's words).
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-social-share', 'amp-sidebar', 'amp-consent',
  'amp-user-notification', 'amp-iframe', 'amp-img', 'amp-video', 'amp-youtube',
]);
const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search',
  // A page's footnotes, their marks and their links back (DPUB-ARIA, which Markdown renderers set).
  'doc-endnotes', 'doc-footnote', 'doc-noteref', 'doc-backlink',
]);
const FURNITURE_IDS = new Set(['comments', 'respond', 'toc', 'disqus_thread']);
/** Readers' comments by the names themes give them: `comments-section`, `comment_thread`, `discussion-area`. */
const COMMENTS_CLASS = /^(?:comments?|discussion)[-_](?:section|area|list|container|wrapper|block|thread|box|widget)$/;
const FURNITURE_CLASSES = new Set([
  'comments', 'comment', 'comment-respond', 'comments-area', 'comment-list',
  'wp-caption-text', 'caption', 'credit', 'image-credit', 'photo-credit',
  'screen-reader-text', 'sr-only', 'visually-hidden',
  // A page's calls to action (`Join 40 million thinkers … Get started free`).
  'cta', 'call-to-action',
  // MediaWiki's apparatus: `[edit]` links, navigation boxes, categories (citation marks are `sup.reference`).
  'mw-editsection', 'noprint', 'navbox', 'catlinks', 'mw-jump-link',
  'infobox', 'hatnote', 'ambox', 'metadata', 'toc', 'reflist', 'thumb',
  // Its reference lists without a `reflist` around them (`<ol class="references">`, a wiki's
  // `refbegin` bibliography), and their links back.
  'references', 'mw-references-wrap', 'refbegin', 'mw-cite-backlink',
  // Word's "Save as HTML" comment marks.
  'msocomanchor',
  // A page's footnotes (Markdown renderers' `<section class="footnotes">`, Substack's `footnote`),
  // their marks and their links back.
  'footnotes', 'footnote', 'footnote-ref', 'footnote-backref',
  // WordPress's footnote plugins: marks, a note shown inline, and the list at the end.
  'easy-footnote', 'easy-footnote-margin-adjust', 'easy-footnotes-wrapper', 'modern-footnotes-footnote', 'modern-footnotes-footnote__note', 'wp-block-footnotes',
]);
/** Word's footnote, endnote and comment marks (`<a href="#_ftn1">`). */
const WORD_NOTE_LINK = /^#_(?:ftn|edn|msocom)|^#cmnt\d+$/;
/** A Google Docs comment's link and its back link: `#cmnt1`, `#cmnt_ref1`. */
const GOOGLE_COMMENT_LINK = /^#cmnt(?:_ref)?\d+$/;
/** Word's footnotes, endnotes and reviewers' comments. */
const WORD_NOTE_LIST = /mso-element:(?:footnote|endnote|comment)-list/;

function isFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.name)) return true;
  const { attribs } = element;
  if ((attribs['role'] !== undefined && FURNITURE_ROLES.has(attribs['role'])) || attribs['aria-hidden'] === 'true' || attribs['hidden'] !== undefined) return true;
  if (attribs['id'] !== undefined && (FURNITURE_IDS.has(attribs['id']) || COMMENTS_CLASS.test(attribs['id']))) return true;
  const classes = attribs['class'];
  if (classes !== undefined) {
    for (const name of classes.split(/\s+/)) {
      if (FURNITURE_CLASSES.has(name) || COMMENTS_CLASS.test(name)) return true;
      if (element.name === 'sup' && name === 'reference') return true;
      // Footnote marks in the text and their numbers in the notes (Substack's `footnote-anchor`).
      if (element.name === 'a' && (name === 'footnote-anchor' || name === 'footnote-number')) return true;
    }
  }
  if (element.name === 'a' && attribs['href'] !== undefined && WORD_NOTE_LINK.test(attribs['href'])) return true;
  if ((element.name === 'sup' || element.name === 'a') && isFootnoteMark(element)) return true;
  // A Google Docs export's comment: its mark in the text (`<a href="#cmnt1">[a]</a>`) and the
  // comment itself at the end, a paragraph or box opening with the link back (`#cmnt_ref1`).
  if (element.name === 'p' || element.name === 'div') {
    const first = element.children.find((child) => child.type === 'tag') as Element | undefined;
    if (first?.name === 'a' && GOOGLE_COMMENT_LINK.test(first.attribs['href'] ?? '') && GOOGLE_COMMENT_LINK.test(`#${first.attribs['id'] ?? ''}`)) return true;
  }
  return attribs['style'] !== undefined && WORD_NOTE_LIST.test(attribs['style']);
}

/** What a footnote's mark shows: `3`, `[3]`, `a`, `*`, `†`. */
const FOOTNOTE_MARK = /^\s*\[?(?:\d{1,3}|[a-z]|[*†‡§])\]?\s*$/;
/** Text that a footnote's mark follows: a sentence's or a quotation's end, or a word (`unsafe.`, `town”`, `disagreed`). */
const BEFORE_MARK = /(?:[.,;:!?"”’)]|\p{L}{3})$/u;

/**
 * A footnote's mark in the text: a `<sup>` linking within the page (`<sup><a href="#fn2">2</a></sup>`),
 * or a bare one after a sentence's end or a word (`unsafe.<sup>3</sup>`); a link within the page
 * holding a `<sup>` (`<a href="#fn4"><sup>4</sup></a>`), or set right after the word
 * (`disagreed.<a href="#n4">[4]</a>`, not `see part <a href="#p2">2</a>`). Not a unit's power or
 * an ordinal (`40 m<sup>2</sup>`, `10<sup>6</sup>`, `2<sup>nd</sup>`), which follow a figure or a
 * letter or two.
 */
function isFootnoteMark(element: Element): boolean {
  // Asked of every element of the page: a link out of it is no mark, whatever its text.
  if (element.name === 'a' && !linksInPage(element)) return false;
  if (!FOOTNOTE_MARK.test(textOf(element))) return false;
  const before = element.prev?.type === 'text' ? (element.prev as unknown as { data: string }).data : '';
  if (element.name === 'a') return elementsUnder(element, (node) => node.name === 'sup', 1).length > 0 || BEFORE_MARK.test(before);
  return elementsUnder(element, linksInPage, 1).length > 0 || BEFORE_MARK.test(before.trimEnd());
}

/** A link within the page (`href="#fn2"`). */
function linksInPage(node: Element): boolean {
  return node.name === 'a' && (node.attribs['href'] ?? '').startsWith('#');
}

/** Every element of the page, in document order, that `matches`: what `$(selector).toArray()` gives. */
function elementsWhere($: HtmlPage, matches: (element: Element) => boolean): Element[] {
  return elementsUnder($.document, matches);
}

/** The page's first element that `matches`, in document order: what `$(selector).get(0)` gives, read no further. */
function firstElementWhere($: HtmlPage, matches: (element: Element) => boolean): Element | undefined {
  return elementsUnder($.document, matches, 1)[0];
}

function isHeadline(element: Element): boolean {
  return element.name === 'h1';
}

/** Whether an element's class attribute holds `part` anywhere (`[class*=part]`). */
function classHolds(element: Element, part: string): boolean {
  return element.attribs['class']?.includes(part) ?? false;
}

/**
 * `node` and the elements inside it that `matches` (all of them by default), in document order;
 * the walk stops once `limit` are found.
 */
function elementsUnder(node: AnyNode, matches: (element: Element) => boolean = () => true, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (isTag(current) && matches(current) && found.push(current) >= limit) break;
    if ('children' in current) {
      const children = current.children as AnyNode[];
      // Text and comments hold no element, and are no element: about half of a page's nodes, not stacked.
      // Asked by the node's type (isTag), not by domhandler's hasChildren, an own-property lookup on
      // every kind of node that cost about 1% of an HTML parse: the same nodes, as the only others
      // with children are the document, nobody's child, and CDATA, which parse5's tree adapter never
      // makes and which would hold text only.
      for (let index = children.length - 1; index >= 0; index -= 1) if (isTag(children[index]!)) stack.push(children[index]!);
    }
  }
  return found;
}


/**
 * Furniture found by a word in its class (`share-bar`, `newsletter-signup`). The same words also
 * turn up in the classes of whole stories (Substack's `<article class="newsletter-post">`,
 * WordPress's `category-social-care`, `<body class="has-sidebar">`), so these are dropped only
 * when they do not hold the story (see holdsStory).
 */
const CLASS_WORDS = [
  'share', 'social', 'related', 'newsletter', 'subscribe', 'subscription', 'donat', 'patreon', 'advert',
  'promo', 'careers', 'sidebar', 'breadcrumb', 'byline-share', 'sharedaddy', 'jp-relatedposts', 'read-next',
  'more-stories', 'read-also', 'also-read', 'readalso', 'alsoread', 'must-read', 'recirc', 'most-popular', 'keywords', 'tag-list', 'article-tags', 'contributions', 'contribution-epic',
  'paywall', 'byline', 'kicker', 'labels', 'eyebrow', 'rubric', 'author-bio', 'author-info', 'post-author',
  // Substack's post header: the byline, date and `Paid` badge, the like and comment counts (not
  // `post-footer`, which may hold a post's last entries).
  'post-meta', 'post-ufi',
  // Medium's byline, read time and date, named by `data-testid` (`authorName`, `storyReadTime`).
  'authorname', 'readtime', 'publishdate',
];

/**
 * The class word an element is furniture by: in its class, or in the names some sites give their
 * components instead (the BBC's `data-component="tag-list"`, Medium's `data-testid="storyReadTime"`).
 */
function furnitureWordOf(element: Element): string | undefined {
  const { attribs } = element;
  const classes = attribs['class'];
  const byClass = classes === undefined ? undefined : CLASS_WORDS.find((candidate) => classes.includes(candidate));
  if (byClass) return byClass;
  for (const name of ['data-component', 'data-testid']) {
    const value = attribs[name]?.toLowerCase();
    const word = value === undefined ? undefined : COMPONENT_WORDS.find((candidate) => value.includes(candidate));
    if (word) return word;
  }
  return undefined;
}

/**
 * The furniture words a component's name is read for: fewer than a class's, since components
 * also name the story's own parts (the BBC's `data-component="social-embed"` holds a quoted post).
 */
const COMPONENT_WORDS = ['tag-list', 'byline', 'related', 'newsletter', 'share', 'most-popular', 'promo', 'advert', 'authorname', 'readtime', 'publishdate'];

/** `[class*=share]`, … or `[rel~=tag]` (`rel` is one of the attributes HTML compares ignoring case). */
function isFurnitureByClassWord(element: Element): boolean {
  if (furnitureWordOf(element)) return true;
  const rel = element.attribs['rel'];
  return rel !== undefined && rel.toLowerCase().split(/\s+/).includes('tag');
}

const BODY_CANDIDATES = [
  'article', 'main', '[itemprop=articleBody]', '.entry-content', '.post-content', '.article-content',
  '.article-body', '.story-body', '.post-body', '#content', '.content',
];

/**
 * A pull quote repeats words the article prints in full elsewhere, so it goes, and the quotation
 * is read where the story tells it. One whose words appear nowhere else (an excerpt set as a
 * pull quote) is the only place they stand, so it stays.
 */
function removeRepeatedPullQuotes($: HtmlPage): void {
  const pullQuotes = elementsWhere($, isPullQuote);
  if (!pullQuotes.length) return;
  // Words only, so that `“We are not a start-up any more,” Strand said. “We are …”` in the story
  // holds the pull quote `We are not a start-up any more. We are …`, sentence by sentence.
  const wordsOf = (text: string) => collapseWhitespace(text.replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ')).toLowerCase();
  // The page's words without any pull quote, read once for all of them.
  const story = $.root().clone();
  story.find('[class*=pullquote], [class*=pull-quote]').remove();
  const storyWords = ` ${wordsOf(story.text())} `;
  for (const pullQuote of pullQuotes) {
    const own = $(pullQuote).clone();
    own.find('cite, footer, figcaption').remove();
    // Every sentence is in the story, one of four words or more at least: short ones alone (`A
    // candle!`) could be anywhere.
    const sentences = own.text().split(/[.!?;:…]+/).map(wordsOf).filter(Boolean);
    const repeated = sentences.some((sentence) => spacedWords(sentence) >= 4) && sentences.every((sentence) => storyWords.includes(` ${sentence} `));
    if (repeated) $(pullQuote).remove();
  }
}

/** `[class*=pullquote], [class*=pull-quote]`. */
function isPullQuote(element: Element): boolean {
  return classHolds(element, 'pullquote') || classHolds(element, 'pull-quote');
}

/** Headings over lists of links to other stories: `Read next`, `Related`, `More on this story`. */
const LINK_LIST_HEADING =
  /^(related( stories| articles| coverage| content| topics)?|read (more|next|this next|also)|also read|must read|also see|more (on this story|from [\p{L} ]+|stories)|you (might|may) also like|recommended( for you)?|most (read|popular|viewed)|trending( now)?|further reading|topics|tags|key events)\s*:?$/iu;

/**
 * Drops such a heading (or a label paragraph: `<p>Topics</p>`) and the list under it, whatever
 * the page's class names call them. A live blog's `Key events` list links to its own posts.
 */
function removeLinkLists($: HtmlPage): void {
  // From each list to the element before it: far fewer than the page's headings and paragraphs.
  for (const list of elementsWhere($, isList)) {
    const heading = $(list).prev();
    if (!heading.is('h2, h3, h4, h5, h6, p, div, span, strong') || heading.children().length > 1) continue;
    if (!LINK_LIST_HEADING.test(collapseWhitespace(heading.text()))) continue;
    $(list).remove();
    heading.remove();
  }
  // `<h3>Related</h3><p><a>Other deals</a></p>`: the links set as paragraphs of their own (or as
  // teaser cards, isLinkCard), under a heading or a label paragraph (`<p>READ MORE</p>`,
  // `<p><strong>Read also</strong></p>`; only a paragraph of a child or two is read for it).
  const labels = elementsWhere($, isLabelCandidate);
  for (const heading of labels) {
    if (!LINK_LIST_HEADING_START.test(openingText(heading)) || !LINK_LIST_HEADING.test(collapseWhitespace($(heading).text()))) continue;
    const links = [];
    for (let next = $(heading).next(); (next.is('p') && isOnlyLink(next)) || isLinkCard(next); next = next.next()) links.push(next);
    if (!links.length) continue;
    for (const link of links) link.remove();
    $(heading).remove();
  }
}

/**
 * What LINK_LIST_HEADING's words open with, tested on the first characters of an element's text
 * before the whole of it is read and collapsed: nearly every paragraph fails here. The same flags,
 * so letters fold alike.
 */
const LINK_LIST_HEADING_START = /^\s*(?:rel|rea|als|mus|mor|you|rec|tre|fur|top|tag|key)/iu;

/** How many characters, white space aside, LINK_LIST_HEADING_START reads. */
const HEADING_START_LENGTH = 3;

function isList(element: Element): boolean {
  return element.name === 'ul' || element.name === 'ol';
}

/** A heading, or a paragraph of a child or two: what may label a list of links (as `h2, h3, h4, h5, h6, p`). */
function isLabelCandidate(element: Element): boolean {
  const { name } = element;
  if (name === 'p') return element.children.length <= 2;
  return name.length === 2 && name[0] === 'h' && name[1]! >= '2' && name[1]! <= '6';
}

/** The start of an element's text, read in document order until it holds a few characters besides white space. */
function openingText(node: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      text += (current as unknown as { data: string }).data;
      if (text.trimStart().length >= HEADING_START_LENGTH) return text;
    } else if ('children' in current) {
      const children = current.children as AnyNode[];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    }
  }
  return text;
}

/** A paragraph that is one link and nothing else. */
function isOnlyLink(paragraph: Cheerio<AnyNode>): boolean {
  const link = paragraph.children('a');
  return link.length === 1 && collapseWhitespace(paragraph.text()) === collapseWhitespace(link.text()) && collapseWhitespace(link.text()) !== '';
}

/**
 * Another story's teaser card under such a heading (`<article><h3><a>Relief ferry charter agreed</a></h3>
 * <time>October 19, 2023</time></article>`): all its words are a link's (its headline) or a
 * `<time>`'s (its stamp). A story's own entry says more than its link.
 */
function isLinkCard(card: Cheerio<AnyNode>): boolean {
  if (!card.is('article, div')) return false;
  const linked = wordCharacters(card.find('a').text());
  return linked !== '' && wordCharacters(card.text()).length <= linked.length + wordCharacters(card.find('time').text()).length;
}

/** A text's letters and digits alone, to compare how much of it stands where. */
function wordCharacters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

const RELATIVE_TIME = /^(\d{1,2}\s*(h|hr|hrs|hours?|m|mins?|minutes?)\s+ago|just now|yesterday)$/i;

/**
 * A live blog stamps each post with `<time datetime="2023-03-14T16:40:00Z">16.40 GMT</time>` (or
 * `4h ago`): the day is only in the attribute. Such a stamp is written out as the date it stands
 * for, `14 March 2023, 16.40 GMT` (or the attribute's own time for a relative stamp), so the post
 * starts an entry of that day like any dated paragraph. A stamp showing a date without its year
 * gets the attribute's year; one showing a full date is left as it is.
 */
function datePostsByTheirTime($: HtmlPage): void {
  for (const element of elementsWhere($, (element) => element.name === 'time' && element.attribs['datetime'] !== undefined)) {
    const stamp = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec($(element).attr('datetime') ?? '');
    const visible = collapseWhitespace($(element).text());
    if (!stamp || !visible) continue;
    const [, year, month, day, hours, minutes] = stamp;
    const shown = parseStandaloneDate(visible);
    if (shown) {
      // `<time datetime="2022-11-28">Nov. 28</time>`: the year the page leaves out is in the attribute.
      if (shown.year === null && shown.month === Number(month) && (shown.day === null || shown.day === Number(day))) {
        $(element).text(/\d$/.test(visible) ? `${visible}, ${year}` : `${visible} ${year}`);
      }
      continue;
    }
    const time = parseLeadingTime(visible)?.rest === null ? visible : RELATIVE_TIME.test(visible) && hours ? `${hours}:${minutes}` : null;
    const monthName = MONTH_NAMES[Number(month) - 1];
    if (time && monthName) $(element).text(`${Number(day)} ${monthName} ${year}, ${time}`);
  }
}

function pickBody($: HtmlPage) {
  const page = firstElementWhere($, (element) => element.name === 'body') ?? $.document;
  // The first candidate holding the headline is the story's container.
  const headline = firstElementWhere($, isHeadline);
  if (headline) {
    for (const selector of BODY_CANDIDATES) {
      const holding = closestWhere(headline, (element) => isBodyCandidate(element, selector));
      if (holding) return holding;
    }
  }
  let pageLength = -1;
  for (const selector of BODY_CANDIDATES) {
    const found = elementsWhere($, (element) => isBodyCandidate(element, selector));
    if (!found.length) continue;
    if (pageLength < 0) pageLength = textOf(page).length;
    const candidates = found.map((node) => ({ node, length: textOf(node).length }));
    // Pages often hold several (related posts are articles too): the longest is the story, if it
    // is the story at all. A teaser card under `Most read`, or one timeline entry set as its own
    // <article> or `.content` card among its siblings, holds far less than the page: the next,
    // wider candidate holds the story whole.
    const longest = candidates.reduce((best, candidate) => (candidate.length > best.length ? candidate : best));
    if (longest.length * 5 >= pageLength * 2 && !hasSiblingWhere(longest.node, (element) => isBodyCandidate(element, selector))) return longest.node;
  }
  return page;
}

/**
 * Whether an element is what one of BODY_CANDIDATES selects: a name (`article`), a class (`.content`),
 * an id (`#content`) or `[itemprop=articleBody]`, compared exactly as css-select does here. Read
 * without a selector query: each walked the whole page.
 */
function isBodyCandidate(element: Element, selector: string): boolean {
  const { attribs } = element;
  if (selector.startsWith('.')) return attribs['class'] !== undefined && attribs['class'].split(/\s+/).includes(selector.slice(1));
  if (selector.startsWith('#')) return attribs['id'] === selector.slice(1);
  if (selector === '[itemprop=articleBody]') return attribs['itemprop'] === 'articleBody';
  return element.name === selector;
}

/** The element itself or its nearest ancestor that `matches` (`$(element).closest(selector)`). */
function closestWhere(element: Element, matches: (element: Element) => boolean): Element | undefined {
  for (let node: AnyNode | null = element; node && isTag(node); node = node.parent) if (matches(node)) return node;
  return undefined;
}

/** Whether another element beside `node` `matches` (`$(node).siblings(selector).length`). */
function hasSiblingWhere(node: AnyNode, matches: (element: Element) => boolean): boolean {
  return siblingsAndSelf(node).some((sibling) => sibling !== node && isTag(sibling) && matches(sibling));
}

/**
 * A node and the nodes beside it, read as cheerio's `siblings()` reads them (domutils'
 * getSiblings): its parent's children. Not by the links between siblings, which cheerio can leave
 * stale when it moves a node within its parent (`$(row).append($(cell))`).
 */
function siblingsAndSelf(node: AnyNode): AnyNode[] {
  if (node.parent) return node.parent.children as AnyNode[];
  const nodes: AnyNode[] = [node];
  for (let sibling = node.prev; sibling; sibling = sibling.prev) nodes.unshift(sibling);
  for (let sibling = node.next; sibling; sibling = sibling.next) nodes.push(sibling);
  return nodes;
}

/**
 * A figure is furniture (a photo and its caption) unless it holds the story: WordPress sets every
 * table in `<figure class="wp-block-table">`, and the HTML standard credits a quotation as
 * `<figure><blockquote>…</blockquote><figcaption>— Name</figcaption></figure>`, as embedded posts
 * often are. Such a figure gives way to what it holds, its caption becoming the quotation's credit.
 */
function keepFiguresOfTheStory($: HtmlPage): void {
  for (const figure of elementsWhere($, (element) => element.name === 'figure')) {
    // Looked for by a walk of the figure: a selector query compiled its selector for every figure.
    const quotation = elementsUnder(figure, (element) => element.name === 'blockquote', 1)[0];
    if (!quotation && !elementsUnder(figure, (element) => element.name === 'table', 1).length) continue;
    const element = $(figure);
    const blockquote = $(quotation ? [quotation] : []);
    // A pull quote stays one for removeRepeatedPullQuotes.
    if (/pull-?quote/i.test(figure.attribs['class'] ?? '')) blockquote.addClass('pullquote');
    const caption = element.children('figcaption').first();
    if (blockquote.length && caption.length) blockquote.append($('<cite></cite>').text(caption.text()));
    caption.remove();
    element.replaceWith(element.contents());
  }
}

/**
 * Cards that print their date after their text (the common CodyHouse timeline: heading,
 * paragraph, then `<span class="cd-timeline__date">Apr 3, 2019</span>` and a `Read more` link)
 * are read with the date first, as every other timeline is written. Only when two or more cards
 * do it, so a lone date closing a block stays where it is.
 */
function putCardDatesFirst($: HtmlPage): void {
  const dates = elementsWhere($, (element) => element.name === 'time' || classHolds(element, 'date')).filter(
    // A date inside a paragraph, item, cell or heading opens it already (`<p><time>14 March</time> — …`).
    (date) => dateHeldAlone(collapseWhitespace($(date).text())) && !$(date).parents('p, li, td, th, dt, dd, h1, h2, h3, h4, h5, h6').length,
  );
  if (dates.length < 2) return;
  // Each element's first heading or paragraph, found once for the page: asking every ancestor of
  // every date for its own was quadratic on a page of cards without any (1.6 s for 50 KB).
  const firstBlockInside = new Map<AnyNode, Element>();
  for (const block of $('h2, h3, h4, p').toArray() as Element[]) {
    // In document order, so the first block to reach an ancestor is its first; the ancestors
    // above one already reached were reached by that block too.
    for (let parent = block.parent; parent && !firstBlockInside.has(parent); parent = parent.parent) firstBlockInside.set(parent, block);
  }
  const order = new Map<AnyNode, number>(($('*').toArray() as AnyNode[]).map((element, index) => [element, index]));
  const moves: Array<{ date: Element; card: Element }> = [];
  for (const date of dates) {
    let card = date.parent;
    while (card && card.type === 'tag' && !firstBlockInside.has(card)) card = card.parent;
    if (!card || card.type !== 'tag') continue;
    if (order.get(firstBlockInside.get(card)!)! < order.get(date)!) moves.push({ date, card: card as Element });
  }
  if (moves.length < 2) return;
  for (const { date, card } of moves) $(card).prepend($(date));
}

/** A column label for dates planned, not reached: `Planned`, `Due`, `Deadline`, `Target date`. */
const PLAN_LABEL = /\b(?:planned|plan|due|deadline|target|scheduled|expected|estimated|forecast|projected|original|promised)\b/i;

/** A column label saying when something happened: `Date`, `When`, `Reported`, `Sent`, `Opened`. */
const WHEN_LABEL = /\b(?:date|dated|when|day|time|year|month|reported|sent|received|filed|opened|closed|held|happened|occurred|published|issued|announced|signed|raised|made|began|started|ended)\b/i;

/**
 * A table row of two or more header cells only (`Date | What happened`): the columns' labels,
 * which are no part of the story. A row of one header cell stays (`2019` over its rows is a year
 * heading).
 */
export function isColumnLabels(row: Element): boolean {
  const cells = row.children.filter((child): child is Element => child.type === 'tag');
  return cells.length >= 2 && cells.every((cell) => cell.name.toLowerCase() === 'th');
}

/**
 * A table's dates: the column that dates its rows goes first, and the other dates of a row stay
 * in its entry, labelled by their column.
 *
 * - A table whose dates stand in a later column (`Warning | Date | Sent to`) is read with that
 *   column first, so each row is one entry dated by its own cell, as a table dated in its first
 *   column is. The column is the one whose cells are dates in most rows, at least two, while the
 *   first column's are not.
 * - A row's other dates (`Reported | Repaired | What happened`) would each open an entry of their
 *   own, empty, and be lost with it, taking the row's text from its own date. Under a column
 *   label they become the entry's last line, `Repaired: 19 March 2021`; without labels they stay
 *   as they are.
 */
function putTableDatesFirst($: HtmlPage): void {
  for (const table of elementsWhere($, (element) => element.name === 'table')) {
    const rows = ($(table).find('tr').toArray() as Element[]).filter((row) => $(row).closest('table').get(0) === table);
    const cellsOf = (row: Element) => row.children.filter((child): child is Element => child.type === 'tag' && /^t[dh]$/i.test(child.name));
    const isDate = (cell: Element | undefined) => !!cell && parseStandaloneDate(collapseWhitespace($(cell).text())) !== null;
    const body = rows.filter((row) => cellsOf(row).some((cell) => cell.name.toLowerCase() === 'td'));
    if (body.length < 2) continue;
    const width = body.reduce((widest, row) => Math.max(widest, cellsOf(row).length), 0);
    // A column's label, when the table has one, must say when something happened: `Born`,
    // `Deadline` or `Due` dates are no timeline's.
    const labels = rows.find(isColumnLabels);
    const labelOf = (index: number) => (labels ? collapseWhitespace($(cellsOf(labels)[index] ?? []).text()) : null);
    const datedIn = (index: number) => body.filter((row) => isDate(cellsOf(row)[index])).length;
    let column = datedIn(0) * 2 >= body.length ? 0 : -1;
    for (let index = 1; index < width && column < 0; index += 1) {
      const dated = datedIn(index);
      const label = labelOf(index);
      if (dated >= 2 && dated * 5 >= body.length * 3 && (label === null || label === '' || WHEN_LABEL.test(label))) column = index;
    }
    // `Planned | Actual | Milestone`: a plan's dates are no timeline's when another column dates the rows.
    if (column === 0 && PLAN_LABEL.test(labelOf(0) ?? '')) {
      for (let index = 1; index < width && column === 0; index += 1) {
        const label = labelOf(index) ?? '';
        if (label && !PLAN_LABEL.test(label) && datedIn(index) * 2 >= body.length) column = index;
      }
    }
    if (column < 0) continue;
    const dateCells = rows.map((row) => cellsOf(row)[column]);
    // Column labels are only trusted cell by cell in rows where no cell spans columns.
    const single = (row: Element) => cellsOf(row).every((cell) => !cell.attribs['colspan'] || cell.attribs['colspan'] === '1');
    const labelled = labels !== undefined && single(labels);
    for (const row of labelled ? body : []) {
      const cells = cellsOf(row);
      if (!single(row) || !isDate(cells[column])) continue;
      cells.forEach((cell, index) => {
        const label = labelOf(index);
        if (index === column || !label || !isDate(cell)) return;
        $(cell).text(`${label}: ${collapseWhitespace($(cell).text())}`);
        $(row).append($(cell));
      });
    }
    if (column === 0) continue;
    rows.forEach((row, index) => {
      const cell = dateCells[index];
      if (cell) $(row).prepend($(cell));
    });
  }
}

/**
 * A <header> is the page's (its logo, menu and search) unless it heads one of several cards of
 * the story (`<div class="card"><header><time>6 May 2014</time><h3>…</h3></header>`): two or more
 * headers inside the page's main or article element.
 */
function isCardHeader($: HtmlPage, header: Element, headersPerStory: Map<AnyNode, number>): boolean {
  const story = $(header).parents('main, article').last().get(0);
  if (!story) return false;
  // Counted once per story: a page of thousands of cards asks for every one of them.
  let count = headersPerStory.get(story);
  if (count === undefined) headersPerStory.set(story, (count = $(story).find('header').length));
  return count >= 2;
}

/**
 * The standfirst under the headline (`<h2 class="subtitle">A timeline of the year a battery
 * breakthrough unravelled</h2>`) is story text, not a section over every document after it: a
 * heading right after the <h1> that reads like a sentence (six words or more, no date), or one
 * whose class says so.
 */
function readDekAsParagraph($: HtmlPage): void {
  const after = nextElement(firstElementWhere($, isHeadline));
  const next = after && (after.name === 'h2' || after.name === 'h3' || after.name === 'h4') ? after : undefined;
  if (!next) return;
  const text = collapseWhitespace(textOf(next));
  const dek = /subtitle|dek|standfirst|subhead|summary/i.test(next.attribs['class'] ?? '') || (spacedWords(text) >= 6 && !parseStandaloneDate(text));
  if (dek) next.name = 'p';
}

/** A full stop, `!` or `?` before a space or a capital: a sentence ends in the text. */
const HOLDS_SENTENCE_END = /[.!?](\s|\p{Lu})/u;
/**
 * A page's own date beside its headline (Substack's `<div class="post-date">` next to the `<h1>`
 * and subtitle, the Post's `data-qa="timestamp"`) stamps when it was published, not a timeline
 * entry: one element alone among the headline's siblings that holds nothing but a date, marked so
 * by a class or data attribute. A timeline's dates are many, and its container (`class="timeline"`)
 * holds more than a date.
 */
function removePublicationStamp($: HtmlPage, besideHeadline: Element[]): void {
  // Marked as the page's own date by a microformat or schema.org, wherever it stands (Squarespace's
  // `<time class="dt-published" pubdate>` inside a meta box beside the author's name).
  // One only: a feed of updates marks each update's own date so (`h-entry`'s `dt-published`).
  const marked = elementsWhere($, isPublicationDate);
  if (marked.length === 1 && dateHeldAlone(collapseWhitespace($(marked[0]!).text()))) $(marked[0]!).remove();
  // A lone date among the headline's siblings, however its class is called (the Post's
  // `data-qa="timestamp"`): a timeline set beside the headline has many.
  // Beside the headline alone in its header (read before the header went), and beside the first
  // headline still on the page (a site's logo set as an `<h1>` in its header went with the header).
  const candidates = [...new Set([...besideHeadline, ...elementSiblingsOf(firstElementWhere($, isHeadline))])];
  const dated = candidates.filter((sibling) => {
    // Still on the page (furniture removed before this step took some), and marked as a stamp by
    // a class or data attribute, itself or inside, read before any text: a bare `<p>14 March
    // 2023</p>` or `<h2>` over a live blog's posts is the timeline's day.
    if (!isAttached(sibling) || !elementsUnder(sibling, hasStampMark).length) return false;
    // Short first: the story's own container is often among the siblings. A day's date: `March
    // 2020` over the entries is the timeline's heading.
    const raw = boundedText(sibling, 200);
    return (dateHeldAlone(collapseWhitespace(raw ?? ''))?.day ?? null) !== null;
  });
  if (dated.length === 1) $(dated).remove();
  // A <time> in a byline (`By Isla Roderick` beside it, or `· 8 min read`) stamps publication
  // too: the byline goes with it, as far up as it holds no sentence of the story.
  for (const time of elementsWhere($, (element) => element.name === 'time')) {
    const timeText = collapseWhitespace(boundedText(time, 100) ?? '');
    let byline: AnyNode | null = null;
    let holder = time.parent;
    for (let depth = 0; depth < 4 && holder?.type === 'tag'; depth += 1, holder = holder.parent) {
      if (STORY_CONTAINERS.has(holder.name)) break;
      const raw = boundedText(holder, 400);
      const text = raw === null ? null : collapseWhitespace(raw);
      if (text === null || text.length > 200 || HOLDS_SENTENCE_END.test(text) || $(holder).find('h1, h2, h3, article').length) break;
      if (byline || isBylineText(text, timeText)) byline = holder;
    }
    if (byline) $(byline).remove();
  }
}

/** True while a node is still in the page: removing an element detaches its whole subtree. */
function isAttached(node: AnyNode): boolean {
  let top = node;
  while (top.parent) top = top.parent;
  return top.type === 'root';
}

function hasStampMark(element: Element): boolean {
  for (const name in element.attribs) {
    if ((name === 'class' || name.startsWith('data-') || name === 'itemprop') && STAMP_MARK.test(element.attribs[name]!)) return true;
  }
  return false;
}

/** `post-date`, `timestamp-block`, `data-qa="timestamp"`: a class or data word saying date or time; not `timeline`. */
const STAMP_MARK = /(?:^|[\s_-])(?:date|time|datetime|timestamp|stamp|dateline|publish(?:ed)?|posted|pubdate|datepublished|datemodified)(?:$|[\s_-])/i;

/** The elements beside the page's headline when it stands alone in a `<header>` (or `<hgroup>`), which the furniture takes. */
function headlineSiblings($: HtmlPage): Element[] {
  const headline = firstElementWhere($, isHeadline);
  const holder = headline?.parent;
  const alone = holder && isTag(holder) && (holder.name === 'header' || holder.name === 'hgroup') && !hasSiblingWhere(headline!, isTag);
  return alone ? elementSiblings(holder) : [];
}

/** The element after a node, if any (`$(node).next()`). */
function nextElement(node: AnyNode | undefined): Element | undefined {
  let next = node?.next;
  while (next && !isTag(next)) next = next.next;
  return next ?? undefined;
}

/** The elements beside a node, none without one. */
function elementSiblingsOf(node: AnyNode | undefined): Element[] {
  return node ? elementSiblings(node) : [];
}

/** The elements beside a node, in document order (`$(node).siblings()`). */
function elementSiblings(node: AnyNode): Element[] {
  return siblingsAndSelf(node).filter((sibling): sibling is Element => sibling !== node && isTag(sibling));
}

/**
 * Marks that say, in a standard vocabulary, that an element is the page's date of publication or
 * update: `time[pubdate]`, `.dt-published`, `.dt-updated`, `[itemprop=datePublished]`,
 * `[itemprop=dateModified]`, and WordPress's `time.published`, `time.updated`, `time.entry-date`.
 */
function isPublicationDate(element: Element): boolean {
  const { attribs } = element;
  if (element.name === 'time' && attribs['pubdate'] !== undefined) return true;
  if (attribs['itemprop'] === 'datePublished' || attribs['itemprop'] === 'dateModified') return true;
  const classes = attribs['class'];
  if (classes === undefined) return false;
  return classes.split(/\s+/).some((name) => name === 'dt-published' || name === 'dt-updated' || (element.name === 'time' && (name === 'published' || name === 'updated' || name === 'entry-date')));
}

/** The date an element's text is, and nothing else: a stamp or a card's date, not a sentence. */
function dateHeldAlone(text: string): ParsedDate | null {
  return text.length > 0 && text.length <= 64 ? parseStandaloneDate(text) : null;
}

/** The text of a node, as cheerio's `.text()` gives it, without wrapping the node in a cheerio object. */
export function textOf(node: AnyNode): string {
  return boundedText(node, Infinity)!;
}

/** The text of an element, or null as soon as it runs past `limit` characters (without reading the rest). */
export function boundedText(node: AnyNode, limit: number): string | null {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      text += (current as unknown as { data: string }).data;
      if (text.length > limit) return null;
    } else if ('children' in current) {
      const children = current.children as AnyNode[];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    }
  }
  return text;
}

/** Every word of two lower-case letters or more (used only with match, so its lastIndex holds nothing). */
const LOWER_CASE_WORDS = /(?<!\p{L})\p{Ll}{2,}/gu;
/**
 * A byline's text beside its `<time>`: `By Isla Roderick`, `· 8 min read`, `Published …`, or
 * `March 9, 2023 by Isla Roderick, staff writer`: besides the date, `by` and names come first, and
 * only a role's words follow them. `Approved by Parliament and the Senate`, `A seller, backed by a
 * hedge fund, lists the database` and `Acquired by Microsoft for $7.5bn` are a timeline's entries.
 */
function isBylineText(text: string, timeText: string): boolean {
  if (/\bmin(?:ute)?s? read\b|^(?:published|updated|posted)\b/i.test(text)) return true;
  const rest = (timeText ? text.replace(timeText, ' ') : text).trim();
  const by = BY_NAMES.exec(rest);
  if (!by) return false;
  // `, health and environment correspondent`: a role of a few words, and nothing said.
  const role = rest.slice(by[0].length);
  return !/[\d.!?]/.test(role) && (role.match(LOWER_CASE_WORDS)?.length ?? 0) <= 4;
}

/** `By Isla Roderick`, `· by María de la Cruz and Pieter van der Berg`: each name's words capitalised, particles between them. */
const BY_NAMES = new RegExp(
  `^[^\\p{L}\\p{N}]*[Bb]y\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:and|${[...PARTICLES].join('|')})\\s+)*\\p{Lu}[\\p{L}.'’-]*)*`,
  'u',
);

/**
 * Drops the furniture found by a word in its class, except what holds the story: an element that
 * is or holds it (holdsStory), or all the elements of one class word when together they hold
 * more than half of the page's text (a paywalled story set in several `<div class="paywall">`).
 */
function removeFurnitureByClassWord($: HtmlPage): void {
  const storyText = { length: -1 };
  const candidates = elementsWhere($, isFurnitureByClassWord).filter((node) => !holdsStory($, node, storyText));
  if (!candidates.length) return;
  const byWord = new Map<string, { nodes: Element[]; length: number }>();
  for (const node of candidates) {
    const word = furnitureWordOf(node) ?? 'rel';
    const group = byWord.get(word) ?? { nodes: [], length: 0 };
    group.nodes.push(node);
    // Nested members are counted in their outer one.
    if (!$(node).parents().toArray().some((parent) => group.nodes.includes(parent as Element))) group.length += $(node).text().length;
    byWord.set(word, group);
  }
  if (storyText.length < 0) storyText.length = $('body').text().length;
  for (const group of byWord.values()) if (group.length * 2 <= storyText.length) $(group.nodes).remove();
}

const STORY_CONTAINERS = new Set(['html', 'body', 'article', 'main']);

/**
 * A newsletter's sign-up box around its e-mail field (`<div><h2>Get the Courier in your inbox</h2>
 * <p>Our free morning briefing … Sign up …</p><form><input type="email">…</form><p>By signing up
 * you agree …</p></div>`), whatever its class is called: the form goes as furniture, and the
 * pitch around it with it. The box is the nearest element around the form with words of its own,
 * when they are few (a box, not the story's container) and speak of signing up. The e-mail fields
 * are among the furniture found already (`input`), so no other walk of the page looks for them.
 */
function signUpBoxes(furniture: Element[]): Element[] {
  const boxes: Element[] = [];
  for (const input of furniture) {
    if (input.name !== 'input' || input.attribs['type']?.toLowerCase() !== 'email') continue;
    let form: Element = input;
    while (form.name !== 'form' && form.parent && isTag(form.parent) && !STORY_CONTAINERS.has(form.parent.name)) form = form.parent;
    const box = boxAround(form.name === 'form' ? form : input);
    if (box) boxes.push(box);
  }
  return boxes;
}

/** The pitch's words: what a sign-up box asks or promises. */
const SIGN_UP_WORDS = /\b(?:sign(?:ing)? up|subscrib(?:e|ing)|newsletters?|inbox|briefing|unsubscribe)\b/i;
/** The most a sign-up box says, its form aside; a story's container says more. */
const SIGN_UP_BOX_LENGTH = 600;

/** The nearest element around `form` with words of its own, when it is a sign-up box (signUpBoxes). */
function boxAround(form: Element): Element | undefined {
  const formWords = wordCharacters(textOf(form)).length;
  for (let box = form.parent; box && isTag(box) && !STORY_CONTAINERS.has(box.name); box = box.parent) {
    const text = boundedText(box, SIGN_UP_BOX_LENGTH);
    if (text === null) return undefined;
    if (wordCharacters(text).length === formWords) continue;
    return SIGN_UP_WORDS.test(text) && !elementsUnder(box, isHeadline, 1).length ? box : undefined;
  }
  return undefined;
}

/**
 * True when an element is or holds the story: the page itself, an article or main element, one
 * holding either or the page's <h1>, or one holding more than half of the page's text (a wrapper
 * that happens to carry `has-sidebar`). `storyText.length` caches the page's text length.
 */
function holdsStory($: HtmlPage, node: Element, storyText: { length: number }): boolean {
  if (STORY_CONTAINERS.has(node.name)) return true;
  const element = $(node);
  if (element.find('article, main, [itemprop=articleBody], h1').length) return true;
  if (storyText.length < 0) storyText.length = $('body').text().length;
  return element.text().length * 2 > storyText.length;
}

/** The terms of a page's own facts: `From:`, `Published`, `Last updated`, `Part of`, `Applies to`. */
const PAGE_FACT_TERM = /^(?:from|published|first published|last updated|updated|modified|last modified|part of|applies to|authors?|written by|reading time)\s*:?$/i;

/**
 * A definition list of the page's own facts (GOV.UK's `From: Environment Agency`, `Published:
 * 14 March 2023`, `Last updated: …`): every term one of those, so none is a timeline's date or a
 * glossary's word. Its dates opened entries of their own.
 */
function removePageFacts($: HtmlPage): void {
  for (const list of elementsWhere($, (element) => element.name === 'dl')) {
    const terms = list.children.filter((child): child is Element => child.type === 'tag' && child.name === 'dt');
    const details = list.children.filter((child): child is Element => child.type === 'tag' && child.name === 'dd');
    // Each fact a date or a name, never a sentence: a report's history set as `Published` and
    // `Updated` with what happened is a timeline.
    const facts = terms.every((term) => PAGE_FACT_TERM.test(collapseWhitespace($(term).text()))) && details.every((detail) => collapseWhitespace($(detail).text()).length <= 60);
    if (terms.length && facts && terms.some((term) => /published|updated|modified/i.test($(term).text()))) $(list).remove();
  }
}

/** What stands between the links of a menu row: `Home | News · Contact` (not commas: names in prose). */
const MENU_SEPARATORS = /^[\s|·•/–—-]*$/;

/**
 * A row of three or more short links with nothing but separators between them (`Home | Services
 * | News`, a footer's `Terms · Privacy`) is a menu, whatever its classes. Never a list, whose items
 * may be a timeline of linked headlines, nor links holding a figure (a date, a year).
 */
function removeMenuRows($: HtmlPage): void {
  const rows = new Set<Element>();
  for (const link of elementsWhere($, (element) => element.name === 'a')) if (link.parent?.type === 'tag') rows.add(link.parent as Element);
  for (const row of rows) {
    // Blocks only: a <span> of links runs inside a sentence, a cell of links is the table's data
    // (unless the table lays out a page, a cell of it holding paragraphs: its side column's menu).
    if (row.name !== 'p' && row.name !== 'div' && row.name !== 'td') continue;
    let links = 0;
    const menu = row.children.every((child) => {
      if (child.type === 'text') return MENU_SEPARATORS.test(child.data);
      // A link a line (`<a>Home</a><br><a>News</a>`), as an old page's side column stacks them.
      if (child.type === 'tag' && child.name === 'br') return true;
      if (child.type !== 'tag' || child.name !== 'a') return false;
      links += 1;
      const words = collapseWhitespace($(child).text());
      return words !== '' && spacedWords(words) <= 3 && !/\d/.test(words);
    });
    if (menu && links >= 3 && (row.name !== 'td' || isLayoutCell($, row))) $(row).remove();
  }
  removeMenuColumns($, rows);
}

/**
 * A menu set a link a block (`<div><a>Parish Council</a></div>` / `<div><a>Village School</a></div>`
 * / …), as an old page's side column without a class sets it: three blocks or more in a row, each
 * one short link and nothing else, none with a figure. Not list items, which may be a timeline of
 * linked headlines, nor cells, the table's data. `rows`: the parents of the page's links.
 */
function removeMenuColumns($: HtmlPage, rows: Set<Element>): void {
  const single = new Set([...rows].filter((row) => (row.name === 'p' || row.name === 'div') && (isOneShortLink($, row) || isDatedLinkInSideCell($, row))));
  for (const row of single) {
    const previous = previousElement(row);
    if (previous && single.has(previous)) continue;
    const run: Element[] = [row];
    for (let next = nextElement(row); next && single.has(next); next = nextElement(next)) run.push(next);
    if (run.length >= 3) $(run).remove();
  }
}

/**
 * `<div><a>Fete raises record sum</a><br>1 June 2024</div>`: a linked headline and its date, in a
 * side cell of a table laid out as a page (a cell holding no paragraph, beside one that does): a
 * card of the site's latest news, not the story's.
 */
function isDatedLinkInSideCell($: HtmlPage, row: Element): boolean {
  let link: Element | undefined;
  let rest = '';
  for (const child of row.children) {
    if (child.type === 'text') {
      rest += child.data;
      // A date's few characters: a sentence beside a link is no card's stamp, and is not read on.
      if (rest.length > 60) return false;
    } else if (child.type === 'tag' && child.name === 'a' && !link && rest.trim() === '') link = child;
    else if (!(child.type === 'tag' && child.name === 'br')) return false;
  }
  const date = link ? parseStandaloneDate(collapseWhitespace(rest)) : null;
  if (!date || date.year === null) return false;
  const words = collapseWhitespace($(link).text());
  if (words === '' || spacedWords(words) > 12 || /\d/.test(words)) return false;
  const cell = $(row).closest('td');
  return cell.length > 0 && cell.find('p').length === 0 && isLayoutCell($, cell[0] as Element);
}

/** A block holding one link of four words at most, no figure, and nothing else but blanks. */
function isOneShortLink($: HtmlPage, row: Element): boolean {
  let link: Element | undefined;
  for (const child of row.children) {
    if (child.type === 'text' && child.data.trim() === '') continue;
    if (link || child.type !== 'tag' || child.name !== 'a') return false;
    link = child;
  }
  const words = link ? collapseWhitespace($(link).text()) : '';
  return words !== '' && spacedWords(words) <= 4 && !/\d/.test(words);
}

/** A cell of a table laid out as a page: another of its cells holds the story's paragraphs. */
function isLayoutCell($: HtmlPage, cell: Element): boolean {
  return $(cell).closest('table').find('p').length > 0;
}

/** The element before a node, if any (`$(node).prev()`). */
function previousElement(node: AnyNode): Element | undefined {
  let previous = node.prev;
  while (previous && !isTag(previous)) previous = previous.prev;
  return previous ?? undefined;
}

/**
 * A writer's own page: Medium's `/@janedoe`, WordPress's `/author/jane-doe/`, `/contributors/…`;
 * not a post (`/@name/109376372`) nor a page about someone (`/profile/…`, `/people/…`).
 */
const AUTHOR_PAGE = /\/@[\w.-]+\/?(?:[?#]|$)|\/(?:author|authors|contributors?|staff|journalists?|writers?)\/[^/?#]+\/?(?:[?#]|$)/i;

/**
 * A line that is only a link to its writer's page (Medium's name beside the headline, a card's
 * `Jane Doe`) is a byline, however its classes are called; a link to someone's page inside a
 * sentence stays, with the sentence.
 */
function removeAuthorLines($: HtmlPage): void {
  for (const link of elementsWhere($, (element) => element.name === 'a' && element.attribs['href'] !== undefined)) {
    if (!AUTHOR_PAGE.test(link.attribs['href'] ?? '')) continue;
    const text = collapseWhitespace($(link).text());
    if (!text || link.parent?.type !== 'tag' || collapseWhitespace($(link.parent).text()) !== text) continue;
    // A credit, a cell, an item or a label in the story is no byline.
    if ($(link).closest('cite, blockquote, td, th, li, dt, dd, strong, b').length) continue;
    let line: Element = link.parent as Element;
    while (line.parent?.type === 'tag' && !STORY_CONTAINERS.has((line.parent as Element).name) && collapseWhitespace($(line.parent).text()) === text) line = line.parent as Element;
    $(line).remove();
  }
}

/**
 * Prepares the page and returns the element holding the story. `<blockquote>…<footer>— <cite>Name
 * </cite></footer></blockquote>` credits the quotation: it is no page footer, so it is kept, as a
 * credit (renamed `cite`); sorted out of the one furniture query rather than found by a second
 * walk of the whole page.
 */
export function prepareStory($: HtmlPage): AnyNode {
  keepFiguresOfTheStory($);
  // Read before the furniture goes, which takes a `<header>` holding the headline with it.
  const besideHeadline = headlineSiblings($);
  const headersPerStory = new Map<AnyNode, number>();
  const furniture = elementsWhere($, isFurniture).filter((node) => {
    const credit = node.name === 'footer' && node.parent?.type === 'tag' && (node.parent as Element).name === 'blockquote';
    if (credit) node.name = 'cite';
    return !credit && !(node.name === 'header' && isCardHeader($, node, headersPerStory));
  });
  $([...furniture, ...signUpBoxes(furniture)]).remove();
  removeFurnitureByClassWord($);
  removeAuthorLines($);
  removeMenuRows($);
  removePageFacts($);
  removePublicationStamp($, besideHeadline);
  readDekAsParagraph($);
  putCardDatesFirst($);
  putTableDatesFirst($);
  removeRepeatedPullQuotes($);
  removeLinkLists($);
  datePostsByTheirTime($);
  return pickBody($);
}
