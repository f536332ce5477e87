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
  return start < 0 ? query : query.slice(start).trim();
}
