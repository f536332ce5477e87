/**
 * English words that say the same thing in two spellings the engine keeps apart: a negative
 * written whole or contracted, and `nobody` / `no one`. Not numbers in words and figures
 * (`thirty` and `30`): tried, and their 400 entries cost the engine 40% more CPU a search on the
 * benchmark's workload (1,897 against 1,358 µs), for two queries of a tester's 287
 * (docs/performance.md). People paste a half-remembered quotation
 * in the other spelling (`I can't defend numbers I didn't write` for `I cannot defend numbers I
 * did not write`, `No one is above the rules` for `Nobody is …`), and the engine matched neither
 * word, so a paraphrase's first words found another entry first.
 *
 * The engine reads a document's `didn’t` as two words, `didn` and `t`. A query's contraction comes
 * to the engine as one word (`didnt`, server/pasted-quotation.ts), which it splits into those two
 * itself; so each whole negative is given the contraction's two words (`did not` → `didn t`) and
 * each one-word contraction the whole form (`didnt` → `did not`).
 * https://www.meilisearch.com/docs/learn/relevancy/synonyms
 */

/** The verbs whose negative is `…n't`: `didn't`, `isn't`, `shouldn't`. */
const NEGATED = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'could', 'would', 'should', 'must', 'need', 'might'];

function negatives(): Array<[string, string[]]> {
  const pairs: Array<[string, string[]]> = NEGATED.flatMap((verb): Array<[string, string[]]> => [
    [`${verb}nt`, [`${verb} not`]],
    [`${verb} not`, [`${verb}n t`]],
  ]);
  // The three whose contraction is spelt otherwise: `can't` (and `cannot`), `won't`, `shan't`.
  pairs.push(['cant', ['cannot', 'can not']], ['cannot', ['can t', 'can not']], ['can not', ['can t', 'cannot']]);
  pairs.push(['wont', ['will not']], ['will not', ['won t']], ['shant', ['shall not']], ['shall not', ['shan t']]);
  return pairs;
}

/** `nobody` and `no one`, `everybody` and `everyone`: both ways. */
function pronouns(): Array<[string, string[]]> {
  return ['no', 'every', 'some', 'any'].flatMap((start): Array<[string, string[]]> => {
    const [body, one] = [`${start}body`, start === 'no' ? 'no one' : `${start}one`];
    return [[body, [one]], [one, [body]]];
  });
}

/** Keys in the engine's order (it gives them back sorted), so a stored copy compares equal. */
export const INDEX_SYNONYMS: Record<string, string[]> = Object.fromEntries([...negatives(), ...pronouns()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
