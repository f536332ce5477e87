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

export function quotationOfPaste(query: string): string {
  let start = -1;
  for (const match of query.matchAll(SPEECH_INTRODUCER)) {
    const end = match.index + match[0].length;
    if (query.slice(end).trim().split(/\s+/).length >= QUOTATION_MIN_WORDS) start = end;
  }
  return withoutContractions(start < 0 ? query : query.slice(start).trim());
}

/**
 * A contraction's words in full: `I've` as `I have`, `isn't` as `is not`, `it's` as `it`. The
 * engine reads `I've` as `I` and `ve`, and `ve`, in few documents, is among the query's rarest
 * words, which the matching strategy keeps to the last: `I've actually communicated with Assange`
 * found only the one passage that says `we've`, not the quotation (`I actually have
 * communicated …`). Written in full, the words are common ones, the first the engine lets go; a
 * document that has the contraction is still found by the rest of the quotation.
 */
export function withoutContractions(query: string): string {
  return query.replace(CONTRACTION, (_, word: string, ending: string) => {
    const lower = ending.toLowerCase();
    if (lower[0] === 'n') return `${IRREGULAR_NEGATIVES[word.toLowerCase()] ?? word} not`;
    const full = CONTRACTED_WORDS[lower[1]!]!;
    return full ? `${word} ${full}` : word;
  });
}
const CONTRACTION = /\b(\p{L}+?)(n['’]t|['’](?:ve|re|ll|d|m|s))\b/giu;
/** What each ending stands for; `'s` (is, has, or whose) is dropped. */
const CONTRACTED_WORDS: Record<string, string> = { v: 'have', r: 'are', l: 'will', d: 'would', m: 'am', s: '' };
/** Negatives whose stem is no word of its own: `can't`, `won't`, `shan't`. */
const IRREGULAR_NEGATIVES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
