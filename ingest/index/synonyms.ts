/**
 * English words that say the same thing in two spellings the engine keeps apart: a negative
 * written whole or contracted, `nobody` / `no one`, and a number in words or figures. People paste a half-remembered quotation
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

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** `twenty one` (the engine reads `twenty-one` as two words), `thirty`, `seven`. */
function numberWords(n: number): string {
  return n < 20 ? UNITS[n]! : n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]} ${UNITS[n % 10]}`;
}

/**
 * A number in figures and in words: 2 to 99 as figures (`30` finds `thirty`), hundreds (`five
 * hundred` and `500`) and thousands (`thirty thousand` and `30,000`, which the engine reads as
 * `30` and `000`) both ways. `We have waited 30 years` found another quotation's `three years` first, and
 * `thirty thousand emails` missed `the 30,000 emails`.
 */
function numbers(): Array<[string, string[]]> {
  const pairs: Array<[string, string[]]> = [];
  const both = (words: string, figures: string) => pairs.push([words, [figures]], [figures, [words]]);
  // Figures to words only, from 2: a word such as `one` or `three` is everywhere in English, and as
  // figures it would match every entry dated the 1st or the 3rd (their dateText is searched).
  for (let n = 2; n < 100; n += 1) pairs.push([String(n), [numberWords(n)]]);
  for (let n = 1; n < 10; n += 1) both(`${numberWords(n)} hundred`, `${n}00`);
  for (let n = 1; n < 100; n += 1) both(`${numberWords(n)} thousand`, `${n} 000`);
  return pairs;
}

/** Keys in the engine's order (it gives them back sorted), so a stored copy compares equal. */
export const INDEX_SYNONYMS: Record<string, string[]> = Object.fromEntries([...negatives(), ...pronouns(), ...numbers()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
