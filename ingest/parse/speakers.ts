/**
 * Who said it, by rules and never by a list of people: the subject of an attributing verb in
 * the quotation's own sentence (`X says of Y’s statement: “…”`), an attribution after it
 * (`“…,” X said`, `“…,” said the mayor`), the sentence just before it, or, for a quotation
 * standing as its own paragraph, the paragraph just before it (`Trump Jr replies`). `he`/`she`
 * resolve to the last person named; short forms to the article's fullest form. When no rule
 * applies the speaker is null. Each attribution keeps its evidence: the words that made it.
 */
import type { ArticleNames } from './names.ts';
import { bareWord, findNameMention, isNameWord, isNotName, isTitleWord, stripTitles } from './names.ts';
import { collapseWhitespace } from './normalize-text.ts';
import type { QuotationSpan } from './quotes.ts';
import { openingClause, splitSentences, type Sentence } from './sentences.ts';

const SPEECH_VERBS = new Set(
  `say says said tell tells told address addresses addressed tweet tweets tweeted reply replies replied respond responds responded write writes
  wrote state states stated proclaim proclaims proclaimed declare declares declared announce announces announced
  claim claims claimed add adds added ask asks asked deny denies denied admit admits admitted insist insists
  insisted warn warns warned promise promises promised threaten threatens threatened confirm confirms confirmed
  explain explains explained note notes noted argue argues argued recall recalls recalled post posts posted
  testify testifies testified comment comments commented remark remarks remarked acknowledge acknowledges
  acknowledged concede concedes conceded counter counters countered boast boasts boasted joke jokes joked quip
  quips quipped shout shouts shouted exclaim exclaims exclaimed urge urges urged plead pleads pleaded demand
  demands demanded suggest suggests suggested predict predicts predicted vow vows vowed reiterate reiterates
  reiterated repeat repeats repeated retort retorts retorted answer answers answered complain complains complained
  mock mocks mocked praise praises praised accuse accuses accused echo echoes echoed promote promotes promoted
  call calls called speak speaks spoke assert asserts asserted maintain maintains maintained emphasize emphasizes
  emphasized stress stresses stressed recommend recommends recommended tout touts touted blast blasts blasted
  slam slams slammed lament laments lamented muse muses mused observe observes observed describe describes described
  continue continues continued`
    .split(/\s+/)
    .filter(Boolean),
);

/** Participles attach to the sentence's subject: `Goldstone reaches out … offering “…”`. */
const SPEECH_PARTICIPLES = new Set(
  `saying telling writing noting adding asking claiming offering promising warning calling declaring insisting
  arguing explaining recommending suggesting urging tweeting stating announcing threatening boasting joking
  replying responding answering demanding describing`
    .split(/\s+/)
    .filter(Boolean),
);

/** `makes an announcement`, `sends private message`, `issues a statement`: a speech act as a noun. */
const SPEECH_ACT = /\b(?:makes?|made|issues?|issued|gives?|gave|delivers?|delivered|releases?|released|sends?|sent|posts?|posted|publishes?|published|writes?|wrote|tweets?|tweeted)\s+(?:(?:a|an|another|the|his|her|their|its|one|two|several|private|public|new|short|brief|formal|written|joint|direct)\s+){0,3}(?:announcement|statement|speech|remarks|message|messages|tweet|tweets|email|emails|letter|note|post|reply|response|comment|interview|video|press release)\b/i;

const ADVERBS = new Set(
  `again also then later now still even soon once first finally quickly publicly immediately reportedly allegedly
  privately repeatedly almost just never only back further twice openly directly angrily simply`
    .split(/\s+/)
    .filter(Boolean),
);
const PRONOUNS = new Set(['he', 'she']);
/** Lower-case role words that sit between a description and a name: `Union leader Kofi Mensah`, `Security firm Crowdstrike`. */
const ROLE_WORDS = new Set(
  `leader member official spokesman spokeswoman spokesperson executive chief director president chairman chairwoman
  head lawyer attorney manager secretary minister firm group company agency councillor councilor representative
  organiser organizer founder editor reporter analyst candidate worker employee owner officer commissioner mediator
  negotiator activist campaigner adviser advisor aide operative consultant publicist strategist`
    .split(/\s+/)
    .filter(Boolean),
);
const CONJUNCTIONS = new Set(['and', 'but', 'then', 'or', 'yet', 'before', 'after', 'while']);
const IRREGULAR_VERBS = new Set(
  `is was are were has had does did makes made sends sent meets met takes took gives gave gets got goes went
  comes came knows knew sees saw thinks thought finds found leaves left leads led wins won runs ran pays paid holds
  held brings brought keeps kept begins began becomes became agrees learns hires breaches publishes`
    .split(/\s+/)
    .filter(Boolean),
);

type Subject = { kind: 'name'; name: string } | { kind: 'pronoun' } | { kind: 'role'; title: string };

interface Token {
  raw: string;
  word: string;
  lower: string;
}

function tokenize(text: string): Token[] {
  // One loop, no intermediate arrays: every sentence of every paragraph goes through here.
  const tokens: Token[] = [];
  for (const raw of text.split(/\s+/)) {
    if (raw === '') continue;
    const word = bareWord(raw);
    tokens.push({ raw, word, lower: word.toLowerCase() });
  }
  return tokens;
}

function looksLikeVerb(token: Token | undefined): boolean {
  if (!token || !/^[a-z]+$/.test(token.word)) return false;
  return SPEECH_VERBS.has(token.lower) || IRREGULAR_VERBS.has(token.lower) || /(s|ed)$/.test(token.lower);
}

function skipAdverbsForward(tokens: Token[], index: number): number {
  while (index < tokens.length && (ADVERBS.has(tokens[index]!.lower) || /^[a-z]+ly$/.test(tokens[index]!.word))) index += 1;
  return index;
}

/** A run of name words starting at `index` (titles included), and where it ends. */
function nameRunAt(tokens: Token[], index: number): { words: string[]; end: number } | null {
  // Words inside a quotation are what someone said, never who said it.
  if (/^["“”„«]/.test(tokens[index]?.raw ?? '')) return null;
  const words: string[] = [];
  let position = index;
  while (position < tokens.length) {
    const token = tokens[position]!;
    if (!token.word || !(isNameWord(token.word) || (words.length > 0 && /^\d+\.\d+$/.test(token.word)))) break;
    words.push(token.word);
    position += 1;
    // A comma or possessive closes the name (`Mook,` in an apposition, `Mook’s`).
    if (/[,;:’']s?$/.test(token.raw) && token.raw !== token.word) break;
  }
  return words.length ? { words, end: position } : null;
}

/**
 * The subject a sentence opens with, after an optional time phrase (`Four hours later,`,
 * `15 minutes later`): a name followed by a verb.
 */
function openingSubject(tokens: Token[]): Subject | null {
  const starts = [0];
  const comma = tokens.slice(0, 6).findIndex((token) => token.raw.endsWith(','));
  if (comma >= 0) starts.push(comma + 1);
  const later = tokens.slice(0, 5).findIndex((token) => /^(later|earlier|afterwards|afterward)$/.test(token.lower));
  if (later >= 0) starts.push(later + 1);
  for (let start of starts) {
    const token = tokens[start];
    if (token && PRONOUNS.has(token.lower) && looksLikeVerb(tokens[skipAdverbsForward(tokens, start + 1)])) return { kind: 'pronoun' };
    // `Union leader Kofi Mensah`: a description, then role words, then the name.
    const description = nameRunAt(tokens, start);
    if (description && ROLE_WORDS.has(tokens[description.end]?.lower ?? '')) {
      start = description.end;
      while (ROLE_WORDS.has(tokens[start]?.lower ?? '')) start += 1;
    }
    const run = nameRunAt(tokens, start);
    if (!run) continue;
    const mention = stripTitles(run.words);
    if (!mention || isNotName(mention.name)) continue;
    if (looksLikeVerb(tokens[skipAdverbsForward(tokens, run.end)])) return { kind: 'name', name: mention.name };
    // `Ari Cohen, a spokesman for the firm, said`: the verb comes after an apposition.
    if (tokens[run.end - 1]!.raw.endsWith(',')) {
      const close = tokens.slice(run.end, run.end + 8).findIndex((token) => token.raw.endsWith(','));
      if (close >= 0 && looksLikeVerb(tokens[skipAdverbsForward(tokens, run.end + close + 1)])) return { kind: 'name', name: mention.name };
    }
  }
  return null;
}

/** The subject of the speech verb at `verbIndex`: the name right before it, else the sentence's opening subject. */
function subjectOfVerb(tokens: Token[], verbIndex: number, participle: boolean): Subject | null {
  let index = verbIndex - 1;
  while (index >= 0 && (ADVERBS.has(tokens[index]!.lower) || /^[a-z]+ly$/.test(tokens[index]!.word))) index -= 1;
  const before = tokens[index];
  if (!participle && before) {
    if (PRONOUNS.has(before.lower) && before.raw === before.word) return { kind: 'pronoun' };
    if (index >= 1 && tokens[index - 1]!.lower === 'the' && isTitleWord(before.word)) return { kind: 'role', title: before.lower };
    if (isNameWord(before.word) && !CONJUNCTIONS.has(before.lower)) {
      let start = index;
      while (start > 0 && isNameWord(tokens[start - 1]!.word) && !/[,;:]$/.test(tokens[start - 1]!.raw)) start -= 1;
      const mention = stripTitles(tokens.slice(start, index + 1).map((token) => token.word));
      if (mention && !isNotName(mention.name)) return { kind: 'name', name: mention.name };
    }
  }
  return openingSubject(tokens);
}

/** `according to X`, `in the words of X`: the source is named after the phrase. */
const SOURCE_PHRASE = /\b(?:according to|in the words of|as told by)\s+(?:the\s+)?/gi;

/** The last speech verb of a stretch of text and its subject. */
function speechVerbSubject(text: string): Subject | null {
  const tokens = tokenize(text);
  for (const match of [...text.matchAll(SOURCE_PHRASE)].reverse()) {
    const after = tokenize(text.slice(match.index! + match[0].length));
    if (after[0] && isTitleWord(after[0].word) && /^[a-z]/.test(after[0].raw)) return { kind: 'role', title: after[0].lower };
    const run = nameRunAt(after, 0);
    const mention = run && stripTitles(run.words);
    if (mention && !isNotName(mention.name)) return { kind: 'name', name: mention.name };
  }
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index]!;
    if (token.raw !== token.raw.toLowerCase() && !/^[a-z]/.test(token.raw)) continue;
    const participle = SPEECH_PARTICIPLES.has(token.lower);
    if (SPEECH_VERBS.has(token.lower) || participle) {
      const subject = subjectOfVerb(tokens, index, participle);
      if (subject) return subject;
    }
  }
  const act = SPEECH_ACT.exec(text);
  if (act) {
    const verbIndex = tokenize(text.slice(0, act.index)).length;
    return subjectOfVerb(tokens, verbIndex, false);
  }
  return null;
}

/** `, X said` / `, said X` / `, she said` / `, said the mayor` right after a quotation. */
function trailingAttribution(text: string): { subject: Subject; evidence: string } | null {
  // `“…” — Jane Doe, in a statement`: a dash and a name after the quotation.
  const dashed = /^\s*[—–-]\s*([^,.;:(“"”]+)/.exec(text);
  if (dashed) {
    const run = nameRunAt(tokenize(dashed[1]!), 0);
    const mention = run && stripTitles(run.words);
    if (run && mention && run.end === tokenize(dashed[1]!).length) return { subject: { kind: 'name', name: mention.name }, evidence: collapseWhitespace(text.trim().split(/[,.;(]/)[0]!) };
  }
  const clause = openingClause(text);
  const tokens = tokenize(clause).slice(0, 8);
  if (!tokens.length) return null;
  const evidenceOf = (count: number) => collapseWhitespace(tokens.slice(0, count).map((token) => token.raw).join(' ')).replace(/[,;:]$/, '');
  const first = tokens[0]!;
  if (SPEECH_VERBS.has(first.lower)) {
    const second = tokens[1];
    if (second && PRONOUNS.has(second.lower)) return { subject: { kind: 'pronoun' }, evidence: evidenceOf(2) };
    if (second?.lower === 'the' && tokens[2] && isTitleWord(tokens[2].word)) {
      return { subject: { kind: 'role', title: tokens[2].lower }, evidence: evidenceOf(3) };
    }
    // `said council president Maria Santos`: a lower-case description may stand before the name.
    let nameStart = 1;
    while (nameStart < 4 && /^[a-z]+$/.test(tokens[nameStart]?.raw ?? '') && tokens[nameStart]!.lower !== 'the') nameStart += 1;
    const run = nameRunAt(tokens, nameStart) ?? nameRunAt(tokens, 1);
    const mention = run && stripTitles(run.words);
    if (run && mention) return { subject: { kind: 'name', name: mention.name }, evidence: evidenceOf(run.end) };
    return null;
  }
  if (PRONOUNS.has(first.lower) && SPEECH_VERBS.has(tokens[skipAdverbsForward(tokens, 1)]?.lower ?? '')) {
    return { subject: { kind: 'pronoun' }, evidence: evidenceOf(skipAdverbsForward(tokens, 1) + 1) };
  }
  if (first.lower === 'the' && tokens[1] && isTitleWord(tokens[1].word) && SPEECH_VERBS.has(tokens[2]?.lower ?? '')) {
    return { subject: { kind: 'role', title: tokens[1].lower }, evidence: evidenceOf(3) };
  }
  // `the mediator, Paul Okafor, tells`: the name in the apposition speaks.
  if (first.lower === 'the' && tokens[1]?.raw.endsWith(',')) {
    const named = nameRunAt(tokens, 2);
    const mention = named && stripTitles(named.words);
    const verb = named ? skipAdverbsForward(tokens, named.end) : -1;
    if (named && mention && SPEECH_VERBS.has(tokens[verb]?.lower ?? '')) {
      return { subject: { kind: 'name', name: mention.name }, evidence: evidenceOf(verb + 1) };
    }
  }
  // `X said`, or a description before the name: `council leader Amira Khan said`, `White House
  // spokesman Josh Earnest said`, `Trump’s lawyer Rudy Giuliani said`. A function word or a comma
  // ends the description (`a spokesman for Mayor Lee said` names no speaker).
  for (let start = 0; start < 5; start += 1) {
    const previous = tokens[start - 1];
    if (previous && (DESCRIPTION_STOPS.has(previous.lower) || /[,;:]$/.test(previous.raw) || SPEECH_VERBS.has(previous.lower))) break;
    const run = nameRunAt(tokens, start);
    if (!run) continue;
    const verb = skipAdverbsForward(tokens, run.end);
    const mention = stripTitles(run.words);
    if (mention && !isNotName(mention.name) && SPEECH_VERBS.has(tokens[verb]?.lower ?? '')) {
      return { subject: { kind: 'name', name: mention.name }, evidence: evidenceOf(verb + 1) };
    }
  }
  return null;
}

/** Words that cannot describe a speaker standing before the name: `a`, `for`, `and`, `who`… */
const DESCRIPTION_STOPS = new Set(
  `a an the for of to with by from and but or at in on as than that which who whom whose this these those his her
  their its our my your`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The words of a sentence before a quotation, at most the last MAX_LEAD characters of them (cut
 * at a word): an attribution stands close to its quotation, and a sentence holding thousands of
 * quotations would otherwise be read again for each one.
 */
function sentenceBefore(paragraph: string, sentenceStart: number, quoteStart: number): string {
  if (quoteStart - sentenceStart <= MAX_LEAD) return paragraph.slice(sentenceStart, quoteStart);
  return paragraph.slice(quoteStart - MAX_LEAD, quoteStart).replace(/^\S*\s+/, '');
}
const MAX_LEAD = 400;

/** True when the clause right after a quotation holds a speech verb among its first words. */
function speechVerbFollows(text: string): boolean {
  const clause = openingClause(text);
  return tokenize(clause)
    .slice(0, 6)
    .some((token) => SPEECH_VERBS.has(token.lower) && token.raw === token.lower);
}

export interface QuoteAttribution {
  speaker: string | null;
  attribution: string | null;
}

/**
 * Attributes quotations paragraph by paragraph, remembering the last person named so `he` and
 * `she` resolve. One instance per article; paragraphs must be fed in article order.
 */
export class SpeakerAttributor {
  private lastPerson: string | null = null;
  /** The last paragraph attributed and the speaker of its last quotation, for quotations running on. */
  private lastQuoted: { paragraph: string; speaker: string; attribution: string } | null = null;

  constructor(private readonly names: ArticleNames) {}

  private resolve(subject: Subject): string | null {
    if (subject.kind === 'pronoun') return this.lastPerson;
    if (subject.kind === 'role') return this.names.byRole(subject.title);
    return this.names.canonical(subject.name);
  }

  private attributed(subject: Subject | null, evidence: string): QuoteAttribution | null {
    if (!subject) return null;
    const speaker = this.resolve(subject);
    return speaker ? { speaker, attribution: collapseWhitespace(evidence) } : null;
  }

  /** The attribution a whole paragraph offers to a quotation standing right after it. */
  private fromPrecedingParagraph(previous: string | undefined): QuoteAttribution | null {
    if (!previous) return null;
    const sentences = splitSentences(previous);
    for (let index = sentences.length - 1; index >= 0; index -= 1) {
      const text = sentences[index]!.text;
      const found = this.attributed(speechVerbSubject(text), text);
      if (found) return found;
    }
    const last = sentences.at(-1);
    return last ? this.attributed(openingSubject(tokenize(last.text)), last.text) : null;
  }

  private attributeOne(paragraph: string, sentences: Sentence[], quote: QuotationSpan, previous: string | undefined): QuoteAttribution {
    const sentenceIndex = sentences.findIndex((sentence) => quote.start >= sentence.start && quote.start < sentence.end);
    const sentence = sentences[Math.max(0, sentenceIndex)]!;
    // The attribution follows the quotation, interrupts it (`“We will not,” X said, “give up.”`),
    // or, when the quotation ends in ! or ? and so ends its sentence, opens the next sentence
    // (`“We won!” Mayor Lee says.`).
    const next = sentences[sentenceIndex + 1];
    const after = quote.aside
      ? paragraph.slice(quote.aside.start, quote.aside.end)
      : /[!?]$/.test(quote.text) && quote.end >= sentence.end - 1 && next
        ? next.text
        : paragraph.slice(quote.end, sentence.end);
    const trailing = trailingAttribution(after);
    // `“…,” the winner told supporters`: attributed in its own sentence, to someone no rule can
    // name. The sentence or paragraph before would be a guess.
    if (!trailing && speechVerbFollows(after)) return { speaker: null, attribution: null };
    const found =
      (trailing && this.attributed(trailing.subject, trailing.evidence)) ??
      (() => {
        const before = sentenceBefore(paragraph, sentence.start, quote.start);
        if (before.trim()) return this.attributed(speechVerbSubject(before), before.trim());
        // The quotation opens its sentence: the sentence before it, or the paragraph before that.
        if (sentenceIndex > 0) {
          const previousSentence = sentences[sentenceIndex - 1]!.text;
          return (
            this.attributed(speechVerbSubject(previousSentence), previousSentence) ??
            (/[:.]$/.test(previousSentence.trim()) ? this.attributed(openingSubject(tokenize(previousSentence)), previousSentence) : null)
          );
        }
        return this.fromPrecedingParagraph(previous);
      })();
    return found ?? { speaker: null, attribution: null };
  }

  /** Attributes each quotation of a paragraph; `previous` is the paragraph before it in the same entry or passage run. */
  attribute(paragraph: string, quotes: QuotationSpan[], previous: string | undefined): QuoteAttribution[] {
    const sentences = splitSentences(paragraph);
    if (!quotes.length) {
      // Nothing to attribute: only the person the paragraph leaves behind matters, which the last
      // sentence naming one decides, so look from the end (most paragraphs have no quotation).
      for (let index = sentences.length - 1; index >= 0; index -= 1) {
        const person = this.personIn(sentences[index]!.text);
        if (person !== undefined) {
          this.lastPerson = person;
          break;
        }
      }
      this.lastQuoted = null;
      return [];
    }
    const results: QuoteAttribution[] = [];
    // Sentence by sentence, so `he` means the last person named before the quotation.
    sentences.forEach((sentence, sentenceIndex) => {
      for (const [index, quote] of quotes.entries()) {
        if (quote.start < sentence.start || quote.start >= sentence.end) continue;
        let found = this.attributeOne(paragraph, sentences, quote, previous);
        const before = results[index - 1];
        const opensSentence = paragraph.slice(sentence.start, quote.start).trim() === '';
        // `“…,” said the mayor. “…”`: a quotation that goes on from an attributed one keeps its speaker,
        // within the paragraph or from a quotation closing the paragraph before.
        if (!found.speaker && before?.speaker && (opensSentence || sentenceIndex === 0)) found = before;
        if (!found.speaker && index === 0 && quote.start === 0 && previous !== undefined && this.lastQuoted?.paragraph === previous) {
          found = { speaker: this.lastQuoted.speaker, attribution: this.lastQuoted.attribution };
        }
        results[index] = found;
        if (found.speaker) this.lastPerson = found.speaker;
      }
      this.lastPerson = this.personIn(sentence.text) ?? this.lastPerson;
    });
    const all = quotes.map((_quote, index) => results[index] ?? { speaker: null, attribution: null });
    const last = all.at(-1);
    this.lastQuoted = last?.speaker ? { paragraph, speaker: last.speaker, attribution: last.attribution! } : null;
    return all;
  }

  /**
   * The person a sentence is about, for `he`/`she` in what follows: its subject when that is a
   * name, else the first full name in it; undefined when it names no one (or opens with `he` or a
   * role), which leaves the last person as it was.
   */
  private personIn(sentence: string): string | undefined {
    const subject = openingSubject(tokenize(sentence));
    if (subject?.kind === 'name') return this.names.canonical(subject.name);
    if (subject) return undefined;
    const named = findNameMention(sentence, (mention) => this.names.canonical(mention.name).includes(' '));
    return named && this.names.canonical(named.name);
  }
}
