/**
 * An HTML page loaded for reading: cheerio's `$` over one parsed document, the document parsed as
 * cheerio's own `load` parses it (parse5 with the htmlparser2 tree adapter, scripting on), but
 * without a cheerio loaded for each page.
 *
 * Why not `load` for each page: it defines a class for every page whose methods close over that
 * page's document, and V8 keeps classes in its old generation. Every page's tree was then reachable
 * from the old generation, so each young-generation collection during the page copied the tree
 * instead of dropping it, and promoted it to be collected again by a full collection: the heap of a
 * pass over the benchmark's HTML grew to 150 MB between full collections instead of 45. One cheerio
 * loaded once with an empty page takes each page's document as the root of its queries instead
 * (`$(selector, context, root)`), and `releasePage` cuts the tree from its document once read: in
 * separate processes over the benchmark's HTML articles, 0.80× the CPU (collector threads included)
 * for the same documents.
 */
import { load, type BasicAcceptedElems, type Cheerio, type SelectorType } from 'cheerio';
import type { AnyNode, Document, Element } from 'domhandler';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { parseByTextRuns } from './html-tokenizer.ts';

/** The one cheerio every page is queried with, its own page empty: each query names the page's root. */
const everyPageCheerio = load('');

/** `$(…)`, typed as cheerio's. */
type PageQuery = <T extends AnyNode, S extends string>(selector?: S | BasicAcceptedElems<T>, context?: BasicAcceptedElems<AnyNode> | null) => Cheerio<S extends SelectorType ? Element : T>;

/** What the parser asks of a page: `$(…)` and `$.root()` as cheerio's `load` gives them, and the document node. */
export interface HtmlPage extends PageQuery {
  /** The document, wrapped: `$.root()`. */
  root(): Cheerio<Document>;
  /** The document node itself, without a wrapper made at each call. */
  readonly document: Document;
}

/** Parses a page as `load(html)` does and gives its `$`. */
export function loadPage(html: string): HtmlPage {
  // parse5, its tokenizer reading text a run at a time (html-tokenizer.ts): the same tree.
  const document = parseByTextRuns(html, { treeAdapter: adapter, scriptingEnabled: true });
  // cheerio's own call, with this page's document as the root: the same types as its `$`.
  const page = ((selector?: string | BasicAcceptedElems<AnyNode>, context?: BasicAcceptedElems<AnyNode> | null) =>
    everyPageCheerio(selector, context, document)) as PageQuery;
  return Object.assign(page, { root: () => everyPageCheerio(document, null, document), document });
}

/**
 * Cuts the page's tree from its document once the page is read. If a young-generation collection
 * during the page promoted the document (the page's oldest node), the dead document would keep the
 * young rest of the tree alive through every later young collection until a full one; cut, the
 * rest dies young. The page must not be read after.
 */
export function releasePage(page: HtmlPage): void {
  page.document.children = [];
}
