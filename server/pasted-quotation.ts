/**
 * The words of a search the engine is asked for. People paste a quotation with the words that
 * credit it (`the vice president said that nothing could be further from the truth`), and the
 * engine reads only the first ten words of a query, ranking by the rarest: a rare word of the
 * credit (`vice`, as in the `vice-president` of some other entry) then outweighed the quotation
 * itself, and a long credit left no word of the quotation among the ten at all. A verb of saying
 * followed by five words or more marks where the quotation starts; the words after the last such
 * verb are searched. The credit's words are of no use in any case: the speaker facet names who said it.
 * https://www.meilisearch.com/docs/resources/help/known_limitations (at most 10 words per query)
 */

/** Verbs and phrases that introduce quoted words: `said`, `told reporters`, `tweeted`, `according to`. */
const SPEECH_INTRODUCER =
  /(?:^|\s)(?:said|says|saying|told(?:\s+(?:reporters|him|her|them|us|me))?|tells|wrote|writes|writing|tweeted|tweets|posted|added|adds|asked|replied|answered|declared|stated|claimed|insisted|warned|according\s+to\s+\S+)(?:\s+(?:that|this))?\s*[:,]?(?=\s)/giu;

/**
 * Fewer words after the verb are a search that names someone (`Trump said wikileaks`, `Tate says
 * the vote was rigged`), where the name is what picks out the right hit: kept whole.
 */
const QUOTATION_MIN_WORDS = 5;
const THREE_WORDS = /\S\s+\S+\s+\S/;

export function quotationOfPaste(paste: string): string {
  // Keywords (one or two words) hold no question, credit or verb of saying to drop: each needs
  // three words or more. Most searches are keywords, and the rules' patterns cost a few µs each.
  if (!THREE_WORDS.test(paste)) return withoutContractions(paste);
  const query = withoutCredits(withoutPronounCredit(withoutQuestion(paste)));
  let start = -1;
  for (const match of query.matchAll(SPEECH_INTRODUCER)) {
    const end = match.index + match[0].length;
    if (query.slice(end).trim().split(/\s+/).length >= QUOTATION_MIN_WORDS) start = end;
  }
  return withoutContractions(start < 0 ? query : query.slice(start).trim());
}

/**
 * A credit around the quotation dropped, when five words or more are left: before it with a colon
 * (`Mr Trump: Russia, if you are hearing me, …`) and after it (`‘Half a tunnel is worth precisely
 * nothing to anybody,’ he said`). Searched, a rare word of the credit (`Mr`, or the speaker's
 * name) outweighed the quotation's, and the quotation that the next one's credit repeats word for
 * word came first.
 */
function withoutCredits(query: string): string {
  let words = query;
  const before = CREDIT_BEFORE.exec(words);
  if (before && wordCount(words.slice(before[0].length)) >= QUOTATION_MIN_WORDS) words = words.slice(before[0].length);
  const after = CREDIT_AFTER.exec(words);
  if (after && wordCount(words.slice(0, after.index)) >= QUOTATION_MIN_WORDS) words = words.slice(0, after.index);
  return words;
}
/**
 * `he said unimaginable grief`, `She said: "I love it"`: a pronoun's credit before the quotation,
 * dropped when two words or more are left. It names no one, so nothing of the search is lost; searched, `he`
 * and `said` matched the credits of dozens of quotations (`…,” he said`) and the quotation was
 * not among them. A name's credit with fewer than five words after it stays (QUOTATION_MIN_WORDS).
 */
function withoutPronounCredit(query: string): string {
  const credit = PRONOUN_CREDIT.exec(query);
  return credit && wordCount(query.slice(credit[0].length)) >= 2 ? query.slice(credit[0].length) : query;
}
/**
 * Not `told` someone by a pronoun (`They told us to leave`, `He told me I was worthless`), nor
 * with fewer than two words left (`She said no`): a quotation's own opening words.
 */
const PRONOUN_CREDIT = /^\s*(?:he|she|they)\s+(?:said|says|(?:told|tells)\s+(?!(?:us|me|him|her|them|you|it)\b)\S+|wrote|writes|tweeted|tweets|added|adds|replied|answered)(?:\s+that)?\s*[:,]?\s+/iu;
const CREDIT_BEFORE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*:\s+/u;
const CREDITED_BY = String.raw`(?:he|she|they|I|we|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
const CREDITING = 'said|says|wrote|writes|tweeted|tweets|added|adds|recalled|replied';
/** `…,’ he said`, `…, Donald Trump Jr said`, `…, said Mike Pence.`, `… — Roger Stone told reporters`. */
const CREDIT_AFTER = new RegExp(
  String.raw`[,.!?]?\s*["'’”»]?\s*[—–-]?\s*(?:${CREDITED_BY}\s+(?:${CREDITING}|told\s+\S+)|(?:${CREDITING})\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\.?\s*$`,
  'u',
);

/**
 * A paste without the name it opens with (`Trump Junior if it's what you say I love it`): one to
 * three capitalised words, then a word in lower case, and five words or more left. Null otherwise.
 * The search tries it only for a paste that matched weakly (SearchService.search).
 */
export function withoutLeadingName(query: string): string | null {
  const name = LEADING_NAME.exec(query);
  if (!name) return null;
  const rest = query.slice(name[0].length);
  return wordCount(rest) >= QUOTATION_MIN_WORDS ? rest : null;
}
const LEADING_NAME = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?=\p{Ll})/u;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * A question's own words dropped: `who said putin likes me` asks for `putin likes me`, `what did
 * trump say about putin` for `trump putin`, and `when did the bridge collapse` for `the bridge
 * collapse`. Searched as written, `who` and `said` are words of the query like any other, and the
 * entries that have them (`Mike Erickson, who was …`) came first.
 */
function withoutQuestion(query: string): string {
  const asked = WHO_SAID.exec(query) ?? WHAT_DID_SAY.exec(query) ?? WHEN_DID.exec(query);
  if (!asked) return query;
  const rest = query.slice(asked[0].length);
  return asked[1] ? `${asked[1]} ${rest}` : rest;
}
const QUESTION_VERBS = 'say|said|says|write|wrote|writes|tweet|tweeted|tweets|tell|told|tells|claim|claimed|claims|call|called|calls|post|posted';
const WHO_SAID = new RegExp(`^\\s*who\\s+(?:first\\s+|really\\s+|actually\\s+)?(?:${QUESTION_VERBS})[:,]?\\s+(?:that\\s+)?(?=\\S)`, 'iu');
/**
 * `when did the bridge collapse`, `when did Whitfield resign`: the question's words, before what it
 * asks about, three words or more, or two after a name (not a quoted question's `Where is my son`).
 */
const WHEN_DID = /^\s*(?:[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow|WHEN|WHERE|WHY|HOW)\s+(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Hh]as|[Hh]ave|[Hh]ad|DID|DOES|DO|WAS|WERE|IS|ARE|HAS|HAVE|HAD)\s+(?=\S+\s+\S+\s+\S|\p{Lu}\S*\s+\S)/u;
const WHAT_DID_SAY = new RegExp(`^\\s*(?:what|when|where|why|how)\\s+(?:did|does|do|has|have|had)\\s+(\\S+(?:\\s+\\S+){0,2}?)\\s+(?:${QUESTION_VERBS})(?:\\s+(?:about|of|on|to))?\\s+(?=\\S)`, 'iu');

/**
 * A contraction's words in full: `I've` as `I have`, `isn't` as `is not`, `it's` as `it`. The
 * engine reads `I've` as `I` and `ve`, and `ve`, in few documents, is among the query's rarest
 * words, which the matching strategy keeps to the last: `I've actually communicated with Assange`
 * found only the one passage that says `we've`, not the quotation (`I actually have
 * communicated …`). Written in full, the words are common ones, the first the engine lets go; a
 * document that has the contraction is still found by the rest of the quotation. A negative is
 * written as one word instead (`don't` as `dont`): in full (`do not`) it matched none of a
 * document's `don’t`, read as `don` and `t`, and the quotation sank below others with `do` and
 * `not`; one word, the engine splits it into the two a document has (`don t`).
 */
export function withoutContractions(query: string): string {
  if (!APOSTROPHE.test(query)) return query;
  return query.replace(CONTRACTION, (_, word: string, ending: string) => {
    const lower = ending.toLowerCase();
    if (lower[0] === 'n') return `${word}nt`;
    const full = CONTRACTED_WORDS[lower[1]!]!;
    return full ? `${word} ${full}` : word;
  });
}
const APOSTROPHE = /['’]/;
const CONTRACTION = /\b(\p{L}+?)(n['’]t|['’](?:ve|re|ll|d|m|s))\b/giu;
/** What each ending stands for; `'s` (is, has, or whose) is dropped. */
const CONTRACTED_WORDS: Record<string, string> = { v: 'have', r: 'are', l: 'will', d: 'would', m: 'am', s: '' };
