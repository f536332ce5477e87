/**
 * Who said it, by rules and never by a list of people: the subject of an attributing verb in
 * the quotation's own sentence (`X says of Y’s statement: “…”`), an attribution after it
 * (`“…,” X said`, `“…,” said the mayor`), the sentence just before it, or, for a quotation
 * standing as its own paragraph, the paragraph just before it (`Trump Jr replies`). `he`/`she`
 * resolve to the last person named; short forms to the article's fullest form. When no rule
 * applies the speaker is null. Each attribution keeps its evidence: the words that made it.
 */
import { keptByText } from './kept-answers.ts';
import { CAPITALISED_WORD, OPENS_LOWER_CASE, OPENS_UPPER_CASE, UPPER_CASE_WORD } from './letters.ts';
import type { ArticleNames, NameMention } from './names.ts';
import { bareWord, DAY_NUMBER, DEATH, GENERATIONS, holderInTitleRun, isNameWord, isNotName, isPartyAndState, isPluralTitle, isPoliceRank, isTitleWord, MONTH_WORDS, nicknameLength, opensWithMark, PARTICLES, PHRASE_CONNECTOR, POSSESSIVE, stripTitles, TITLE_OF } from './names.ts';
import { collapseWhitespace, isSpaceCode } from './normalize-text.ts';
import { quotedSpans, withoutQuotations, type QuotationSpan } from './quotes.ts';
import { openingClause, splitSentences, type Sentence } from './sentences.ts';
import {
  ADVERBS,
  ARTICLES_AND_OWNERS,
  AUXILIARIES,
  CONJUNCTIONS,
  DESCRIPTION_STOPS,
  DETERMINERS,
  IRREGULAR_VERBS,
  NOT_PERSON_WORDS,
  NOUN_LIKE_VERBS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  REPLY_VERBS,
  ROLE_WORDS,
  SPEECH_ACT,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from './speech-words.ts';


/** A name's titles (`Governor` in `Governor Hale`) pick between people who share the name. */
/**
 * `at`: where a name found as a verb's subject starts among the tokens read, so that an
 * attribution can start there (runInHeadingCut), not at a heading's words run in before it.
 */
type Subject = { kind: 'name'; name: string; titles?: string[]; fullNameOnly?: boolean; at?: number } | { kind: 'pronoun'; word: string } | { kind: 'role'; title: string };

/**
 * Name words as a subject: titles dropped, and null when what is left is no name (`The`,
 * `Meanwhile`). A surname that is also a title (`King said`, `Judge Bishop said`, after `Anna
 * King`) is kept as a `fullNameOnly` subject: it names someone only as the end of a full name the
 * article gives, never on its own (`Chairman said` is no one called Chairman).
 */
function nameSubject(words: string[]): Subject | null {
  const mention = stripTitles(words);
  // `DCI Hughes said`: a police rank before one word names someone only as the end of a full name
  // the article gives (`DCI Mark Hughes`): `DS Smith` and `DC Comics` are companies.
  const rankBeforeOneWord = !!mention && !mention.name.includes(' ') && isPoliceRank(words[0]!);
  // Objects written out, not spread: a spread costs more than the rest of the function.
  if (mention) return isNotName(mention.name) ? null : rankBeforeOneWord ? { kind: 'name', name: mention.name, titles: mention.titles, fullNameOnly: true } : { kind: 'name', name: mention.name, titles: mention.titles };
  const last = words.at(-1);
  if (!last || !CAPITALISED_WORD.test(last) || !isTitleWord(last)) return null;
  return { kind: 'name', name: last, titles: words.slice(0, -1).filter(isTitleWord).map((word) => word.toLowerCase()), fullNameOnly: true };
}

interface Token {
  raw: string;
  word: string;
  lower: string;
}

/**
 * The token at `index`, undefined before the first as after the last: how the readers look back
 * from a token that may be the first. V8 reads a negative index of an array as a property by name,
 * some 90 ns against a few for an element (measured), and a name opening a sentence had the
 * tokens before it looked up so.
 */
export function tokenAt<Item>(tokens: readonly Item[], index: number): Item | undefined {
  return index >= 0 ? tokens[index] : undefined;
}

function tokenize(text: string): Token[] {
  // One scan of the character codes, no intermediate array: every sentence read goes through here
  // (a third faster than `text.split(/\s+/)`).
  const tokens: Token[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    if (index < text.length && !isSpaceCode(text.charCodeAt(index))) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      const raw = text.slice(start, index);
      const word = bareWord(raw);
      tokens.push({ raw, word, lower: word.toLowerCase() });
      start = -1;
    }
  }
  return tokens;
}

function looksLikeVerb(token: Token | undefined): boolean {
  if (!token || !/^[a-z]+$/.test(token.word)) return false;
  return SPEECH_VERBS.has(token.lower) || IRREGULAR_VERBS.has(token.lower) || /(s|ed)$/.test(token.lower);
}

/**
 * Verbs of being told something, as past participles: `was told`, `is informed`, `were assured`.
 * Not `asked`: who was asked is who answers (`Ramos was asked about the lawsuit. “No comment.”`).
 */
const PASSIVE_PARTICIPLES = new Set(
  'told informed warned assured advised reminded promised ordered instructed notified cautioned urged reassured said quoted'.split(' '),
);
const BE_FORMS = new Set('is was were are be been being get gets got'.split(' '));

/** True when the participle at `index` follows a form of `be` (an adverb between allowed: `was repeatedly told`). */
function isPassive(tokens: Token[], index: number): boolean {
  let before = index - 1;
  if (before >= 0 && (ADVERBS.has(tokens[before]!.lower) || /^[a-z]+ly$/.test(tokens[before]!.word))) before -= 1;
  if (before < 0) return false;
  // `Lomax, warned by colleagues that …,`: a participle opening an apposition.
  if (tokens[before]!.raw.endsWith(',') && tokens[index + 1]?.lower === 'by') return true;
  return BE_FORMS.has(tokens[before]!.lower) && tokens[before]!.raw === tokens[before]!.word;
}

/** Verbs that put a verb of speaking in another time: `would later say`, `had told`. */
const TENSE_AUXILIARIES = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'must', 'had', 'has', 'have']);

/** Past adverbs and an auxiliary of tense with its adverbs: `would later` before `say`, `had earlier` before `told`. */
function skipAuxiliaryForward(tokens: Token[], index: number): number {
  const at = skipAdverbsForward(tokens, index);
  return TENSE_AUXILIARIES.has(tokens[at]?.raw ?? '') ? skipAdverbsForward(tokens, at + 1) : at;
}

function skipAdverbsForward(tokens: Token[], index: number): number {
  while (index < tokens.length && (ADVERBS.has(tokens[index]!.lower) || /^[a-z]+ly$/.test(tokens[index]!.word))) index += 1;
  return index;
}

/**
 * The run of name words at `index`, or, when a lower-case role follows it and then a name, that
 * name: `Vardell mayor Karin Aasen`, `Halstow council leader Tom Price` name a place or body
 * first. After an owner, the person named right after it (`Sydney Water’s Anna Ruiz`).
 */
function speakerRunAt(tokens: Token[], index: number): { words: string[]; end: number } | null {
  const run = nameRunAt(tokens, index);
  if (!run) return null;
  const last = tokens[run.end - 1]!;
  // `Nimbra’s chief executive`: the owner of a role is not the one speaking, unless the role's
  // holder is named after a comma (`Koh’s campaign manager, Jen O’Malley`).
  if (POSSESSIVE.test(last.raw)) {
    // `Sydney Water’s Anna Ruiz`, `Liverpool’s Mohamed Salah`: a person named right after the owner.
    const owned = personRun(nameRunAt(tokens, run.end));
    if (owned) return owned;
    const comma = tokens.slice(run.end, run.end + 4).findIndex((token) => /^[a-z][a-z-]*,$/.test(token.raw));
    return comma >= 0 ? nameRunAt(tokens, run.end + comma + 1) : null;
  }
  if (last.raw !== last.word) return run;
  // Up to three lower-case words, the last of them a role: then the name after them is the
  // speaker (`Vardell mayor Karin Aasen`, `Hale ally Tom Reed`), and with no name after them the
  // capitalised word only described the role (`the German minister`, `a Hale spokesperson`).
  let next = run.end;
  // Not across a place's preposition: `a Liverpool fan outside Anfield` names no one.
  // A role may be hyphenated: `KVEA vice-president Maria Lopez`, `Acme co-founder Sam Hill`.
  // Two roles joined by `and` are one person's (`Acme co-founder and chief executive Sam Hill`).
  let joined = 0;
  while (next < run.end + 3 + joined && /^[a-z]+(?:-[a-z]+)*$/.test(tokens[next]?.word ?? '') && !PLACE_PREPOSITIONS.has(tokens[next]!.lower) && !SPEECH_VERBS.has(tokens[next]!.lower)) {
    if (DESCRIPTION_STOPS.has(tokens[next]!.lower)) {
      if (joined || tokens[next]!.raw !== 'and' || !isRole(tokens[next - 1]) || !/^[a-z]/.test(tokens[next + 1]?.raw ?? '')) break;
      joined = 3;
    }
    next += 1;
    // `negotiator.` ends the clause: the role is the last word.
    if (tokens[next - 1]!.raw !== tokens[next - 1]!.word) break;
  }
  if (next === run.end) return run;
  const after = nameRunAt(tokens, next);
  if (after) return after;
  return isRoleLower(tokens[next - 1]!.lower) ? null : run;
}

/** The marks that open a quotation before a word: `"`, `“`, `”`, `„`, `«`. */
const QUOTATION_OPENERS = new Set([...'"“”„«'].map((mark) => mark.charCodeAt(0)));

/** `(71)`, `(71),`: an age in brackets after a name. */
const AGE_IN_BRACKETS = /^\(\d{1,3}\)[,;:]?$/;

/** A run of name words starting at `index` (titles included), and where it ends. */
function nameRunAt(tokens: Token[], index: number): { words: string[]; end: number } | null {
  // Words inside a quotation are what someone said, never who said it.
  // (By the first character's code: this runs at every capitalised word of every sentence read.)
  const opener = tokens[index]?.raw.charCodeAt(0);
  if (opener !== undefined && QUOTATION_OPENERS.has(opener)) return null;
  const words: string[] = [];
  let position = index;
  while (position < tokens.length) {
    const token = tokens[position]!;
    // `Ana María de la Cruz`: particles join a name when a name word follows them.
    if (words.length > 0 && PARTICLES.has(token.raw)) {
      let next = position;
      while (PARTICLES.has(tokens[next]?.raw ?? '')) next += 1;
      if (!isNameWord(tokens[next]?.word ?? '')) break;
      for (const particle of tokens.slice(position, next)) words.push(particle.raw);
      position = next;
      continue;
    }
    // `Robert "Bobby" Lane`, `Dwayne "The Rock" Johnson`: a nickname in quotation marks is no part of the name.
    const nickname = words.length > 0 && opensWithMark(token.raw) ? nicknameLength((at) => tokens[at]?.raw, position) : 0;
    if (nickname > 0) {
      position += nickname;
      continue;
    }
    if (!token.word || !(isNameWord(token.word) || (words.length > 0 && /^\d+\.\d+$/.test(token.word)))) {
      // `Bernadette Quirke (71) told`: an age in brackets, as Irish and British papers give it,
      // ends the run after it, as an aside in brackets does (below).
      if (words.length > 0 && token.raw.charCodeAt(0) === 40 && AGE_IN_BRACKETS.test(token.raw)) position += 1;
      break;
    }
    // `Tom Brierley (Con, Ashcombe South)`, `Sen. Chuck Schumer (D-N.Y.)`: an aside in brackets
    // is no part of the name, and the run ends after it.
    if (words.length > 0 && token.raw.startsWith('(')) {
      const close = tokens.slice(position, position + 8).findIndex((candidate) => /\)[,;:]?$/.test(candidate.raw));
      if (close >= 0) position += close + 1;
      break;
    }
    words.push(token.word);
    position += 1;
    // A comma or possessive closes the name (`Mook,` in an apposition, `Mook’s`).
    // (The pattern only for a word bareWord cut something from.)
    if (token.raw !== token.word && /[,;:’']s?$/.test(token.raw)) break;
  }
  return words.length ? { words, end: position } : null;
}

/**
 * The name words from `start` to `end`, without a nickname in quotation marks inside them
 * (`Robert "Bobby" Jones said`, `Dwayne "The Rock" Johnson said`): it is no part of the name.
 */
function withoutNickname(tokens: Token[], start: number, end: number): string[] {
  const words: string[] = [];
  for (let position = start; position < end; position += 1) {
    const nickname = position > start && opensWithMark(tokens[position]!.raw) ? nicknameLength((at) => tokens[at]?.raw, position) : 0;
    if (nickname > 0) position += nickname - 1;
    else words.push(tokens[position]!.word);
  }
  return words;
}

/** Words opening a sentence before its subject (`But minority leader …`), owners before a role (`His colleague …`), and of a later time (`Hours later,`). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'still', 'meanwhile', 'however', 'instead']);
const OPENING_OWNERS = new Set(['his', 'her', 'their', 'its']);
const LATER_WORDS = new Set(['later', 'earlier', 'afterwards', 'afterward']);

/** The index of the first of the first `limit` tokens to end with a comma, or -1 (every sentence read asks). */
function commaAmong(tokens: Token[], limit: number): number {
  for (let index = 0; index < limit && index < tokens.length; index += 1) if (tokens[index]!.raw.endsWith(',')) return index;
  return -1;
}

/**
 * The subject a sentence opens with, after an optional time phrase (`Four hours later,`,
 * `15 minutes later`): a name followed by a verb.
 */
function openingSubject(tokens: Token[]): Subject | null {
  // `But minority leader Alan Brisco was unconvinced`: a conjunction, then lower-case role words.
  let opening = OPENING_CONJUNCTIONS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  // `His colleague Tom Baker, 29, said`: whose the person is, before the role words and the name.
  const owner = OPENING_OWNERS.has(tokens[opening]?.lower ?? '') ? opening : -1;
  if (owner >= 0) opening += 1;
  while (opening < 3 + (owner >= 0 ? 1 : 0) && (isRoleWord(tokens[opening]) || (/^[a-z]+$/.test(tokens[opening]?.raw ?? '') && RELATIVES.has(tokens[opening]!.lower)))) opening += 1;
  // Only when a name follows the owner's role words: `His lawyer objected` names no one.
  if (owner >= 0 && (opening === owner + 1 || !isNameWord(tokens[opening]?.word ?? ''))) opening = owner;
  // The first comma of the first eight words, and of the first six (a scene's).
  const firstComma = commaAmong(tokens, 8);
  const comma = firstComma < 6 ? firstComma : -1;
  // `In Clacton, Reform leader Nigel Farage, 60, told`, `For Labour, shadow chancellor Rachel
  // Reeves … said`: a phrase of place or side opens the sentence, and the subject comes after its
  // comma, role words first. Clacton, with an apposition after it, would read as the speaker.
  const scene = comma > 0 && SCENE_OPENERS.has(tokens[0]?.lower ?? '');
  const starts = scene ? [] : [opening];
  // `The first witness, former deputy treasurer Colin Barraclough, says`: after an opening noun
  // phrase (of up to seven words: `The firm's founder and former chief executive, Tom Reed,`), an
  // apposition of role words and a name; or after a description in a first apposition (`The key
  // witness, a former employee, Ann Lee, says`).
  // (After a scene, that is the scene's comma.)
  if (firstComma >= 0) {
    starts.push(afterRoleWords(tokens, firstComma + 1));
    const second = descriptionEnd(tokens, firstComma + 1);
    if (second > 0) starts.push(afterRoleWords(tokens, second + 1));
  }
  for (let later = 0; later < 5 && later < tokens.length; later += 1) {
    if (!LATER_WORDS.has(tokens[later]!.lower)) continue;
    starts.push(later + 1);
    break;
  }
  for (let start of starts) {
    // `A pastor, the Rev. Samuel Ortiz, says`: a title after `the` names its holder.
    if (tokens[start]?.lower === 'the' && isTitleWord(tokens[start + 1]?.word ?? '') && isNameWord(tokens[start + 2]?.word ?? '')) start += 1;
    const token = tokens[start];
    if (token && PRONOUNS.has(token.lower) && looksLikeVerb(tokens[skipAdverbsForward(tokens, start + 1)])) return { kind: 'pronoun', word: token.lower };
    // The run of name words at `start`: a title's (below) or a description's, read once for both.
    const description = nameRunAt(tokens, start);
    // `Archbishop of Canterbury Justin Welby said`, `The Secretary of State for Wales, Jo Stevens, told`.
    const titleAt = tokens[start]?.lower === 'the' ? start + 1 : start;
    const holder = titleHolderAt(tokens, titleAt, titleAt === start ? description : nameRunAt(tokens, titleAt));
    if (holder === 'several') return null;
    const holderSubject = holder && nameSubject(holder.words);
    if (holder && holderSubject && (looksLikeVerb(tokens[skipAdverbsForward(tokens, holder.end)]) || (tokens[holder.end - 1]!.raw.endsWith(',') && appositionVerb(tokens, holder.end, looksLikeVerb) >= 0))) return holderSubject;
    // `Union leader Kofi Mensah`, `Political scientist Lars Hegge`: a description, then role
    // words, then the name.
    let run = description;
    if (description && isRole(tokens[description.end])) {
      let after = description.end;
      while (isRole(tokens[after])) after += 1;
      // With no name after the role words, the first run was the name, and the role words open
      // its apposition: `The Rev. Thomas Achebe, pastor at Oakhurst Community Church, said`.
      const named = nameRunAt(tokens, after);
      if (named || !tokens[description.end - 1]!.raw.endsWith(',')) run = named;
    }
    // `Bank of England Governor Andrew Bailey told`, `Bank of England governor Andrew Bailey,
    // speaking in Washington, said`: a body's name with `of` in it, then a role and its holder.
    if (run && run === description && TITLE_OF.test(tokens[run.end]?.raw ?? '') && !namesPerson(run)) {
      const holder = personInPhrase(tokens, start, run);
      if (holder !== undefined && holder >= 0) run = speakerRunAt(tokens, holder);
    }
    const subject = run && nameSubject(run.words);
    // `Lee’s critics were scathing`: a name owning the subject is not it.
    if (!run || !subject || POSSESSIVE.test(tokens[run.end - 1]!.raw)) continue;
    if (looksLikeVerb(tokens[skipAdverbsForward(tokens, run.end)])) return subject;
    // `Lars Hegge of Bergholm University wrote`, `Rosa Estrada of the Workers' Law Collective,
    // said`: where the person works, then the verb.
    // Only a person works somewhere: `The Bank of England said` is no one called Bank.
    const affiliated = AFFILIATION_WORD.test(tokens[run.end]?.raw ?? '') && subject.kind === 'name' && (!!subject.titles?.length || looksLikePerson(subject.name) || !!surnameIn(run));
    const affiliation = affiliated ? affiliationAfter(tokens, run.end) : -1;
    // `Heinrich of New Mexico said`: a surname alone is a person only as a full name's short form
    // (`Apple of Cupertino said` is no one), as in trailingAttribution.
    const person = affiliation > 0 && subject.kind === 'name' && !subject.titles?.length && !looksLikePerson(subject.name) ? { ...subject, fullNameOnly: true } : subject;
    if (affiliation > 0 && looksLikeVerb(tokens[skipAdverbsForward(tokens, affiliation)])) return person;
    // `Senator Ann Lee of Maine, a Republican, said`: an apposition after where the person is from.
    if (affiliation > 0 && tokens[affiliation - 1]!.raw.endsWith(',') && appositionVerb(tokens, affiliation - 1, looksLikeVerb) >= 0) return person;
    // `Ari Cohen, a spokesman for the firm, said`: the verb comes after an apposition.
    if (tokens[run.end - 1]!.raw.endsWith(',') && appositionVerb(tokens, run.end, looksLikeVerb) >= 0) return subject;
  }
  return null;
}

/**
 * Where a description in lower case closed by a comma ends, from `start` (`a former employee,`):
 * an article, then up to four lower-case words, the last with the comma; -1 when none stands there.
 */
function descriptionEnd(tokens: Token[], start: number): number {
  if (!/^(?:a|an|the)$/.test(tokens[start]?.raw ?? '')) return -1;
  for (let index = start + 1; index < start + 5 && /^[a-z][a-z-]*,?$/.test(tokens[index]?.raw ?? ''); index += 1) {
    if (tokens[index]!.raw.endsWith(',')) return index;
  }
  return -1;
}

/**
 * Whether the words before `start` are a body a named person works for: `of`, `at` or `from`
 * after a name, then the body's name words, `the` and owners' marks (`Rosa Estrada of the
 * Workers' Law Collective`), or what the body is in lower case (`Jane Porter of the group Save
 * Our Parks`).
 */
function inAffiliation(tokens: Token[], start: number): boolean {
  let at = start - 1;
  while (at > 0 && (isNameWord(tokens[at]!.word) || tokens[at]!.lower === 'the') && !/[,;:]$/.test(tokens[at]!.raw.replace(/[’']s?$/, ''))) at -= 1;
  if (at === start - 1) at = bodyKindStart(tokens, start) - 1;
  return at >= 1 && at < start - 1 && /^(?:of|at|from)$/.test(tokens[at]!.raw) && isNameWord(tokens[at - 1]!.word) && !/[,;:]$/.test(tokens[at - 1]!.raw);
}

/**
 * Where `the` and up to two lower-case words saying what a body is stand right before `start`
 * (`the group`, `the campaign group` before `Save Our Parks`); `start` itself when they do not.
 */
function bodyKindStart(tokens: Token[], start: number): number {
  // `the mayor Ann Lee`, `the union leader Moira Gallacher`: a person's role, not a body's kind.
  if (isPersonNoun(tokenAt(tokens, start - 1)?.lower ?? '')) return start;
  let at = start - 1;
  while (at >= start - 2 && BODY_KIND_WORD.test(tokenAt(tokens, at)?.raw ?? '') && !DESCRIPTION_STOPS.has(tokens[at]!.lower)) at -= 1;
  return at < start - 1 && tokenAt(tokens, at)?.lower === 'the' ? at : start;
}

/** A lower-case word or an ordinal saying what a body is: `group`, `campaign`, `3rd` (`the 3rd Ward`). */
const BODY_KIND_WORD = /^(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))$/;

/** A lower-case noun for a person: a title or role (`mayor`, `leader`), kin, or by its ending (`singer`, `actor`, `chemist`). */
function isPersonNoun(word: string): boolean {
  return isTitleWord(word) || RELATIVES.has(word) || PERSON_NOUN_SHAPE.test(word) || /(?:man|woman|person)$/.test(word) || (ROLE_WORDS.has(word) && !NOT_PERSON_WORDS.has(word) && word !== 'firm');
}

/**
 * Whether a body's name at `start` follows `the` and what the body is inside a sentence (`Jane
 * Porter, of the campaign group Save Our Parks, said`, `a spokesman for the charity Crisis`, `X,
 * who chairs the group Save Our Parks, said`): it describes someone else, who may be the speaker.
 * Opening the sentence (`The campaign group Save Our Parks said`), the body is the subject.
 */
function describedBody(tokens: Token[], start: number): boolean {
  const kind = bodyKindStart(tokens, start);
  if (kind === start || kind === 0) return false;
  // After a preposition, or inside a relative clause about someone (`who chairs`); not after an
  // opening phrase (`In a statement, the charity Crisis said` is the charity speaking).
  return PREPOSITIONS.has(tokens[kind - 1]!.lower) || tokens.slice(0, kind).some((token) => RELATIVE_PRONOUNS.has(token.lower));
}

/**
 * Where the body a person works for ends, from `start` (after `of`, `at` or `from`): its name,
 * after `the` too, and after what the body is (`the group Save Our Parks`), going on past an
 * owner's mark (`the Workers' Law Collective`) and an owner's lower-case words (`Northwestern's
 * law school`), and through its own small words (`Friends of Elm Park`; not `and`, which may join
 * another person); -1 when no name stands there.
 */
function affiliationEnd(tokens: Token[], start: number): number {
  let at = start;
  if (tokens[at]?.lower === 'the') {
    at += 1;
    for (let kind = at; kind < start + 3 && BODY_KIND_WORD.test(tokens[kind]?.raw ?? '') && !DESCRIPTION_STOPS.has(tokens[kind]!.lower); kind += 1) {
      if (isCapitalised(tokens[kind + 1])) at = kind + 1;
    }
  }
  const run = nameRunAt(tokens, at);
  if (!run) return -1;
  let end = run.end;
  while (OWNING.test(tokens[end - 1]!.raw)) {
    const more = nameRunAt(tokens, end);
    if (more) {
      end = more.end;
      continue;
    }
    const words = end;
    while (end < words + 3 && /^[a-z]+,?$/.test(tokens[end]?.raw ?? '') && !looksLikeVerb(tokens[end])) end += 1;
    return end;
  }
  for (let connector = end; BODY_CONNECTOR.test(tokens[connector]?.raw ?? '') && tokens[end - 1]!.raw === tokens[end - 1]!.word; connector = end) {
    const more = nameRunAt(tokens, tokens[connector + 1]?.lower === 'the' ? connector + 2 : connector + 1);
    if (!more) break;
    end = more.end;
  }
  return end;
}

/**
 * Where a body a person works for or comes from ends, when `of`, `at`, `from` or `with` stands at
 * `at` (affiliationEnd); -1 otherwise. After `with` only a body, not a person (`Jane Porter with
 * Greenpeace`, not `Jane Porter with Tom Reed`, who are two).
 */
function affiliationAfter(tokens: Token[], at: number): number {
  const word = tokens[at]?.raw ?? '';
  if (!AFFILIATION_WORD.test(word)) return -1;
  const end = affiliationEnd(tokens, at + 1);
  // After `the` (`with the group Save Our Parks`) it is a body whatever its words.
  if (end < 0 || word !== 'with' || tokens[at + 1]?.lower === 'the') return end;
  const body = tokens.slice(at + 1, end).filter(isCapitalised).map((token) => token.word).join(' ');
  return looksLikePerson(body) ? -1 : end;
}

/** The words before where a person works or comes from: `of`, `at`, `from`, `with`. */
const AFFILIATION_WORD = /^(?:of|at|from|with)$/;

/** The small words inside a body's name after `of` (`Friends of Elm Park`, `Devon & Cornwall`): not `and`, which may join a person. */
const BODY_CONNECTOR = /^(?:of|for|&)$/;

/** Lower-case letters and hyphens only, with or without a comma after: a role word (`spokeswoman,`). */
const LOWER_CASE_ROLE_WORD = /^\p{Ll}[\p{Ll}-]*,?$/u;
/**
 * A name run at `start` that goes on with `and`, `of`, `for` or `the` and more capitalised words,
 * or with a list of names: where in it the one person speaking is named, `-1` when no one person
 * is, or undefined when the name does not go on. One person is named after a role or title word
 * (`Bank of England governor Andrew Bailey`, `Health and Human Services Secretary Xavier Becerra`,
 * `the Bank of England's chief economist, Huw Pill`). With none, names joined by `and` or listed
 * are several people (`Smith and Jones`, `Smith and his wife`, `Britain, France and Germany`),
 * while `of` or `for` is where the one person works (`Ann Lee of Leeds University`).
 */
function personInPhrase(tokens: Token[], start: number, run: { words: string[]; end: number }): number | undefined {
  const end = run.end;
  const last = tokens[end - 1]!;
  const next = tokens[end];
  const followed = tokens[end + 1]?.lower === 'the' ? tokens[end + 2] : tokens[end + 1];
  const joined = !/[,;:]$/.test(last.raw) && !!next && PHRASE_CONNECTOR.test(next.lower) && (isCapitalised(followed) || OWNERS_AFTER_AND.test(tokens[end + 1]?.lower ?? ''));
  const listed = last.raw.endsWith(',') && isCapitalised(next) && listGoesOn(tokens, end);
  if (!joined && !listed) return undefined;
  // `said the Presidents of France and Germany, Emmanuel Macron and …`: several people.
  if (isPluralTitle(run.words.at(-1)!) && TITLE_OF.test(next!.lower)) return -1;
  // `Chancellor of the Exchequer Rachel Reeves`, `Chairman and Chief Executive of JPMorgan Chase
  // Jamie Dimon`: a title's own words, then its holder.
  const titles = titlesEnd(tokens, run);
  if (titles >= 0 && TITLE_OF.test(tokens[titles]?.lower ?? '')) {
    const holder = holderAfterTitlePhrase(tokens, titles, { inRun: tokenAt(tokens, start - 1)?.lower !== 'the' });
    if (holder !== undefined) return holder;
  }
  // A person first (`Dr Maria Gonzalez and Professor Lars Eriksen`, `Tom Ashdown of Queen Mary
  // University`): several people, or the one where they work.
  const onlyTitles = run.words.every(isTitleWord);
  if (!onlyTitles && (isTitleWord(run.words[0]!) || personRun(run))) return joined && !AND_WORD.test(next!.lower) ? undefined : -1;
  // The person's name comes right after the role word; a capitalised word after `of` or `for` is
  // the body's (`Mayor of London Sadiq Khan` names no one this reads).
  let afterRole = false;
  for (let index = start; index < start + 14 && tokens[index]; index += 1) {
    const token = tokens[index]!;
    if (afterRole && isCapitalised(token) && !isTitleWord(token.word) && personRun(speakerRunAt(tokens, index))) return index;
    // A role word, a lower-case word right before a name (`Friends of the Earth campaigner Ann
    // Lee`, not `in Warsaw`), or the body as owner (`the Institute for Fiscal Studies' Paul Johnson`).
    const roleBeforeName = LOWER_CASE_ROLE_WORD.test(token.raw) && !DESCRIPTION_STOPS.has(token.lower) && !PLACE_PREPOSITIONS.has(token.lower) && !PREPOSITIONS.has(token.lower) && isCapitalised(tokens[index + 1]);
    afterRole = index > start && (isTitleWord(token.word) || isRole(token) || roleBeforeName || (isCapitalised(token) && OWNING.test(token.raw)));
    // `Heinrich of New Mexico and Rep. Marcy Kaptur`: a role right after `and` is a second person's.
    if (afterRole && AND_WORD.test(tokens[index - 1]?.lower ?? '')) return -1;
    if (afterRole || isCapitalised(token) || PHRASE_CONNECTOR.test(token.lower)) continue;
    // Lower-case words before a role (`policy chair`, `country director`).
    if (!OPENS_LOWER_CASE.test(token.raw) || ![1, 2].some((ahead) => isRole(tokens[index + ahead]) || isTitleWord(tokens[index + ahead]?.word ?? ''))) break;
  }
  return listed || AND_WORD.test(next!.lower) ? -1 : undefined;
}
/**
 * Where the holder of a title is named after the title's `of` or `for` words: after a comma
 * (`the UN High Commissioner for Refugees, Filippo Grandi`), or, with none, at the end of the run
 * the phrase ends in (holderInTitleRun: `Chancellor of the Exchequer Rachel Reeves`, `Secretary of
 * State for Northern Ireland Hilary Benn`, `… Rachel Reeves, 45,`), unless `inRun` is false.
 * Undefined when no holder is named, -1 when the holder is one of several people.
 */
function holderAfterTitlePhrase(tokens: Token[], end: number, { inRun = true } = {}): number | undefined {
  let at = end;
  /** Whether the body's words go on as a list after a comma (`for Foreign, Commonwealth and Development Affairs`). */
  let listed = false;
  // `of the Duchy of Lancaster`, `for Work and Pensions`: the title's words go on through connectors.
  for (let hops = 0; hops < 5; hops += 1) {
    let start = at;
    while (start < at + 2 && PHRASE_CONNECTOR.test(tokens[start]?.raw ?? '')) start += 1;
    const words: { words: string[]; end: number } | null = start > at || listed ? nameRunAt(tokens, start) : null;
    listed = false;
    if (!words) return undefined;
    const last = tokens[words.end - 1]!;
    const after = tokens[words.end];
    if (last.raw.endsWith(',')) {
      // `the Governor of New South Wales, the Honourable Margaret Beazley AC KC,`: the apposition.
      const apposition = after?.lower === 'the' ? words.end + 1 : words.end;
      const holder = nameRunAt(tokens, apposition);
      // `the Secretary of State for Wales, Jo Stevens, and the First Minister, Eluned Morgan`: two people.
      if (holder && namesPerson(holder)) return AND_WORD.test(tokens[holder.end]?.lower ?? '') ? -1 : apposition;
      // `for Foreign, Commonwealth and Development Affairs David Lammy`: a list of the body's words.
      if (holder && !tokens[holder.end - 1]!.raw.endsWith(',') && AND_WORD.test(tokens[holder.end]?.lower ?? '') && isCapitalised(tokens[holder.end + 1])) {
        [at, listed] = [words.end, true];
        continue;
      }
      // Only an age or a clause after the comma leaves the holder in the run (`Rachel Reeves, 45,`).
      if (!after || after.lower === 'the' || /^(?:a|an)$/.test(after.lower) || isCapitalised(after)) return undefined;
    }
    const connected = tokens[words.end + 1]?.lower === 'the' ? tokens[words.end + 2] : tokens[words.end + 1];
    if (last.raw === last.word && PHRASE_CONNECTOR.test(after?.raw ?? '') && isCapitalised(connected)) {
      at = words.end;
      continue;
    }
    if (!inRun) return undefined;
    const holder = holderInTitleRun(tokens.slice(start, words.end).map((token) => token.word));
    return holder > 0 && personRun(nameRunAt(tokens, start + holder)) ? start + holder : undefined;
  }
  return undefined;
}

/**
 * A run of name words that goes on with `of` or `for` and more capitalised words (`Bank of
 * England`): the run when it names a person (`Ann Lee of Leeds University`), the person the phrase
 * names (`Bank of England governor Andrew Bailey`, `Secretary of State Antony Blinken`), else null,
 * since a body's first word names no one (`according to the Bank of England` is not Bank).
 */
function inLongerName(tokens: Token[], start: number, run: { words: string[]; end: number } | null): { words: string[]; end: number } | null {
  if (!run || !TITLE_OF.test(tokens[run.end]?.raw ?? '') || /[,;:]$/.test(tokens[run.end - 1]!.raw)) return run;
  const after = tokens[run.end + 1]?.lower === 'the' ? tokens[run.end + 2] : tokens[run.end + 1];
  if (!isCapitalised(after) || namesPerson(run)) return run;
  // The source's phrase ends at its comma (`According to Secretary of State Antony Blinken, the talks …`).
  const comma = tokens.findIndex((token, index) => index >= run.end && /[,;:]$/.test(token.raw));
  const phrase = comma < 0 ? tokens : [...tokens.slice(0, comma), { ...tokens[comma]!, raw: tokens[comma]!.raw.replace(/[,;:]+$/, '') }];
  const holder = personInPhrase(phrase, start, run);
  return holder !== undefined && holder >= 0 ? speakerRunAt(phrase, holder) : null;
}

/**
 * The one name word a run holds after its titles, when it could be a person's surname (`Heinrich`,
 * `Sen. Heinrich`): not a title (`Mayor of London`), a body's word (`Bank of England`) or letters
 * in capitals (`BBC`); null otherwise.
 */
function surnameIn(run: { words: string[] }): NameMention | null {
  const mention = stripTitles(run.words);
  if (!mention || mention.name.includes(' ') || isTitleWord(mention.name)) return null;
  return NOT_PERSON_WORDS.has(mention.name.toLowerCase()) || UPPER_CASE_WORD.test(mention.name) ? null : mention;
}

/** Whether a run names a person once its titles and letters go (`Honourable Margaret Beazley AC KC`). */
function namesPerson(run: { words: string[] }): boolean {
  const mention = stripTitles(run.words);
  return !!mention && looksLikePerson(mention.name);
}

/**
 * The name run of a title's holder after the title at `index` and its `of` or `for` words
 * (holderAfterTitlePhrase), or `several` when the holder is one of several people named; `title`,
 * the run of name words at `index`, when the caller has read it.
 */
function titleHolderAt(tokens: Token[], index: number, title = nameRunAt(tokens, index)): { words: string[]; end: number } | 'several' | null {
  const end = title ? titlesEnd(tokens, title) : -1;
  if (end < 0 || !TITLE_OF.test(tokens[end]?.raw ?? '')) return null;
  // `the Governor of New South Wales` is a role with no holder named: after `the`, only an
  // apposition names one (`the Governor of the Bank of England, Andrew Bailey`).
  const holder = holderAfterTitlePhrase(tokens, end, { inRun: tokenAt(tokens, index - 1)?.lower !== 'the' });
  return holder === undefined ? null : holder < 0 ? 'several' : nameRunAt(tokens, holder);
}

/**
 * Where a run of titles ends: a run ending in a title word, and more such runs joined by `and`
 * (`Chairman and Chief Executive`, `Crown Prince and Prime Minister`); -1 when the run ends in none.
 */
function titlesEnd(tokens: Token[], run: { words: string[]; end: number }): number {
  if (!endsInTitle(tokens, run)) return -1;
  let end = run.end;
  for (let more = nameRunAt(tokens, end + 1); AND_WORD.test(tokens[end]?.lower ?? '') && endsInTitle(tokens, more); more = nameRunAt(tokens, end + 1)) end = more!.end;
  return end;
}

/** A run of name words ending in a title word with nothing after it (`Chief Executive`, not `Executive,`). */
function endsInTitle(tokens: Token[], candidate: { words: string[]; end: number } | null): boolean {
  return !!candidate && isTitleWord(candidate.words.at(-1)!) && tokens[candidate.end - 1]!.raw === tokens[candidate.end - 1]!.word;
}

/**
 * A body's whole name when the credit from its start is one, its small words joining capitalised
 * ones and its last word a body's (`Devon & Cornwall Police`, `Friends of the Earth Trust`); null
 * otherwise, so that `Alan Smith and Ann Lee`, two people, stays no one.
 */
function bodyNameAt(tokens: Token[], firstRunEnd: number): string | null {
  if (firstRunEnd >= tokens.length) return null;
  for (let index = firstRunEnd; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (!(PHRASE_CONNECTOR.test(token.raw) && index < tokens.length - 1) && !(isCapitalised(token) && isNameWord(token.word))) return null;
  }
  return NOT_PERSON_WORDS.has(tokens.at(-1)!.lower) ? tokens.map((token) => token.word || token.raw).join(' ') : null;
}

const OWNERS_AFTER_AND = /^(?:his|her|their)$/;

/** `and` or `&`, joining names. */
const AND_WORD = /^(?:and|&)$/;

/** The run when it names a person: two words or more, none naming a body or a place (`Information Commissioner's Office`). */
function personRun<Run extends { words: string[] }>(run: Run | null): Run | null {
  return run && looksLikePerson(run.words.join(' ')) ? run : null;
}
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Documents a source phrase may name (`according to the Hansard record`): no one speaking. */
const DOCUMENT_NOUNS = new Set('record records report reports transcript transcripts minutes filing filings documents data website account log logs notes archive archives file files database register'.split(' '));

/** A capitalised word that owns what follows: `Bank of England's`, `Fiscal Studies'`. */
const OWNING = /[’']s?$/;

function isCapitalised(token: Token | undefined): boolean {
  return !!token && OPENS_UPPER_CASE.test(token.raw);
}

/** Whether the names from `start` go on as a list: a name, then a comma or `and` (`France and Germany`). */
function listGoesOn(tokens: Token[], start: number): boolean {
  const run = nameRunAt(tokens, start);
  if (!run) return false;
  return tokens[run.end - 1]!.raw.endsWith(',') || AND_WORD.test(tokens[run.end]?.lower ?? '');
}

/** A lower-case letter then letters and hyphens only. */
const OPENS_LOWER_CASE_WORD = /^\p{Ll}[\p{L}-]*$/u;
/**
 * Whether the words from `start` are up to three lower-case ones of which one owns what follows
 * (`army's spokesman`, `foreign ministry's spokesman`): the name before them describes the owner.
 */
function ownsRoleAfter(tokens: Token[], start: number): boolean {
  for (let index = start; index < start + 3 && tokens[index] && OPENS_LOWER_CASE.test(tokens[index]!.raw); index += 1) {
    if (POSSESSIVE.test(tokens[index]!.raw)) return true;
    if (!OPENS_LOWER_CASE_WORD.test(tokens[index]!.raw)) return false;
  }
  return false;
}

/** Lower-case letters and hyphens only. */
const LOWER_CASE_HYPHENED_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/**
 * After `the` and an owner named in capitals (`the Kremlin's`, `the BBC's`, `the Bank of
 * England's`, `the Institute for Fiscal Studies'`), up to three lower-case words ending in a role,
 * the name of the one holding it, or the person named right after the owner (`the Institute for
 * Fiscal Studies' Paul Johnson`); or after a body's name without the mark, before its role (`the
 * Bank of England governor Andrew Bailey`).
 */
function roleHolderAfterOwner(tokens: Token[]): { words: string[]; end: number } | null {
  if (!isCapitalised(tokens[1])) return null;
  let owner = 1;
  while (owner <= 6 && tokens[owner] && (isCapitalised(tokens[owner]) || PHRASE_CONNECTOR.test(tokens[owner]!.raw)) && !OWNING.test(tokens[owner]!.raw) && tokens[owner]!.raw === tokens[owner]!.word) owner += 1;
  const ownerToken = tokens[owner];
  if (!ownerToken) return null;
  const owned = isCapitalised(ownerToken) && OWNING.test(ownerToken.raw);
  // A body named without an owner's mark needs its role words (`the Bank of England said` names no one).
  if (!owned && (owner === 1 || !OPENS_LOWER_CASE.test(ownerToken.raw) || PHRASE_CONNECTOR.test(ownerToken.raw))) return null;
  const roleStart = owned ? owner + 1 : owner;
  let at = roleStart;
  while (at < roleStart + 3 && LOWER_CASE_HYPHENED_WORD.test(tokens[at]?.raw ?? '')) at += 1;
  if (at === roleStart) return owned ? personRun(nameRunAt(tokens, at)) : null;
  if (!(isRole(tokens[at - 1]) || isTitleWord(tokens[at - 1]!.word))) return null;
  return personRun(nameRunAt(tokens, at));
}

/** A capitalised word, with or without a possessive `'s`. */
const CAPITALISED_WORD_OR_POSSESSIVE = /^\p{Lu}[\p{L}-]*(?:['’]s)?$/u;
/** A capitalised word's possessive (`Ortiz's`). */
const CAPITALISED_POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s$/u;
/**
 * Whether words are a role, possibly something's: lower-case words (`chair`, `review's chair`),
 * or after an owner named in capitals and marked as owning (`Kremlin's spokesman`, `Russian
 * Embassy's spokeswoman`, `Chinese foreign ministry's spokesman`).
 */
function isRoleOfOwner(words: Token[]): boolean {
  const owner = words.findLastIndex((token) => POSSESSIVE.test(token.raw));
  return words.every((token, index) => /^[a-z][a-z-]*(?:['’]s)?$/.test(token.raw) || (index < owner && CAPITALISED_WORD_OR_POSSESSIVE.test(token.raw)) || (index === owner && CAPITALISED_POSSESSIVE.test(token.raw)));
}

/**
 * A body's name and a role in lower case (`Bank of England governor,`, `KVEA vice-president,`):
 * capitalised words and a name's small words, then lower-case words ending in a role or title.
 */
function isRoleOfBody(words: Token[]): boolean {
  const role = words.findIndex((token) => /^[a-z]/.test(token.raw) && !PHRASE_CONNECTOR.test(token.raw));
  if (role < 1 || !words.slice(0, role).every((token) => isCapitalised(token) || PHRASE_CONNECTOR.test(token.raw))) return false;
  return words.slice(role).every((token) => /^[a-z][a-z-]*,?$/.test(token.raw)) && isRoleLower(words.at(-1)!.lower);
}

/**
 * The name in apposition after a role whose words start at `start`, past its article or owner
 * (`the mediator, Paul Okafor`, `a spokesman for City Hall, Dan Fry`): the name run after the
 * role's comma, or null when the words before the comma are no role.
 */
function roleApposition(tokens: Token[], start: number): { words: string[]; end: number } | null {
  let comma = tokens.slice(start, start + 6).findIndex((token) => /^[a-z][a-z-]*,$/.test(token.raw));
  // `a spokesman for City Hall, Dan Fry, told`: the role is for a body named in capitals.
  if (comma < 0) {
    const bodyComma = tokens.slice(start, start + 8).findIndex((token) => token.raw.endsWith(','));
    if (bodyComma >= 0 && isRoleForBody(tokens.slice(start, start + bodyComma + 1))) comma = bodyComma;
  }
  if (comma < 0) return null;
  // `the review's chair, Nicholas Obi, said`: the role may be something's, a named something's
  // too (`the Kremlin's spokesman, Dmitry Peskov, said`, `the Chinese foreign ministry's spokesman`).
  // Or a body's (`the Bank of England governor, Andrew Bailey, said`).
  // (The words before the role's last word, which holds the comma; then through it.)
  const role = tokens.slice(start, start + comma);
  const withName = tokens.slice(start, start + comma + 1);
  return isRoleOfOwner(role) || isRoleOfBody(withName) || isRoleForBody(withName) ? describedNameRun(tokens, start + comma + 1) : null;
}

/**
 * The name run at `index`, or after up to three lower-case words describing its person when a
 * full name follows them (`the report's author, naval architect Fiona Lyall,`, `said the club's
 * chairman, retired judge Alan Moore`): an apposition naming someone may describe them first.
 */
function describedNameRun(tokens: Token[], index: number): { words: string[]; end: number } | null {
  return nameRunAt(tokens, isCapitalised(tokens[index]) ? index : describedNameAt(tokens, index));
}

/**
 * A role in lower case for a body named in capitals, closed by a comma (`spokesman for City Hall,`,
 * `spokeswoman for the Acme group,`): whom the role works for, not who holds it.
 */
function isRoleForBody(words: Token[]): boolean {
  const preposition = words.findIndex((token) => /^(?:for|of|at)$/.test(token.raw));
  if (preposition < 1 || !words.slice(0, preposition).every((token) => /^[a-z][a-z-]*$/.test(token.raw))) return false;
  const role = words[preposition - 1]!.lower;
  if (!(isRoleLower(role) || RELATIVES.has(role.slice(role.lastIndexOf('-') + 1)))) return false;
  const body = words.slice(preposition + 1);
  return body.some(isCapitalised) && body.every((token) => isCapitalised(token) || PHRASE_CONNECTOR.test(token.raw) || /^[a-z]+,?$/.test(token.raw)) && !body.slice(0, -1).some((token) => /[,;:]$/.test(token.raw));
}

/** Prepositions opening a phrase of place, time or side before a sentence's subject. */
const SCENE_OPENERS = new Set(['in', 'at', 'outside', 'inside', 'for', 'from', 'on', 'after', 'before', 'during', 'across', 'near', 'within', 'elsewhere']);

/** The first token from `start` past up to three lower-case role words (`shadow chancellor`, `party chairman`). */
function afterRoleWords(tokens: Token[], start: number): number {
  let index = start;
  while (index < start + 3 && isRoleWord(tokens[index])) index += 1;
  if (index > start && isNameWord(tokens[index]?.word ?? '')) return index;
  // `, the former deputy treasurer Colin Barraclough,`, `, former banker Colin Barraclough,`: an
  // apposition of up to three lower-case words (after `the` or an owner) and a full name closed
  // by a comma names its person, whatever the words.
  const first = /^(?:the|his|her|its|their)$/.test(tokens[start]?.raw ?? '') ? start + 1 : start;
  // Not a verb or people in the plural (`officers interviewed Tom Reed, then …`): another subject's clause.
  for (index = first; index < first + 3 && /^[a-z][a-z-]*$/.test(tokens[index]?.raw ?? '') && !DESCRIPTION_STOPS.has(tokens[index]!.lower) && !looksLikeVerb(tokens[index]); index += 1);
  const named = index > first ? nameRunAt(tokens, index) : null;
  return named && named.words.length >= 2 && tokens[named.end - 1]!.raw.endsWith(',') ? index : start;
}

/** A lower-case role word: `leader`, `scientist`. */
function isRole(candidate: Token | undefined): boolean {
  if (!candidate || !/^[a-z]+(?:-[a-z]+)*$/.test(candidate.raw)) return false;
  return isRoleLower(candidate.lower);
}

/** A role's or a title's word in lower case; a hyphenated one is its last part's: `co-founder`, `vice-chair`, `head-coach`. */
function isRoleLower(lower: string): boolean {
  const role = lower.slice(lower.lastIndexOf('-') + 1);
  return ROLE_WORDS.has(role) || isTitleWord(role);
}

/** Words that qualify a role before a name: `shadow chancellor`, `party chairman`, `minority leader`. */
const ROLE_QUALIFIERS = new Set(['shadow', 'party', 'club', 'team', 'union', 'city', 'state', 'opposition', 'minority', 'majority']);

/** A lower-case word of the role before a name: a role word, or what qualifies one. */
function isRoleWord(candidate: Token | undefined): boolean {
  return isRole(candidate) || (!!candidate && /^[a-z]+$/.test(candidate.raw) && ROLE_QUALIFIERS.has(candidate.lower));
}

/** Words that count unnamed people: `a`, `an`, `one`, `two`… */
const INDEFINITE_PEOPLE = /^(?:a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few)$/;

/** Roles written in capitals after a party or a place: `Tory MP`, `SNP MSP`, `a Leeds GP`. */
const ROLE_ABBREVIATIONS = /^(?:MPs?|MSPs?|MEPs?|GPs?|MLAs?|TDs?)[,;:]?$/;

/**
 * Words that go on a sentence after a name rather than naming what the name qualifies: `outside`,
 * `yesterday`, `who`, `as`, an adverb in -ly.
 */
const AFTER_NAME_WORDS = new Set(['who', 'which', 'that', 'as', 'when', 'while', 'after', 'before', 'and', 'but', 'or', 'yesterday', 'today', 'tonight', 'later', 'again', 'then', 'now', 'here', 'there', 'afterwards', 'quietly', 'simply']);

/** A lower-case noun after a name (`driver`, `workers`, `supporter`, `fan`), whatever punctuation follows it. */
function isNounAfterName(candidate: Token | undefined, { adverbs = true } = {}): boolean {
  if (!candidate || !/^[a-z][a-z-]*(?:['’]s?)?[.,;:!?]*$/.test(candidate.raw)) return false;
  const word = candidate.lower.replace(/[.,;:!?]+$/, '');
  // `adverbs: false` where no adverb can stand (`the Patel family`, whose noun ends in -ly).
  return !PREPOSITIONS.has(word) && !PLACE_PREPOSITIONS.has(word) && !AFTER_NAME_WORDS.has(word) && !(adverbs && /ly$/.test(word));
}

/**
 * After a name closed by a comma, the verb that follows the apposition (`Denise Parker, 41, of
 * Salem, said`): the index of the first token after one of the next commas that `isVerb` takes, or -1.
 */
function appositionVerb(tokens: Token[], from: number, isVerb: (token: Token | undefined) => boolean): number {
  for (let position = from; position < Math.min(tokens.length, from + 12); position += 1) {
    if (!tokens[position]!.raw.endsWith(',')) continue;
    const verb = skipAdverbsForward(tokens, position + 1);
    if (isVerb(tokens[verb])) return verb;
  }
  return -1;
}

/** A clause after a quotation that goes on with the sentence's own subject: `, but says`, `and adds`. */
const CLAUSE_GOES_ON = /^(?:but|and|or|yet|so|while|although|though|because|which|who|as|then)\b/i;

/** Words before a time closing an apposition (`X, who has held the post since July, added`). */
const TIME_PREPOSITIONS = new Set(['since', 'until', 'till', 'during', 'after', 'before']);

/**
 * The name closed by the comma that opens an apposition in lower case ending at `end` (`Okafor,
 * for the defence,`, `Reyes, sentencing,`), when nothing before the name makes it someone else's: the sentence's start
 * or a lower-case word that is no preposition, article, owner or conjunction (`Closing speeches
 * Okafor`, a heading run into its entry; not `The lawyer for Smith, a local man,`).
 */
function nameBeforeApposition(tokens: Token[], end: number): Subject | null {
  let comma = end - 1;
  while (comma > end - 6 && comma >= 0 && /^[a-z][a-z-]*,?$/.test(tokens[comma]!.raw) && !tokens[comma]!.raw.endsWith(',')) comma -= 1;
  if (comma < 1 || comma <= end - 6 || !tokens[comma]!.raw.endsWith(',')) return null;
  // The apposition is lower-case words from a preposition (`for the defence`, `of counsel`) or a
  // participle (`sentencing`, `speaking after the hearing`).
  const opener = tokens[comma + 1]?.lower ?? '';
  if (!PREPOSITIONS.has(opener) && !/^[a-z]{3,}ing,?$/.test(opener)) return null;
  // `The judge, sentencing, told Whitlock:`: a role after `the` (not after a preposition:
  // `lawyers for the judge, speaking later, said`).
  if (!isNameWord(tokens[comma]!.word)) return roleBeforeApposition(tokens, comma);
  let start = comma;
  while (start > 0 && isNameWord(tokens[start - 1]!.word) && !/[,;:]$/.test(tokens[start - 1]!.raw)) start -= 1;
  const preceding = tokenAt(tokens, start - 1);
  if (preceding && (!/^[a-z]+$/.test(preceding.raw) || PREPOSITIONS.has(preceding.lower) || DETERMINERS.has(preceding.lower) || CONJUNCTIONS.has(preceding.lower) || RELATIVE_PRONOUNS.has(preceding.lower))) return null;
  return startingAt(nameSubject(tokens.slice(start, comma + 1).map((token) => token.word)), start);
}

/** The subject, marked with the token its name starts at (Subject's `at`). */
function startingAt(subject: Subject | null, at: number): Subject | null {
  if (subject?.kind === 'name') subject.at = at;
  return subject;
}

/** The role closed by the comma at `comma` after `the` and lower-case words (`the judge,`, `the trial judge,`), when no preposition stands before it. */
function roleBeforeApposition(tokens: Token[], comma: number): Subject | null {
  const role = tokens[comma]!;
  if (!/^[a-z-]+,$/.test(role.raw) || !isTitleWord(role.word)) return null;
  for (let the = comma - 1; the >= Math.max(0, comma - 3); the -= 1) {
    const token = tokens[the]!;
    if (token.lower === 'the') {
      const preceding = tokenAt(tokens, the - 1);
      return preceding && (PREPOSITIONS.has(preceding.lower) || CONJUNCTIONS.has(preceding.lower) || RELATIVE_PRONOUNS.has(preceding.lower)) ? null : { kind: 'role', title: role.lower };
    }
    if (!/^[a-z-]+$/.test(token.raw) || OTHER_HOLDER.has(token.lower)) return null;
  }
  return null;
}

/** The subject of the speech verb at `verbIndex`: the name right before it, else the sentence's opening subject. */
function subjectOfVerb(tokens: Token[], verbIndex: number, participle: boolean): Subject | null {
  let index = verbIndex - 1;
  // `Quill had told Glass`, `Lee later said`: auxiliaries and adverbs stand between subject and verb.
  while (index >= 0 && (ADVERBS.has(tokens[index]!.lower) || AUXILIARIES.has(tokens[index]!.lower) || /^[a-z]+ly$/.test(tokens[index]!.word))) index -= 1;
  // `Cllr Gareth Jones (Lib Dem, Ashcombe North) said`: an aside in brackets, after the name (not
  // after a role: `The council leader (Cllr Ann Lee) said` names her in it).
  if (index > 0 && /\)[,;:]?$/.test(tokens[index]!.raw)) {
    const open = Math.max(0, index - 8) + tokens.slice(Math.max(0, index - 8), index + 1).findLastIndex((token) => token.raw.startsWith('('));
    if (open > 0 && tokens[open - 1] && isNameWord(tokens[open - 1]!.word) && tokens[open]!.raw.startsWith('(')) index = open - 1;
  }
  const before = tokens[index];
  if (!participle && before) {
    if (PRONOUNS.has(before.lower) && before.raw === before.word) return { kind: 'pronoun', word: before.lower };
    // `Closing speeches Okafor, for the defence, told the jury:` (a heading run into its entry):
    // the name before an apposition in lower case, after a word that is no preposition or article.
    const apposed = before.raw.endsWith(',') && /^[a-z]/.test(before.raw) ? nameBeforeApposition(tokens, index) : null;
    if (apposed) return apposed;
    // `the mayor said`, `the council leader said`: a role, with up to two words before it.
    for (let the = index - 1; the >= Math.max(0, index - 3); the -= 1) if (isRoleAfterThe(tokens, the, index)) return { kind: 'role', title: before.lower };
    // `Councillor Bridget Fenwick, who told us this morning:`: the name the relative clause is about.
    if (before.lower === 'who' && index > 0 && tokens[index - 1]!.raw.endsWith(',') && isNameWord(tokens[index - 1]!.word)) {
      let start = index - 1;
      while (start > 0 && isNameWord(tokens[start - 1]!.word) && !/[,;:]$/.test(tokens[start - 1]!.raw)) start -= 1;
      const subject = nameSubject(tokens.slice(start, index).map((token) => token.word));
      if (subject) return subject;
    }
    if (isNameWord(before.word) && !CONJUNCTIONS.has(before.lower)) {
      let start = index;
      for (;;) {
        // `Daniel de la Cruz KC told`: particles inside the name, when a name word stands before them.
        let particle = start;
        while (particle > 1 && PARTICLES.has(tokens[particle - 1]!.raw)) particle -= 1;
        const candidate = particle < start ? particle - 1 : start - 1;
        // `Transgrid’s Paul Kemp said`: the owner is no part of the name.
        if (candidate < 0 || !isNameWord(tokens[candidate]!.word) || /[,;:]$/.test(tokens[candidate]!.raw) || POSSESSIVE.test(tokens[candidate]!.raw)) break;
        start = candidate;
      }
      const preceding = tokenAt(tokens, start - 1);
      // Not the speaker: a place or body closing an apposition (`Jonas Weber, who runs a start-up
      // in Berlin, said`, `X, who oversaw the Highways Department, said`), one spoken for (`A
      // spokesman for Whitfield said`), or the tail of a longer name (`the Department of Health
      // and Social Care said`). The sentence's subject may be.
      const insideDescription =
        preceding &&
        // `…, a Republican, said`: a name after `a` describes someone.
        (PREPOSITIONS.has(preceding.lower) || TIME_PREPOSITIONS.has(preceding.lower) || /^(?:the|a|an)$/.test(preceding.lower) || ((preceding.lower === 'and' || preceding.raw === '&') && isNameWord(tokenAt(tokens, start - 2)?.word ?? '')) || inAffiliation(tokens, start) || describedBody(tokens, start));
      // `The keeper's log for 9 August says`, `On 3 June Ann Lee said`: a month after a day's
      // number is a date, not a name or part of one.
      if (start < index && MONTH_WORDS.has(tokens[start]!.word) && DAY_NUMBER.test(preceding?.raw ?? '')) start += 1;
      const dated = start === index && MONTH_WORDS.has(before.word) && DAY_NUMBER.test(tokenAt(tokens, start - 1)?.raw ?? '');
      // `Sen. Martin Heinrich, D-N.M., said`: a party and state in apposition, after the person.
      const party = start === index && isPartyAndState(before.word);
      if (insideDescription || dated || party) return openingSubject(tokens);
      const subject = startingAt(nameSubject(withoutNickname(tokens, start, index + 1)), start);
      if (subject) return subject;
    }
    // `Shaw unveiled a plaque and said`, `stood up and said`, `declined to comment but said`: the
    // verb shares the sentence's subject.
    if (before.raw === 'and') return openingSubject(tokens);
    // Not across a relative clause: `treated by paramedics, who declined to name her but said` is the paramedics.
    if (before.raw === 'but') return tokens.slice(0, index).some((token) => RELATIVE_PRONOUNS.has(token.lower)) ? null : openingSubject(tokens);
    // `which a spokesman called`, `the company’s lawyers said`: the verb has a subject of its own,
    // a noun phrase naming no one, so the sentence's opening subject is not the speaker.
    if (/^[a-z]+$/.test(before.raw)) {
      // `Lee Street residents say`, `Tesla shareholders said`: a name describing the ones who speak.
      if (index >= 1 && /^[a-z]+s$/.test(before.raw) && !CONJUNCTIONS.has(before.lower) && isNameWord(tokens[index - 1]!.word)) return null;
      for (let position = index - 1; position >= Math.max(0, index - 3); position -= 1) {
        const token = tokens[position]!;
        // `Lena Hurwitz of Northwestern's law school said`: the owner is where the person works.
        if (OWNING.test(token.raw) && inAffiliation(tokens, position + 1)) return openingSubject(tokens);
        if (DETERMINERS.has(token.lower) || POSSESSIVE.test(token.raw)) return null;
        if (!/^[a-z]+$/.test(token.raw)) break;
      }
    }
  }
  return openingSubject(tokens);
}

/**
 * `according to X`, `in the words of X`, `according to a statement from X`: the source is named
 * after the phrase. A document names its author; a person (`according to a spokesman for X`) does not.
 */
const SOURCE_PHRASE =
  /\b(?:according to|in the words of|as told by)\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+){0,2}?(?:statement|release|letter|memo|email|filing|post|report|transcript)\s+(?:from|by|issued by|released by|of)\s+)?(?:the\s+)?/gi;

/** The same, for the first match only (a global pattern's test() and exec() keep state between calls). */
const FIRST_SOURCE_PHRASE = new RegExp(SOURCE_PHRASE.source, 'i');

/**
 * The person named in apposition to the role a source phrase (`phrase`, `according to the`)
 * gives, the words after it being `tokens`: `According to a spokesman for City Hall, Dan Fry,`,
 * `according to the council leader, Amy Reyes`. A person's full name only, closing the phrase.
 */
function sourceInApposition(tokens: Token[], phrase: string): { words: string[]; end: number } | null {
  // (`one council member, Jo Bell`, `another aide, Tom Reed`: one of several, named.)
  const start = ARTICLES_AND_OWNERS.has(tokens[0]?.lower ?? '') || /^(?:one|another)$/.test(tokens[0]?.lower ?? '') ? 1 : /\bthe\s+$/i.test(phrase) ? 0 : -1;
  const run = start < 0 ? null : personRun(roleApposition(tokens, start));
  return run && (run.end === tokens.length || /[,;:]$/.test(tokens[run.end - 1]!.raw)) ? run : null;
}

/** `As Quinn put it,`, `In Quinn’s words,`: the source named inside the phrase. */
const PUT_IT = /\b(?:[Aa]s (\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*) put it|[Ii]n (\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*?)['’]s (?:own )?words)\b/u;

/** Words that may open a description of a named person: `her lawyer Tom Reed`, `the union leader Moira Gallacher`. */
const OWNERS = new Set(['the', 'his', 'her', 'their', 'its', 'our']);
/** Endings that end a description: a verb's `-ing` (`recalled warning manager …`), people in the plural (`prosecutors …`). */
const NO_DESCRIPTION_ENDING = '(?:ing|[^s]s)';
const ENDS_DESCRIPTION = new RegExp(`${NO_DESCRIPTION_ENDING}$`);

/**
 * A name, or a full name after up to three lower-case words describing it (`procurement officer
 * Lynn Badeaux`, `his lawyer Tom Reed`; not `a spokesman for Jane Ortiz`, where a function word
 * ends the description, nor a verb's `-ing` or people in the plural): the name is the first
 * group found, or else the second.
 */
const DESCRIBED_NAME = `(?:(?:(?:${[...OWNERS].join('|')})\\s+)?(?:(?!(?:${[...DESCRIPTION_STOPS].join('|')})\\s)(?![\\p{L}-]*${NO_DESCRIPTION_ENDING}\\s)\\p{Ll}[\\p{L}-]*\\s+){1,3}(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+)|(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*))`;

/**
 * Speech relayed through someone else names the one who spoke after the relaying words: `Quinn
 * was told by Brisco:`, `TASS quoted Ivanov as saying:`, `Quinn recalled Brisco saying:`,
 * `Brisco received a text from Quinn:`.
 */
const RELAYED = new RegExp(
  `\\b(?:told by|quoted|recalled|remembered|heard|(?:text|message|email|letter|note|call|memo|reply) from)\\s+${DESCRIBED_NAME}(?:\\s+as saying|\\s+saying)?\\s*[:,]?\\s*$`,
  'u',
);

/** A sentence whose named subject did not act: `Dennis Marsh did not attend.`, `Hale declined to comment.` */
const NEGATED_SUBJECT = /^\s*(?:(?:His|Her|Their|The|A|An)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?(?:\p{Lu}[\p{L}'’.-]*,?\s+){1,4}(?:did not|didn['’]t|does not|doesn['’]t|declined|refused|could not|couldn['’]t|was absent|stayed away)\b/u;

/** Words before a role that make it someone else's than its holder now: `the former mayor`, `the deputy leader`. */
const OTHER_HOLDER = new Set(['former', 'ex', 'previous', 'then', 'outgoing', 'incoming', 'new', 'acting', 'interim', 'deputy', 'vice', 'assistant', 'late', 'next']);

/**
 * True when `the`, then words in lower case, then a role stand from `the` to `role` (`the mayor`,
 * `the council leader`), none of the words making the role another holder's (`the former mayor`);
 * the role word itself may be one (`the deputy`).
 */
function isRoleAfterThe(tokens: Token[], the: number, role: number): boolean {
  if (the < 0 || !/^the$/i.test(tokens[the]?.raw ?? '')) return false;
  const roleToken = tokens[role];
  // `the 44-year-old told Reuters`: an age as a noun is the one person the article gave it, if
  // one (byRole), as a role is.
  if (role === the + 1 && roleToken && isAgeNoun(roleToken)) return true;
  if (!roleToken || !/^[a-z-]+$/.test(roleToken.raw) || !isTitleWord(roleToken.word)) return false;
  return tokens.slice(the + 1, role).every((token) => /^[a-z-]+$/.test(token.raw) && !OTHER_HOLDER.has(token.lower));
}

/** A paragraph ending with a closing quotation mark (and maybe its full stop). */
const CLOSING_MARK_END = /["”»’][.,!?]?\s*$/;

/** `Price got a reply from Ortiz within minutes:`: words sent by someone, a few words of when between. */
const RECEIVED_FROM = new RegExp(
  `\\b(?:text|message|email|e-mail|letter|note|call|memo|reply|response|answer|statement)\\s+from\\s+${DESCRIBED_NAME}(?:\\s+[\\p{Ll}\\d][\\p{L}\\d'’-]*){1,5}\\s*:\\s*$`,
  'u',
);

/** People named by what they are to someone: `her husband had told her`, `a colleague said`. */
const PERSON_NOUNS = new Set(
  `husband wife son daughter mother father brother sister friend partner colleague aide boss neighbour neighbor
  lawyer spokesman spokeswoman spokesperson widow widower fiancé fiancée uncle aunt cousin niece nephew`.split(/\s+/),
);

/** True when a determiner or owner and a noun for a person stand right before a verb (`her husband had told`). */
function unnamedSubjectBefore(tokens: Token[], verbIndex: number): boolean {
  let index = verbIndex - 1;
  while (index >= 0 && (ADVERBS.has(tokens[index]!.lower) || AUXILIARIES.has(tokens[index]!.lower))) index -= 1;
  const noun = tokens[index];
  return !!noun && PERSON_NOUNS.has(noun.raw) && ARTICLES_AND_OWNERS.has(tokenAt(tokens, index - 1)?.lower ?? '');
}

/**
 * A verb that, closing a quotation's sentence, says its subject spoke (`smiles`, `remembers`,
 * `shrugged`): not an auxiliary (`was told`, `did not answer`) nor a verb of passing on someone
 * else's words (`quoted`, `read`, `heard`).
 */
function actsAlone(token: Token | undefined): boolean {
  // Regular forms only: `found`, `saw`, `took` after a name say what it did, not that it spoke.
  return !!token && /^[a-z]+(?:s|ed)$/.test(token.word) && !AUXILIARIES.has(token.lower) && !RELAYING_VERBS.has(token.lower) && !IRREGULAR_VERBS.has(token.lower);
}

/** The words after a closing verb: lower case, none speaking or passing words on (`with a laugh`, not `him saying`). */
function closingRestClean(tokens: Token[], from: number): boolean {
  return tokens
    .slice(from)
    .every((token) => /^[a-z][a-z'’-]*[,.;!?]?$/.test(token.raw) && !SPEECH_VERBS.has(token.lower) && !SPEECH_PARTICIPLES.has(token.lower) && !RELAY_PARTICIPLES.test(token.lower));
}
const RELAY_PARTICIPLES = /^(?:saying|telling|quoting|citing|sharing|retweeting|reading)$/;

/** A verb of speaking done, or a participle passing words on, after the attributing verb. */
function passesWordsOn(token: Token): boolean {
  return (SPEECH_VERBS.has(token.lower) && token.word === token.lower && !NOUN_LIKE_VERBS.has(token.lower)) || RELAY_PARTICIPLES.test(token.lower);
}
/** Words before `asked` that make the subject the one asked: `when asked`, `after being asked`. */
const BEING_ASKED = /^(?:when|if|after|before|once|being|was|were|unless)$/;
const RELAYING_VERBS = new Set(['quoted', 'quotes', 'heard', 'hears', 'read', 'reads', 'cited', 'cites', 'repeated', 'repeats']);

/** `Her memo warns:`, `His letter reads:`: words written by the one the pronoun means. */
const OWN_WRITING =
  /(?:^|[.!?]\s+|,\s+)(His|Her)\s+(?:own\s+)?(?:memo|letter|e-?mail|statement|tweet|post|note|notes|message|affidavit|testimony|column|resignation letter|blog post|blog|post-mortem|report|review|diary|journal|submission|evidence|witness statement)\s+(?:says|said|warns|warned|reads|read|states|stated|adds|added|argues|argued|claims|claimed|continues|continued)\s*[:,]?\s*$/u;

/** What a record or a witness shows someone doing with words: `record him saying`, `captures Baker shouting`. */
const RECORDED_PARTICIPLES = new Set([...SPEECH_PARTICIPLES, 'shouting', 'admitting', 'complaining', 'pleading', 'yelling', 'whispering', 'muttering', 'vowing']);
const RECORDING_VERBS = new Set(
  `record records recorded show shows showed shown capture captures captured catch catches caught hear hears heard
  overhear overhears overheard film films filmed quote quotes quoted see sees saw seen depict depicts depicted`.split(/\s+/),
);

/**
 * `The minutes record him saying:`, `Minutes show her telling colleagues:`, `A recording captures
 * Baker shouting:`: the one recorded, right before the participle, spoke, not the record the
 * sentence is about. After a verb of sending (`He emailed Lee saying:`) the participle stays the
 * subject's, and after `recalls` or `remembers` too (`Chen recalls Kowalski shouting: “He was
 * white as a sheet”` is Chen's account).
 */
function recordedSpeaker(tokens: Token[], participle: number): Subject | null {
  const object = tokenAt(tokens, participle - 1);
  if (!object || /[,;:]$/.test(object.raw)) return null;
  if (object.raw === 'him' || object.raw === 'her') {
    return RECORDING_VERBS.has(tokenAt(tokens, participle - 2)?.lower ?? '') ? { kind: 'pronoun', word: object.raw === 'him' ? 'he' : 'she' } : null;
  }
  let start = participle;
  while (start > 0 && isNameWord(tokens[start - 1]!.word) && tokens[start - 1]!.raw === tokens[start - 1]!.word) start -= 1;
  if (start === participle || !RECORDING_VERBS.has(tokenAt(tokens, start - 1)?.lower ?? '')) return null;
  return nameSubject(tokens.slice(start, participle).map((token) => token.word));
}

/** `go on to say`: the forms of `go` before `on to` and a verb of speaking done. */
const GOES_ON = /^(?:go|goes|went|gone|going)$/;

/** A name of up to four capitalised words and a colon, nothing else: `Dana Whitlock:`. */
const NAME_THEN_COLON = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):\s*$/u;
/** The last speech verb of a stretch of text and its subject. */
function speechVerbSubject(text: string): Subject | null {
  const writing = OWN_WRITING.exec(text);
  if (writing) return { kind: 'pronoun', word: writing[1] === 'Her' ? 'she' : 'he' };
  // `Brisco: “…”`: a name and a colon, nothing else.
  const named = RELAYED.exec(text) ?? RECEIVED_FROM.exec(text) ?? PUT_IT.exec(text) ?? NAME_THEN_COLON.exec(text);
  const namedSubject = named && nameSubject((named[1] ?? named[2])!.split(/\s+/));
  if (namedSubject) return namedSubject;
  const tokens = tokenize(text);
  for (const match of [...text.matchAll(SOURCE_PHRASE)].reverse()) {
    const after = tokenize(text.slice(match.index! + match[0].length));
    // `According to X, the minister promised that “…”`, `…, the manager instructed her to “…”`:
    // X reports what someone else said, a clause with a subject and verb of its own.
    const comma = after.findIndex((token) => token.raw.endsWith(','));
    const clause = comma >= 0 ? after.slice(comma + 1) : [];
    if (clause.some((token, index) => index > 0 && token.word === token.lower && (SPEECH_VERBS.has(token.lower) || /ed$/.test(token.lower)) && !NOUN_LIKE_VERBS.has(token.lower))) continue;
    const apposed = sourceInApposition(after, match[0]);
    if (apposed) return nameSubject(apposed.words);
    const described = describedNameAt(after, 0);
    // `according to the mayor`; not `the mayor's spokesman`, someone speaking for the mayor.
    if (described === 0 && after[0] && isTitleWord(after[0].word) && /^[a-z]/.test(after[0].raw) && !POSSESSIVE.test(after[0].raw)) return { kind: 'role', title: after[0].lower };
    const run = inLongerName(after, described, speakerRunAt(after, described));
    // `according to the Hansard record`: a name describing a document, which speaks for no one.
    if (run && DOCUMENT_NOUNS.has(after[run.end]?.word ?? '')) continue;
    const subject = run && nameSubject(run.words);
    if (subject) return subject;
  }
  let spokeAfter = false;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index]!;
    if (token.raw !== token.raw.toLowerCase() && !/^[a-z]/.test(token.raw)) continue;
    // Not when a verb of speaking follows (`The inspector, who saw Lee complaining, wrote:`): the
    // loop reads from the end, so that verb was asked first, and its subject is unnamed.
    const recorded = RECORDED_PARTICIPLES.has(token.lower) && !spokeAfter ? recordedSpeaker(tokens, index) : null;
    if (recorded) return recorded;
    if (token.word === token.lower && SPEECH_VERBS.has(token.lower)) spokeAfter = true;
    const participle = SPEECH_PARTICIPLES.has(token.lower);
    // `organises a protest`, `sends an email`: after a determiner the word is a noun; `did not
    // reply`, `declined to comment`: a verb of speaking not done.
    // A comma between them parts the two (`Tate, who voted no, said:`).
    const previousWord = /[,;:]$/.test(tokenAt(tokens, index - 1)?.raw ?? '') ? '' : (tokenAt(tokens, index - 1)?.lower ?? '');
    // `She would go on to describe it as`, `Lee went on to say`: the verb is done, by the subject of `go`.
    if (previousWord === 'to' && SPEECH_VERBS.has(token.lower) && tokenAt(tokens, index - 2)?.raw === 'on' && GOES_ON.test(tokenAt(tokens, index - 3)?.raw ?? '')) {
      const subject = subjectOfVerb(tokens, index - 3, false);
      if (subject) return subject;
    }
    if (DETERMINERS.has(previousWord) || /^(not|never|to)$|n[’']t$/.test(previousWord)) continue;
    // `The BBC quoted a ministry source as saying`: someone relayed, unnamed (RELAYED reads a named one).
    if (token.lower === 'saying' && tokenAt(tokens, index - 1)?.lower === 'as') return null;
    // `He is told his concerns will be “…”`, `Lomax was warned by her manager that “…”`: the
    // subject heard the words; they are the `by` agent's when it is named, else no one's.
    if (PASSIVE_PARTICIPLES.has(token.lower) && isPassive(tokens, index)) {
      const by = tokens.findIndex((candidate, position) => position > index && position <= index + 2 && candidate.lower === 'by');
      const agent = by > 0 ? speakerRunAt(tokens, by + 1) : null;
      return agent ? nameSubject(agent.words) : null;
    }
    if (SPEECH_VERBS.has(token.lower) || participle) {
      const subject = subjectOfVerb(tokens, index, participle);
      if (subject) return subject;
      // `She said her husband had told her:`: the last verb of speaking is someone unnamed's, so
      // the words are theirs, not the one who relays them.
      if (!participle && unnamedSubjectBefore(tokens, index)) return null;
    }
  }
  const act = SPEECH_ACT.exec(text);
  if (act) {
    const verbIndex = tokenize(text.slice(0, act.index)).length;
    return subjectOfVerb(tokens, verbIndex, false);
  }
  return null;
}

/**
 * A dash and the name after it, to the first comma, full stop or bracket; a title's own full stop
 * (`— Dr. Helen Osei, University of Lindmouth`) is no end.
 */
const DASH_CREDIT = /^\s*[—–-]\s*((?:[^,.;:(“"”]|(?<=\b(?:Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|Mr|Mrs|Ms|Mme|Jr|Sr)\.?)\.)+)/;

const ADDRESSED =
  /\b(?:asked|asks|told|tells|questioned|questions|pressed|presses|urged|warned|thanked|interrupted|interviewed|challenged|confronted|called|phoned|emailed|texted|wrote to|put it to)\s+(her|him)(?=\s+(?:whether|if|to|about|why|what|how|when|where|for|that|again|directly|outright)\b|\s*[,.;:!?]|\s*$)/;

/**
 * Whom a sentence's subject addressed, by the pronoun that stands for them: `she` for `Hale asked
 * her whether …`, `he` for `…told him.`; not `asked her lawyer`, where `her` owns the one asked.
 * With the name when the sentence gives it (`I asked Sarah Quint whether she would resign`).
 */
type Addressed = { word: string; name?: string };

function addressedPronoun(sentence: string): Addressed | null {
  if (!mayAddress(sentence)) return null;
  const text = withoutQuotations(sentence);
  const match = ADDRESSED.exec(text);
  if (match) return { word: match[1] === 'her' ? 'she' : 'he' };
  // `Hart asked whether he had kept copies`: `he` is the one asked, so is who answers next. Not a
  // participle's clause between commas, `Hartnell, asked whether she could sleep, laughed`: the
  // subject is the one asked.
  const asked = ASKED_WHETHER.exec(text);
  if (!asked || ASKED_IN_PASSING.test(text)) return null;
  // The one asked by name answers, when the question ends the sentence: in `Hart asked Reid whether
  // he had seen it, then turned to the chair.` the one asking acts again, and may speak next.
  const named = asked[1] && !/[,;]/.test(text.slice(asked.index + asked[0].length));
  return { word: asked[2]!, ...(named ? { name: asked[1]!.trim() } : {}) };
}

/**
 * Whether a sentence holds a word ADDRESSED or ASKED_WHETHER needs (`her` or `him`; `ask`,
 * `wonder`, `questioned` or `demanded` of their verbs): most sentences hold none, and a search for
 * each is cheaper than blanking the sentence's quotations and trying both patterns at every
 * character. (Blanking puts a space where a quotation was, which joins no such word.)
 */
function mayAddress(sentence: string): boolean {
  return sentence.includes('her') || sentence.includes('him') || sentence.includes('ask') || sentence.includes('wonder') || sentence.includes('questioned') || sentence.includes('demanded');
}

/** `The trust's notice to staff reads:`, `Hale's reply states:`: words owned by a name or a body, read out. */
const OWNED_WORDS_READ = /^(?:The\s+)?\p{Lu}?[\p{L}-]+['’]s?\s+(?:[\p{Ll}-]+\s+){1,4}(?:reads|read|states|stated|says|said)\s*:$/u;

const ASKED_IN_PASSING = /,\s+asked\s+(?:whether|if|why|how|when|where|what)\s+(?:he|she)\b[^,.;!?]*,\s+\p{Ll}/u;

// Not when the subject is the one asked: `who was asked whether she`, `when asked whether she`.
const ASKED_WHETHER = /(?<!\b(?:was|were|is|are|been|being|when)\s)\b(?:asked|asks|wondered|wonders|questioned|demanded to know)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3})?(?:whether|if|why|how|when|where|what)\s+(he|she)\b/u;

/**
 * True when the words after a quotation are one short clause that ends its sentence (`, Bob
 * Stone smiles.`, `, her husband remembers.`): whatever its verb, it can only be saying who spoke.
 * `clause` is the text's opening clause and `tokens` its words.
 */
function closingClause(text: string, clause: string, tokens: Token[]): boolean {
  if (tokens.length > 10 || !clause.trim()) return false;
  const at = text.indexOf(clause);
  return /^[\s,]*$/.test(text.slice(0, at)) && /^[\s.!?]*$/.test(text.slice(at + clause.length));
}

/** Nouns for words given in answer or judgement: `was the reply from Tobin`, `was Tobin's verdict`. */
const ANSWER_WORDS = new Set(['reply', 'response', 'answer', 'verdict', 'reaction', 'retort', 'riposte', 'assessment']);

/**
 * In a clause opening `was`, `is` or `came` (`was the blunt response from Tobin`, `was Tobin's
 * verdict`, `came the reply from Gallen`), where its word of answer stands among the next four, or -1.
 */
function answerWordAt(tokens: Token[]): number {
  if (!/^(?:was|is|came)$/.test(tokens[0]!.raw)) return -1;
  for (let index = 1; index < 5 && index < tokens.length; index += 1) if (ANSWER_WORDS.has(tokens[index]!.lower)) return index;
  return -1;
}

/**
 * Who gave the answer: the name after `from` or `of` (`was the response from Tobin`), or the
 * owner before it (`was Tobin's verdict`); none for someone no rule names (`was the response
 * from the council`, `came the reply`), whose words they still are (unnamedAttribution).
 */
function answerOf(tokens: Token[], answer: number): { subject: Subject; evidence: string } | null {
  if (/^(?:from|of)$/.test(tokens[answer + 1]?.raw ?? '')) {
    const run = personRun(nameRunAt(tokens, answer + 2)) ?? nameRunAt(tokens, answer + 2);
    return run && (run.end === tokens.length || /[,;]$/.test(tokens[run.end - 1]!.raw)) ? namedWith(tokens, run) : null;
  }
  const owner = nameRunAt(tokens, 1);
  return owner && POSSESSIVE.test(tokens[owner.end - 1]!.raw) && owner.end <= answer ? namedWith(tokens, { words: owner.words, end: answer + 1 }) : null;
}

/**
 * A short clause closing the quotation's sentence with a verb before its subject (`remembers
 * Tobin`, `laughs Dr Ines Varga`, `chanted the crowd`), any verb as closingClause reads them.
 */
function invertedClosing(text: string, clause: string, tokens: Token[]): boolean {
  const first = tokens[0];
  const second = tokens[1];
  return !!first && !!second && first.raw === first.lower && actsAlone(first) && (isCapitalised(second) || ARTICLES_AND_OWNERS.has(second.raw)) && closingClause(text, clause, tokens);
}

/**
 * `NSW Premier Dominic Perrottet at the 9am presser:`, `Councillor Ann Lee, in a statement:`: a
 * name, its role words before it, then where or when it spoke and a colon, with no verb: the one
 * the colon hands the quotation to. Null for anything else.
 */
function verblessSubject(tokens: Token[]): Subject | null {
  const run = nameRunAt(tokens, 0);
  if (!run || run.end >= tokens.length || tokens.length - run.end > 8) return null;
  const after = tokens[run.end]!;
  if (!(TIME_PREPOSITIONS.has(after.lower) || ['at', 'on', 'in', 'to', 'during', 'via'].includes(after.lower))) return null;
  // Only the setting, no verb of its own: `Ann Lee at the hearing:`, not `Ann Lee in Leeds wrote:`.
  if (tokens.slice(run.end + 1).some((token) => /ed$/.test(token.lower) || SPEECH_VERBS.has(token.lower))) return null;
  const subject = nameSubject(run.words);
  // A person by a title before the name, or a setting where people speak, and a person's name:
  // not a place or a body (`Victoria Park at the rally:`, `General Motors in a statement:`).
  const speaks = tokens.slice(run.end + 1).some((token) => SPOKEN_SETTINGS.test(token.word));
  return subject?.kind === 'name' && (subject.titles?.length || speaks) && looksLikePerson(subject.name) ? subject : null;
}
const SPOKEN_SETTINGS = /^(?:statement|interview|tweet|post|letter|e-?mail|message|speech|briefing|conference|presser|hearing|rally|podium|lectern|microphone|inquiry|debate)s?$/i;

/**
 * A bare credit, a name and one verb of saying, then a colon before a quotation that opens with a
 * capital (`Mr Lindqvist said: “I read it …”`); not `Ann Lee asked, before adding:` nor `Ann Lee
 * told the crowd in Leeds:`, which credit the quotation before them.
 */
const INTRODUCES_NEXT = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|added|adds|replied|replies|wrote|writes|responded|responds|answered|answers|continued|continues)\s*:\s*[“"‘]\p{Lu}/u;

/**
 * The attribution's words up to `count` (as `slice` counts), as evidence: `said Ann Lee`, without
 * a comma, semicolon or colon closing it. Joined as they are: a token is never empty and holds no
 * white space (tokenize), so its words joined by single spaces are already collapsed, and no list
 * of them, nor a collapse and a pattern's replace, is made for every attribution read.
 */
function evidenceOf(tokens: Token[], count: number): string {
  const end = count < 0 ? Math.max(0, tokens.length + count) : Math.min(count, tokens.length);
  let evidence = end > 0 ? tokens[0]!.raw : '';
  for (let index = 1; index < end; index += 1) evidence += ` ${tokens[index]!.raw}`;
  const last = evidence.charCodeAt(evidence.length - 1);
  return last === 44 || last === 58 || last === 59 ? evidence.slice(0, -1) : evidence;
}

/** A run of name words as the subject of an attribution, with its words up to `evidenceEnd` as evidence. */
function namedWith(tokens: Token[], run: { words: string[]; end: number } | null, evidenceEnd = run?.end ?? 0): { subject: Subject; evidence: string } | null {
  const subject = run && nameSubject(run.words);
  return subject ? { subject, evidence: evidenceOf(tokens, evidenceEnd) } : null;
}

/** A verb that attributes words in any clause: `said`, `replied`. */
function attributes(token: Token | undefined): boolean {
  return !!token && (SPEECH_VERBS.has(token.lower) || REPLY_VERBS.has(token.lower));
}

/**
 * A verb by which its subject speaks the quotation: not one by which it passes on someone else's
 * (`Lee reads`), and, in a short clause closing the quotation's sentence, any verb (speaksClosing).
 * Module functions, not closures made per call: trailingAttribution runs on every quotation.
 */
function speaksInSentence(token: Token | undefined): boolean {
  return !!token && !RELAYING_VERBS.has(token.lower) && attributes(token);
}
function speaksClosing(token: Token | undefined): boolean {
  return !!token && !RELAYING_VERBS.has(token.lower) && (attributes(token) || actsAlone(token));
}

/** Lower-case letters only. */
const LOWER_CASE_LETTERS = /^\p{Ll}+$/u;
/** `, X said` / `, said X` / `, she said` / `, said the mayor` right after a quotation. */
function trailingAttribution(text: string): { subject: Subject; evidence: string } | null {
  // `“…” — Jane Doe, in a statement`: a dash and a name after the quotation.
  const dashed = DASH_CREDIT.exec(text);
  if (dashed) {
    // A description before the name (`— marine biologist Helen Osei`) is a few lower-case words.
    const tokens = tokenize(dashed[1]!);
    const start = tokens.findIndex((token) => !LOWER_CASE_LETTERS.test(token.raw));
    const run = start >= 0 && start <= 3 ? nameRunAt(tokens, start) : null;
    const mention = run && stripTitles(run.words);
    if (run && mention && run.end === tokens.length) return { subject: { kind: 'name', name: mention.name, titles: mention.titles }, evidence: collapseWhitespace(dashed[0].trim()) };
    // `— Devon & Cornwall Police`, `— Friends of the Earth`: one body's name, its small words inside.
    const body = run && start === 0 ? bodyNameAt(tokens, run.end) : null;
    if (body) return { subject: { kind: 'name', name: body }, evidence: collapseWhitespace(dashed[0].trim()) };
  }
  // The first words are all that is read: a clause of a sentence thousands of words long is cut first.
  const clause = openingClause(text.slice(0, MAX_LEAD));
  const tokens = tokenize(clause).slice(0, 16);
  if (!tokens.length) return null;
  // `“…,” Quinn quoted Brisco as saying.`: the one quoted.
  const relayed = RELAYED.exec(clause.trim());
  const relayedSubject = relayed && nameSubject((relayed[1] ?? relayed[2])!.split(/\s+/));
  if (relayedSubject) return { subject: relayedSubject, evidence: collapseWhitespace(clause) };
  const first = tokens[0]!;
  // A short clause closing the quotation's sentence attributes it with any verb (`“…,” Bob Stone
  // smiles.`, `“…,” she remembers with a laugh.`): feature writers use dozens. Before its subject
  // too (`“…,” remembers Tobin.`, `“…,” laughs Dr Ines Varga.`), as `said Tobin` is.
  const closing = closingClause(text, clause, tokens);
  const answer = closing ? answerWordAt(tokens) : -1;
  if (answer > 0) return answerOf(tokens, answer);
  if (SPEECH_VERBS.has(first.lower) || (closing && invertedClosing(text, clause, tokens))) {
    const second = tokens[1];
    if (second && PRONOUNS.has(second.lower)) return { subject: { kind: 'pronoun', word: second.lower }, evidence: evidenceOf(tokens, 2) };
    const third = tokens[2];
    // `said the 44-year-old`: the one person given that age (byRole).
    if (second?.lower === 'the' && third && isAgeNoun(third)) return { subject: { kind: 'role', title: third.lower }, evidence: evidenceOf(tokens, 3) };
    if (second?.lower === 'the' && third && isTitleWord(third.word) && !POSSESSIVE.test(third.raw) && !third.raw.endsWith(',')) {
      // `said the Governor of the Bank of England, Andrew Bailey`: the role's holder, named.
      const holder = titleHolderAt(tokens, 2);
      if (holder === 'several') return null;
      if (holder) return namedWith(tokens, holder);
      return { subject: { kind: 'role', title: third.lower }, evidence: evidenceOf(tokens, 3) };
    }
    // A description may stand before the name (`said council president Maria Santos`) or before
    // an apposition (`said his lawyer, Ann Lee`, `said Hallett’s chief of staff, Theo Brandt`).
    // One that says whom the speaker speaks for (`said a spokeswoman for Hallett`, `said the
    // mayor’s spokesman`) names no speaker: the name in it is not the one speaking.
    let spokenFor = false;
    // Whether what is spoken for is someone's role (`Ukraine's foreign minister`), not someone (`for Hallett`).
    let ownedRole = false;
    let unnamedPerson = false;
    for (let position = 1; position < 8 && tokens[position]; position += 1) {
      const token = tokens[position]!;
      const possessive = POSSESSIVE.test(token.raw);
      if (isNameWord(token.word) && !possessive) {
        const run = speakerRunAt(tokens, position);
        // `said the Ukrainian army's spokesman, Oleh Ivanov`, `said the French operator's
        // spokesman, Luc Moreau`: a name (or a word in capitals that is none) before lower-case
        // words that own the role describes the owner; the apposition after the role speaks.
        const end = run?.end ?? position + 1;
        if (!/[,;:]$/.test(tokens[end - 1]!.raw) && ownsRoleAfter(tokens, end)) {
          spokenFor = true;
          position = end - 1;
          continue;
        }
        // `said Bank of England governor Andrew Bailey`, `said Smith and Jones`: the name goes on
        // into a body's or a title's words, or into more names.
        const phrase = run ? personInPhrase(tokens, position, run) : undefined;
        if (phrase !== undefined) return spokenFor || phrase === -1 ? null : namedWith(tokens, speakerRunAt(tokens, phrase));
        // `said a spokesman for City Hall, Dan Fry`, `for the Ministry of Defence, Lisa Hart`: the one
        // holding the role, in apposition to the body it is for.
        let preposition = spokenFor && !ownedRole ? bodyKindStart(tokens, position) - 1 : -1;
        if (tokenAt(tokens, preposition)?.lower === 'the') preposition -= 1;
        const bodyEnd = spokenFor && !ownedRole && preposition >= 2 ? affiliationEnd(tokens, preposition + 1) : -1;
        const forBody = bodyEnd > 0 && isRoleForBody(tokens.slice(preposition - 1, bodyEnd)) ? personRun(nameRunAt(tokens, bodyEnd)) : null;
        if (forBody) return AND_WORD.test(tokens[forBody.end]?.lower ?? '') ? null : namedWith(tokens, forBody);
        // `said the Bank of England`: after `the`, a name going on with `of` or `for` is a body's,
        // whose first word names no one.
        if (run && tokens[position - 1]!.lower === 'the' && TITLE_OF.test(tokens[run.end]?.raw ?? '') && !/[,;:]$/.test(tokens[run.end - 1]!.raw)) return null;
        if (unnamedPerson && run) {
          // `said a Tory MP`: the name ends in a role; `said another Tory MP, Jim Hart`: the apposition speaks.
          const last = tokens[run.end - 1]!;
          if (ROLE_ABBREVIATIONS.test(last.raw)) return last.raw.endsWith(',') ? namedWith(tokens, nameRunAt(tokens, run.end)) : null;
          // `said an Uber driver outside the depot`, `said two Amazon workers`, `said a Trump
          // supporter`: after `a` or a number, a name before a noun says whom an unnamed person
          // works for, supports or comes from. A name the sentence goes on after speaks (`said a
          // tearful Mary Jones outside court`).
          if (!/[,;:]$/.test(last.raw) && isNounAfterName(tokens[run.end])) return null;
        }
        // `said the Patel family`, `said the Trump campaign`: a name before a noun after `the` says
        // whose the group or body is.
        if (run && tokens[position - 1]!.lower === 'the' && !/[,;:]$/.test(tokens[run.end - 1]!.raw) && isNounAfterName(tokens[run.end], { adverbs: false })) return null;
        // `said Ukraine's foreign minister Oleksandr Hrytsenko`, `said the mayor's spokesman Tom
        // Reed`: the name right after an owned role holds it, and speaks.
        const before = tokens[position - 1]!;
        if (spokenFor && ownedRole && (isRole(before) || RELATIVES.has(before.lower))) return namedWith(tokens, run);
        return spokenFor ? null : namedWith(tokens, run);
      }
      if (INDEFINITE_PEOPLE.test(token.lower)) unnamedPerson = true;
      // `said Victor Hale’s wife`: a name owning the next words names who is spoken of.
      if (isNameWord(token.word) && possessive) {
        const holder = speakerRunAt(tokens, position);
        if (holder) return namedWith(tokens, holder);
      }
      // `said a spokeswoman for Hallett`, `said a fan outside Old Trafford`: the name after is not the speaker.
      if (possessive || PREPOSITIONS.has(token.lower) || PLACE_PREPOSITIONS.has(token.lower)) {
        spokenFor = true;
        ownedRole = possessive;
      }
      else if (!/^[a-z]/.test(token.raw)) return null;
      if (token.raw.endsWith(',')) {
        // `said his parents, Mark and Julie Denton`: several people.
        const apposition = describedNameRun(tokens, position + 1);
        if (apposition && AND_WORD.test(tokens[apposition.end]?.lower ?? '') && isCapitalised(tokens[apposition.end + 1])) return null;
        return namedWith(tokens, apposition);
      }
    }
    return null;
  }
  // `Lee reads`, `Lee read aloud`: the words are whoever wrote what she reads.
  const speaks = closing ? speaksClosing : speaksInSentence;
  const pronounVerb = skipAuxiliaryForward(tokens, 1);
  if (PRONOUNS.has(first.lower) && (SPEECH_VERBS.has(tokens[pronounVerb]?.lower ?? '') || (closing && actsAlone(tokens[pronounVerb])))) {
    return { subject: { kind: 'pronoun', word: first.lower }, evidence: evidenceOf(tokens, pronounVerb + 1) };
  }
  // `the mayor said`, `the council leader said`: a role, with up to two words before it.
  for (let role = 1; role <= 3; role += 1) {
    // `the mayor would later say`: an auxiliary of tense between.
    const roleVerb = skipAuxiliaryForward(tokens, role + 1);
    if (isRoleAfterThe(tokens, 0, role) && SPEECH_VERBS.has(tokens[roleVerb]?.lower ?? '')) {
      return { subject: { kind: 'role', title: tokens[role]!.lower }, evidence: evidenceOf(tokens, roleVerb + 1) };
    }
  }
  // `Archbishop of Canterbury Justin Welby said`, `the Secretary of State for Work and Pensions,
  // Liz Kendall, said`: a title with its `of` or `for` words, then its holder.
  const holder = titleHolderAt(tokens, first.lower === 'the' ? 1 : 0);
  if (holder === 'several') return null;
  if (holder) {
    let verb = skipAdverbsForward(tokens, holder.end);
    if (!speaks(tokens[verb]) && tokens[holder.end - 1]!.raw.endsWith(',')) verb = appositionVerb(tokens, holder.end, speaks);
    if (verb >= 0 && speaks(tokens[verb])) return namedWith(tokens, holder, verb + 1);
  }
  // `the mediator, Paul Okafor, tells`, `the acting secretary, Omar Lindqvist, said`: the name in
  // the apposition speaks.
  if (ARTICLES_AND_OWNERS.has(first.lower) || (POSSESSIVE.test(first.raw) && isNameWord(first.word))) {
    const run = roleApposition(tokens, 1);
    let verb = run ? skipAuxiliaryForward(tokens, run.end) : -1;
    // `his daughter, Ann Lee, 31, said`: an age or another apposition before the verb.
    if (run && !SPEECH_VERBS.has(tokens[verb]?.lower ?? '') && tokens[run.end - 1]!.raw.endsWith(',')) verb = appositionVerb(tokens, run.end, (token) => SPEECH_VERBS.has(token?.lower ?? ''));
    if (run && verb >= 0 && SPEECH_VERBS.has(tokens[verb]?.lower ?? '')) return namedWith(tokens, run, verb + 1);
    // Without the commas: `the Kremlin's spokesman Dmitry Peskov told reporters`, `the BBC's
    // political editor Chris Mason said`: the owner, its role, then who holds it.
    const holder = roleHolderAfterOwner(tokens);
    const holderVerb = holder ? skipAdverbsForward(tokens, holder.end) : -1;
    if (holder && SPEECH_VERBS.has(tokens[holderVerb]?.lower ?? '')) return namedWith(tokens, holder, holderVerb + 1);
  }
  // `Tully was called “…” by Kemp.`
  if (first.lower === 'by') return namedWith(tokens, speakerRunAt(tokens, 1));
  // `“…,” according to Dennis Amato.`
  if (first.lower === 'according' && tokens[1]?.lower === 'to') {
    const source = FIRST_SOURCE_PHRASE.exec(clause);
    const rest = source && source.index === clause.indexOf(first.raw) ? tokenize(clause.slice(source.index + source[0].length)) : [];
    const described = describedNameAt(rest, 0);
    // `“…,” according to a spokesman for City Hall, Dan Fry.`: the role's holder, named after it.
    const run = (source && sourceInApposition(rest, source[0])) ?? inLongerName(rest, described, speakerRunAt(rest, described));
    const found = namedWith(tokens, run);
    // `“…,” according to the mayor.`: the one the article calls so (not `the mayor's office`, a
    // role closing the clause, as `According to the mayor, “…”` is read).
    const role = rest[0];
    if (!found && role && (rest.length === 1 || role.raw.endsWith(',')) && /\bthe\s+$/i.test(source?.[0] ?? '') && /^[a-z]+[.,;:!?]*$/.test(role.raw) && isTitleWord(role.word)) {
      return { subject: { kind: 'role', title: role.word }, evidence: collapseWhitespace(`${source![0]}${role.word}`) };
    }
    return found && { ...found, evidence: collapseWhitespace(`${source![0]}${rest.slice(0, run!.end).map((token) => token.raw).join(' ')}`).replace(/[,;:]$/, '') };
  }
  // `X said`, or a description before the name: `council leader Amira Khan said`, `White House
  // spokesman Josh Earnest said`, `Trump’s lawyer Rudy Giuliani said`. A function word or a comma
  // ends the description (`a spokesman for Mayor Lee said` names no speaker). An apposition may
  // stand between the name and the verb: `Linda Marsh, 47, said`, `X, who chairs the committee, said`.
  for (let start = 0, joined = 0; start < 5 + joined; start += 1) {
    const previous = tokenAt(tokens, start - 1);
    // `Acme co-founder and chief executive Sam Ford said`: two roles joined by `and` are one description.
    const rolesJoined = !joined && previous?.raw === 'and' && isRole(tokenAt(tokens, start - 2)) && /^[a-z]/.test(tokens[start]?.raw ?? '');
    if (rolesJoined) joined = 2;
    else if (previous && (DESCRIPTION_STOPS.has(previous.lower) || /[,;:]$/.test(previous.raw) || SPEECH_VERBS.has(previous.lower))) break;
    let run = nameRunAt(tokens, start);
    // `Lee’s critics say`: a name owning the subject is not the subject.
    if (!run || POSSESSIVE.test(tokens[run.end - 1]!.raw)) continue;
    let verb = skipAuxiliaryForward(tokens, run.end);
    // `Bank of England governor Andrew Bailey said`: a body's name with `of` in it, then the
    // role and its holder, who speaks (never `Bank`).
    // Only from the start of a name that is no person's (not `Heinrich of New Mexico and Rep.
    // Marcy Kaptur`, two people).
    const opensName = start === 0 || !isNameWord(tokens[start - 1]!.word);
    const holder = speaks(tokens[verb]) || !opensName || namesPerson(run) ? undefined : personInPhrase(tokens, start, run);
    if (holder !== undefined && holder >= 0) {
      run = speakerRunAt(tokens, holder);
      if (!run) continue;
      verb = skipAdverbsForward(tokens, run.end);
    }
    if (!speaks(tokens[verb]) && tokens[run.end - 1]!.raw.endsWith(',')) verb = appositionVerb(tokens, run.end, speaks);
    // `Jane Porter of Save Our Parks said`, `Rep. Marcy Kaptur of Ohio said`: where the person
    // works or comes from, then the verb; a person only (`Bank of England said` is no one).
    // `Heinrich of New Mexico said`, `Sen. Heinrich of New Mexico said`: a surname alone is a
    // person only as the short form of a full name the article gives (`Apple of Cupertino said`,
    // `Friends of the Earth said` are bodies); after a title, as `Sen. Heinrich said` is.
    const surname = holder === undefined && !speaks(tokens[verb]) && !namesPerson(run) ? surnameIn(run) : null;
    if (!speaks(tokens[verb]) && (namesPerson(run) || surname)) {
      const affiliation = affiliationAfter(tokens, run.end);
      // `… of Ohio has said`, `… of Ohio would later say`: an auxiliary of tense too.
      if (affiliation > 0) verb = skipAuxiliaryForward(tokens, affiliation);
      // `Rep. Marcy Kaptur of Ohio, a Democrat, said`: an apposition after where the person is from.
      if (affiliation > 0 && !speaks(tokens[verb]) && tokens[affiliation - 1]!.raw.endsWith(',')) verb = appositionVerb(tokens, affiliation - 1, speaks);
    }
    if (!speaks(tokens[verb])) continue;
    // `Lee said Hale told her`, `Lee says she was told`, `Lee recalls her father saying`, `Lee
    // wrote, quoting Hale`: someone else's words, passed on.
    // Not the speaker being asked (`Helen Marsh said when asked about the vote`).
    if (tokens.slice(verb + 1).some((token, offset) => passesWordsOn(token) && !(token.lower === 'asked' && BEING_ASKED.test(tokens[verb + offset]!.lower)))) return null;
    // Any verb closes an attribution only with nothing after it that speaks or names someone
    // (`Lee remembers Hale telling her`, `Lee wrote, quoting Hale’s email`, `Lee Street residents say`).
    if (!attributes(tokens[verb]) && !closingRestClean(tokens, verb + 1)) continue;
    const found = namedWith(tokens, run, verb + 1);
    if (found && surname && !surname.titles.length && found.subject.kind === 'name') return { ...found, subject: { ...found.subject, fullNameOnly: true } };
    if (found) return found;
  }
  return null;
}

/**
 * trailingAttribution's answers by the words after a quotation, kept for every article the process
 * parses, not for one: the same few credits close quotations in article after article (`he
 * said.`, `she added.`, `Castillo wrote.`). Kept per article, half the calls on the synthetic
 * corpus were repeats; kept here, 108 different texts answer all 3,614 quotations of a pass. It
 * reads nothing but the text (module functions and the module's own kept answers, no article's
 * names), and no reader changes the subject or the evidence it answers, so an answer is shared.
 * (The recorded attribution calls of a pass took 0.84x the CPU, text, and 0.83x, HTML, 6 processes.)
 */
const trailingKept = keptByText(trailingAttribution);

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

/**
 * The words of a clause right after a quotation that attribute it to someone no rule names (`the
 * winner told supporters`, `a senior official said`): a speech verb among its first words, not
 * one joined by a conjunction (`“…” and vowed to fight it` is the sentence's subject acting on).
 */
function unnamedAttribution(text: string): string | null {
  const clause = openingClause(text.slice(0, MAX_LEAD));
  const tokens = tokenize(clause).slice(0, 12);
  if (!tokens.length || CONJUNCTIONS.has(tokens[0]!.lower)) return null;
  // `according to a person familiar with the matter`, `came the reply`; `according to board
  // minutes` names a source, not someone who speaks for the quotation.
  // So does a body no rule names a person by (`according to the Bank of England`).
  // So does a role's owner (`according to the mayor's office`), as `according to Lee's office` is.
  const source = tokens[2]?.lower === 'the' ? tokens[3] : tokens[2];
  const unnamedSource = tokens[0]!.lower === 'according' && tokens[1]?.lower === 'to' && (/^(a|an|one|two|three|several|people|sources?|officials?|someone|aides?)$/.test(tokens[2]?.lower ?? '') || isCapitalised(source) || POSSESSIVE.test(source?.raw ?? ''));
  if (unnamedSource || (tokens[0]!.lower === 'came' && tokens[1]?.lower === 'the') || (answerWordAt(tokens) > 0 && closingClause(text, clause, tokens))) return evidenceOf(tokens, tokens.length);
  // `“…,” her husband remembers.`, `“…,” an old friend smiles.`: a short clause closing the
  // sentence, an unnamed someone and any verb.
  const unnamedActs = [2, 3].some((verb) => actsAlone(tokens[verb]) && tokens.slice(1, verb).every((token) => /^[a-z-]+$/.test(token.raw)));
  if (ARTICLES_AND_OWNERS.has(tokens[0]!.lower) && tokens.length <= 6 && unnamedActs && closingClause(text, clause, tokens)) return evidenceOf(tokens, tokens.length);
  // `a person familiar with the matter said`, `an official who was not authorised to speak publicly said`.
  const verb = tokens.findIndex((token) => (SPEECH_VERBS.has(token.lower) || REPLY_VERBS.has(token.lower)) && token.word === token.lower && !NOUN_LIKE_VERBS.has(token.lower));
  return verb < 0 ? null : evidenceOf(tokens, tokens.length);
}

/** The index of the sentence holding `offset` (sentences in order, as splitSentences gives them), or -1. */
function sentenceAt(sentences: Sentence[], offset: number): number {
  let [low, high] = [0, sentences.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start > offset) high = middle - 1;
    else if (sentences[middle]!.end <= offset) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** A clause closing the words before a colon with someone else's words arriving: `until the council wrote back:`, `when the reply came:`. */
const ANOTHER_VOICE =
  /\b(?:when|until|before|after|then|and|but)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:came|arrived|wrote back|replied|responded|answered|ruled|decided|wrote)\s*:\s*$/u;

/** `she replied`, `he answered`: a pronoun's reply, to someone else than the one it answers. */
const PRONOUN_REPLY = /^(?:he|she)\s+(?:replied|answered|responded|retorted|countered|shot back|fired back|hit back)\b/i;
/**
 * A reply told in the present (`She replies:`), after words that asked or accused (`Pryce accuses
 * her of having “…”`): not an interviewee answering the writer's own question (`Is she sad? “Not
 * really,” she replies.`), whose words before were hers too.
 */
const PRESENT_REPLY = /^(?:he|she)\s+(?:replies|answers|responds|retorts|counters|shoots back|fires back|hits back)\b/i;
const CHALLENGED = /\b(?:asks?|asked|accuses|accused|challenges|challenged|demands|demanded|questions|questioned|presses|pressed)\b/i;

/**
 * A name's words named right before a quotation: `Keillor’s warning that`, `Venn’s own claim “…”`.
 * The quotation is the owner's, whoever the sentence's subject is. Not after a colon: `Venn hit
 * back at Keillor’s claims: “…”` is Venn answering them.
 */
const SPOKEN_BY_OWNER = new RegExp(
  `(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})['’]s?\\s+(?:[\\p{Ll}\\d-]+\\s+)?(?:${[
    'claims?', 'warnings?', 'charges?', 'accusations?', 'allegations?', 'assertions?', 'suggestions?', 'arguments?',
    'complaints?', 'remarks?', 'comments?', 'words', 'description', 'insistence', 'promises?', 'pledges?', 'boasts?',
    'threats?', 'pleas?', 'demands?', 'questions?', 'retort', 'reply', 'response', 'verdict', 'prediction', 'vow',
  ].join('|')})\\s*(?:that\\s*)?$`,
  'u',
);

/**
 * `Ross's verdict on the protest was brief: “…”`, `Her reply came quickly:`: a sentence opening with
 * someone's words and saying how they were, before a colon. The words are the owner's. Not what
 * they met with (`Hale's statement drew a rebuke from unions:`): the words after may be the rebuke.
 */
const OWN_WORDS_DESCRIBED = new RegExp(
  `^\\s*(?:(?:But|And|Yet)\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[
    'verdict', 'reply', 'response', 'answer', 'reaction', 'retort', 'message', 'advice', 'comments?', 'words', 'statement',
    'explanation', 'assessment', 'summary', 'warning', 'defen[cs]e', 'instructions?', 'verdicts?',
  ].join('|')})(?:\\s+(?:on|to|about|for|at|of)\\s+[^:“”"]{1,60}?)?\\s+(?:was|were|came|is|are)\\s+(?:[\\p{Ll}-]+,?\\s+){0,2}[\\p{Ll}-]+\\s*:\\s*$`,
  'u',
);

/** Verbs that cite someone's words, what is cited, and what records them saying it: CITED_OWNER and UNNAMED_OWNER. */
const CITING_VERBS = 'recalled|recalls|quoted|quotes|cited|cites|repeated|repeats|read out|echoed';
const CITED_WORDS = 'words|remarks|comments|promise|pledge|vow|statement|warning|claim';
const RECORDINGS = 'video|recording|footage|clip|audio|tape';

/**
 * The words are someone's by the sentence's own account, colon or not: `Ortiz recalled Price's
 * words: “…”`, `quoted Price's promise:`, `a video of Price saying “…”`.
 */
const CITED_OWNER = new RegExp(
  `(?:\\b(?:${CITING_VERBS}|reads out|echoes)\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})['’]s?\\s+(?:own\\s+)?(?:${CITED_WORDS})|\\b(?:${RECORDINGS})\\s+of\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(?:saying|telling\\s+\\S+|declaring|announcing))\\s*(?:that\\s*)?[:,]?\\s*$`,
  'u',
);

/** `recalled the words of her predecessor, Ana Ruiz:` */
const WORDS_OF_APPOSITION =
  /\b(?:words|remarks|comments|promise|warning|message|reply|response)\s+(?:of|from)\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)\s*[:,]?\s*$/u;

/**
 * Words the sentence gives to someone it does not name: `recalled her mother's words:`, `a reply
 * from her lawyer within minutes:`, `a video of the council meeting saying`, `said what her late
 * mother used to tell her:`.
 */
const UNNAMED_OWNER = new RegExp(
  `(?:\\b(?:${CITING_VERBS})\\s+(?:his|her|their|its|the|a|an)\\s+(?:[\\p{Ll}'’-]+\\s+){0,3}?(?:${CITED_WORDS})|\\b(?:text|message|email|e-mail|letter|note|call|reply|response|answer)\\s+from\\s+(?:his|her|their|its|the|a|an)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}\\d][\\p{L}\\d'’-]*){0,5}|\\b(?:${RECORDINGS})\\s+of\\s+(?:the|a|an|his|her|their)\\s+[\\p{Ll}\\s-]{1,40}?\\s+(?:saying|declaring)|\\bwhat\\s+(?:his|her|their|its|the|a|an)\\s+(?:[\\p{Ll}'’-]+\\s+){0,3}?[\\p{Ll}-]+\\s+(?:used\\s+to\\s+|would\\s+|always\\s+)(?:tell|told|say|said|tells|says)(?:\\s+(?:him|her|them|me|us))?)\\s*(?:that\\s*)?[:,]?\\s*$`,
  'u',
);

/** True when a text before a quotation says someone said it, whoever that is (`The regulator says it has`). */
function claimsSpeech(text: string): boolean {
  const own = withoutQuotations(text);
  if (FIRST_SOURCE_PHRASE.test(own) || SPEECH_ACT.test(own)) return true;
  return tokenize(own).some(
    (token) => token.word === token.lower && !NOUN_LIKE_VERBS.has(token.lower) && (SPEECH_VERBS.has(token.lower) || SPEECH_PARTICIPLES.has(token.lower)),
  );
}

export interface QuoteAttribution {
  speaker: string | null;
  attribution: string | null;
}

/**
 * An attribution and whether the quotation's own sentence claims it for someone: then a null
 * speaker stays null (the article credits a person no rule can name) instead of running on
 * from a quotation before.
 */
interface Finding extends QuoteAttribution {
  claimed: boolean;
}
const UNATTRIBUTED: Finding = { speaker: null, attribution: null, claimed: false };

/** An attribution as a finding, its properties written out: a spread (`{ ...found, claimed }`) cost 0.6 µs a quotation. */
function claimedBy(found: QuoteAttribution, claimed: boolean): Finding {
  return { speaker: found.speaker, attribution: found.attribution, claimed };
}

/**
 * A sentence's words, its opening subject and the people it names outside its quotations
 * (peopleNamed), each undefined until asked. The people depend on the article's names only, which
 * are read whole before any sentence is, so they too are the same every time a sentence is asked.
 */
interface SentenceReading {
  tokens: Token[];
  subject: Subject | null | undefined;
  people: Set<string> | undefined;
}

// The patterns the attributor asks of every quotation, kept by the module: tsx's esbuild makes a
// `\p{…}` pattern written inside a function into a `new RegExp` made on every call.
/** A capitalised word shaped as a participle: `Leaked`, `Delayed`. */
const PARTICIPLE_SHAPED = /^\p{Lu}\p{Ll}{2,}ed$/u;
/** Any capital letter. */
const CAPITAL = /\p{Lu}/u;
/** Someone spoken of after the verb: `she said of Brisco`. */
const SPOKEN_OF = /^\W*\p{Ll}+\s+\p{Ll}+\s+of\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;

/** A name's first word (`name.split(' ')[0]`), without the list of all its words. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** Two to four capitalised words and nothing else: a full name. */
const FULL_NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** `The` and one word: a label naming a role (`The chairman`). */
const THE_ONE_WORD = /^The\s+(\p{L}+)$/u;
/**
 * Attributes quotations paragraph by paragraph, remembering the last person named so `he` and
 * `she` resolve. One instance per article; paragraphs must be fed in article order.
 */
export class SpeakerAttributor {
  private lastPerson: string | null = null;
  /**
   * `she` or `he` when the sentence that set lastPerson had its subject address someone so (`Hale
   * asked her whether …`): then `she answered` next is that other person, not the subject; the
   * one named, if the sentence names them.
   */
  private addressed: Addressed | null = null;
  /** The last paragraph attributed and the speaker of its last quotation, for quotations running on. */
  private lastQuoted: { paragraph: string; speaker: string; attribution: string } | null = null;

  /**
   * True when the sentence that named lastPerson said they did not act (`Dennis Marsh did not
   * attend.`): then a short form he shares (`“…,” Marsh said`) is not taken to be him.
   */
  private lastNegated = false;

  /** True from a new entry until its first paragraph is attributed: where a heading may be run into the entry. */
  private entryOpening = false;

  /** A new last person (`addressed` is set by the caller): the paragraphs left unread would have been replaced, so they stay unread. */
  private remember(person: string | null, sentence = ''): void {
    this.unread.length = 0;
    this.lastPerson = person;
    this.lastNegated = NEGATED_SUBJECT.test(sentence);
  }

  /** The person named last, for a short form two people share; not one who just did not act. */
  private recentPerson(): string | null {
    this.readUnread();
    return this.lastNegated ? null : this.lastPerson;
  }

  /** The person named last, the paragraphs left unread read first. */
  private lastPersonRead(): string | null {
    this.readUnread();
    return this.lastPerson;
  }

  /** The recent person for `canonical`, found only when the form fits several people: otherwise it changes nothing. */
  private recentFor(name: string, titles: string[] = []): string | null {
    return this.names.fitsSeveral(name, titles) ? this.recentPerson() : null;
  }

  /** Who took the last transcript turn, for a shared surname's next turn. */
  private lastTurnSpeaker: string | null = null;

  /**
   * Each sentence's words and opening subject, read once for the article: personIn and the
   * subject before a quotation ask of the same sentences again and again (38,000 tokenizations a
   * pass of the synthetic corpus on 18,000 texts). All are pure readings of the text, shared as
   * read-only (no reader changes a token, a subject or the set of people).
   */
  private readonly readings = new Map<string, SentenceReading>();

  private reading(text: string): SentenceReading {
    let reading = this.readings.get(text);
    if (reading === undefined) this.readings.set(text, (reading = { tokens: tokenize(text), subject: undefined, people: undefined }));
    return reading;
  }

  private subjectOf(reading: SentenceReading): Subject | null {
    if (reading.subject === undefined) reading.subject = openingSubject(reading.tokens);
    return reading.subject;
  }

  /** The paragraph being attributed, where a role's holder is looked up (`the mayor` after a new one was elected). */
  private paragraph = '';

  /** `names`: the article's; `interviewees`: the names it says it interviews (intervieweesNamed). */
  constructor(
    private readonly names: ArticleNames,
    private readonly interviewees: string[] = [],
  ) {}

  private resolve(subject: Subject): string | null {
    // `Mrs Helena Vance spoke first. “…,” he said.`: not her, whoever it is.
    if (subject.kind === 'pronoun') {
      this.readUnread();
      // The one addressed answers: named, that person (`I asked Sarah Quint whether she would
      // resign. “No,” she said.`); unnamed, no one this reads.
      if (subject.word === this.addressed?.word) return this.addressed.name ? this.names.canonical(this.addressed.name) : null;
      return this.lastPerson && this.names.contradictsPronoun(this.lastPerson, subject.word) ? null : this.lastPerson;
    }
    if (subject.kind === 'role') return this.names.byRole(subject.title, this.paragraph);
    const name = this.names.canonical(subject.name, subject.titles, this.recentFor(subject.name, subject.titles));
    if (subject.fullNameOnly) return name.includes(' ') ? name : null;
    // `Leaked WhatsApp messages showed …`: a participle opening a sentence, named nowhere else, is
    // no first name.
    // A title before it says it is one (`Prof. Mohammed Siddiqui`).
    if (!subject.titles?.length) {
      const first = firstWord(name);
      if (PARTICIPLE_SHAPED.test(first) && !this.names.isProperWord(first) && this.names.mentions(name) <= 1) return null;
    }
    // One capitalised word the article only ever opens sentences with is a common noun (`Talks`).
    return name.includes(' ') || this.names.isProperWord(name) ? name : null;
  }

  private attributed(subject: Subject | null, evidence: string): QuoteAttribution | null {
    if (!subject) return null;
    // `Blaise met Finlay on the quay, where he warned her that “…”`: with two people named
    // beside it, `he` or `she` could be either.
    if (subject.kind === 'pronoun' && CAPITAL.test(evidence) && this.peopleNamed(tokenize(withoutQuotations(evidence))).size > 1) return null;
    const speaker = this.resolve(subject);
    return speaker ? { speaker, attribution: collapseWhitespace(evidence) } : null;
  }

  /** The attribution a whole paragraph offers to a quotation standing right after it. */
  private fromPrecedingParagraph(previous: string | undefined): QuoteAttribution | null {
    if (!previous) return null;
    const sentences = splitSentences(previous);
    for (let index = sentences.length - 1; index >= 0; index -= 1) {
      const text = sentences[index]!.text;
      const found = this.attributed(speechVerbSubject(withoutQuotations(text)), text);
      if (found) return found;
      // `The trust's notice to staff reads:`: the sentence handing the quotation over says whose
      // words they are, someone no rule names; a speaker named earlier (`Glen Rowe, who has given a
      // statement, is suspended.`) is not them. (`Her letter reads:`, `It reads:` point back.)
      if (index === sentences.length - 1 && OWNED_WORDS_READ.test(text.trim())) return null;
    }
    // Without a verb of speaking, only a colon hands the quotation over (`Trump Jr replies:`); a
    // subject doing anything else (`Ramos came under fire from her own party.`) is a guess.
    const last = sentences.at(-1);
    return last && last.text.trim().endsWith(':') ? this.attributed(openingSubject(tokenize(last.text)), last.text) : null;
  }

  /** `headed`: the sentence opens an entry, where a heading may be run into it (`Sentencing Judge Reyes told the court “…”`). */
  private attributeOne(paragraph: string, sentences: Sentence[], sentenceIndex: number, quote: QuotationSpan, previous: string | undefined, headed = false): Finding {
    const sentence = sentences[sentenceIndex]!;
    // The attribution follows the quotation, interrupts it (`“We will not,” X said, “give up.”`),
    // or, when the quotation ends in ! or ? and so ends its sentence, opens the next sentence
    // (`“We won!” Mayor Lee says.`).
    const next = sentences[sentenceIndex + 1];
    const after = quote.aside
      ? paragraph.slice(quote.aside.start, quote.aside.end)
      : /[!?]$/.test(quote.text) && quote.end >= sentence.end - 1 && next
        ? next.text
        : paragraph.slice(quote.end, sentence.end);
    // An attribution in the quotation's own sentence decides, even when no rule can name the one
    // it credits (`“…,” the winner told supporters`, `“…,” the director said` when the article
    // names no director): the sentence or paragraph before would be a guess.
    // `Venn denied Keillor’s charge that “…”`: the words are the one whose charge they are.
    const lead = paragraph.slice(Math.max(sentence.start, quote.start - MAX_LEAD), quote.start);
    // `Ortiz recalled the words of her predecessor, Ana Ruiz:`: an apposition names the owner.
    const ownerNamed = WORDS_OF_APPOSITION.exec(lead);
    const ownerInApposition = ownerNamed && nameSubject(ownerNamed[1]!.split(' '));
    if (ownerInApposition) {
      const found = this.attributed(ownerInApposition, ownerNamed[0]);
      if (found) return claimedBy(found, true);
    }
    // `Ortiz recalled her mother's words:`, `a reply from her lawyer:`: someone unnamed's words.
    const unnamedOwner = UNNAMED_OWNER.exec(lead);
    if (unnamedOwner) return { speaker: null, attribution: collapseWhitespace(unnamedOwner[0]), claimed: true };
    const owner = SPOKEN_BY_OWNER.exec(lead) ?? CITED_OWNER.exec(lead) ?? OWN_WORDS_DESCRIBED.exec(lead);
    const ownerSubject = owner && nameSubject((owner[1] ?? owner[2])!.split(' '));
    if (ownerSubject) {
      const found = this.attributed(ownerSubject, owner![0]);
      if (found) return claimedBy(found, true);
    }
    // `with the note “Can we discuss Thursday?” Mr Lindqvist said: “I read it as …”`: after a
    // quotation that closed its sentence, a credit ending in a colon introduces the next one.
    const introducesNext = /[.!?]$/.test(paragraph.slice(quote.start, quote.end - 1)) && INTRODUCES_NEXT.test(after);
    const trailing = introducesNext ? null : this.trailingOf(after);
    if (trailing) {
      const found = this.attributed(trailing.subject, trailing.evidence);
      // `“…,” she said of Brisco`: whoever `she` is, Brisco is the one spoken of.
      const spokenOf = SPOKEN_OF.exec(after);
      const about = spokenOf && this.names.canonical(spokenOf[1]!.replace(/[.,;:]+$/, ''));
      return found && found.speaker !== about ? claimedBy(found, true) : { speaker: null, attribution: trailing.evidence, claimed: true };
    }
    const unnamed = introducesNext ? null : unnamedAttribution(after);
    if (unnamed) return { speaker: null, attribution: unnamed, claimed: true };
    // `“…,” the Home Secretary, Yvette Cooper, and the Foreign Secretary, David Lammy, said in a
    // joint statement`: the sentence credits its words after them, to no one person a rule can
    // name (here, two people), and never to the sentence before (`Sanctions were announced.`).
    // Only a clause that opens right after the quotation, with its subject: not `… accepts that
    // the letter “should have been escalated”, but says he …`, a clause of the sentence's own subject.
    const closing = openingClause(after.slice(0, MAX_LEAD));
    // No attribution is given: the clause names no one, so a phrase in scare quotes stays no quotation.
    // Nor by a verb of any kind before its subject in a short clause closing the sentence (`“…,”
    // chanted the crowd.`, `“…,” ends the film.`): the words are someone's no rule names, never
    // those of whoever spoke in the paragraph before.
    const closingTokens = tokenize(closing);
    if (!CLAUSE_GOES_ON.test(closing) && closingTokens.some((token) => token.raw === token.lower && SPEECH_VERBS.has(token.lower) && !NOUN_LIKE_VERBS.has(token.lower))) {
      return { speaker: null, attribution: null, claimed: true };
    }
    if (invertedClosing(after, closing, closingTokens)) return { speaker: null, attribution: evidenceOf(closingTokens, closingTokens.length).replace(/[.!?]+$/, ''), claimed: true };
    // A quotation standing alone with a credit no rule reads (`“…” — @hosei May 2, 2022`, `“…” —
    // A post shared by Juno Tarrow`) is credited all the same: never to whoever spoke before.
    const credit = quote.start === 0 && /^\s*[—–―]\s*([^—–―]{1,160})$/.exec(paragraph.slice(quote.end));
    if (credit) return { speaker: null, attribution: collapseWhitespace(credit[0].trim()), claimed: true };
    const before = sentenceBefore(paragraph, sentence.start, quote.start).trim();
    if (before) {
      // `Tate waited until Friday, when the reply came:`: words that arrived from someone unnamed.
      if (ANOTHER_VOICE.test(before)) return { speaker: null, attribution: before, claimed: true };
      const subject = speechVerbSubject(before);
      const evidence = headed ? this.withoutRunInHeading(before, subject) : before;
      const found = this.attributed(subject, evidence);
      if (found) return claimedBy(found, true);
      // A verb of speaking whose subject no rule names (`The BBC quoted a ministry source as
      // saying:`) credits someone unnamed; without one, a colon hands the quotation to the
      // sentence's subject (`Hannah Smith was blunt: “…”`).
      if (claimsSpeech(before)) return { speaker: null, attribution: evidence, claimed: true };
      const introduced = before.endsWith(':') ? this.attributed(openingSubject(tokenize(before)) ?? verblessSubject(tokenize(before)), evidence) : null;
      return introduced ? claimedBy(introduced, true) : UNATTRIBUTED;
    }
    // The quotation opens its sentence: the sentence before it, or the paragraph before that.
    if (sentenceIndex > 0) {
      const previousSentence = sentences[sentenceIndex - 1]!.text;
      const found =
        // Its words outside quotation marks: `“Tom says it's sorted,” he read.` is not Tom speaking.
        this.attributed(speechVerbSubject(withoutQuotations(previousSentence)), previousSentence) ??
        (previousSentence.trim().endsWith(':') ? this.attributed(openingSubject(tokenize(previousSentence)), previousSentence) : null);
      return found ? claimedBy(found, false) : UNATTRIBUTED;
    }
    const found = this.fromPrecedingParagraph(previous);
    return found ? claimedBy(found, false) : UNATTRIBUTED;
  }

  /**
   * The words of an entry's opening sentence from its speaker's name on, when words before the
   * name are a heading run into the entry (`Sentencing Judge Reyes told the court`, `Defendant
   * gives evidence Whitlock told the court:`, `Closing speeches Okafor, for the defence, told`):
   * the attribution is `Judge Reyes told the court`. Else the sentence's words as they are: a
   * role before the name (`Former banker Whitlock told`) or an opening phrase (`In court, Reyes
   * said`) is no heading.
   */
  private withoutRunInHeading(before: string, subject: Subject | null): string {
    const tokens = tokenize(before);
    const sentenceStart = this.headingEnd(tokens);
    if (sentenceStart > 0) return tokens.slice(sentenceStart).map((token) => token.raw).join(' ');
    if (subject?.kind !== 'name' || subject.at === undefined) return before;
    let start = subject.at;
    // `Sentencing Judge Reyes`: a capitalised word the article writes only right after an entry's
    // date, before the name's title, is a heading's, not a place's or a body's (`Arizona Governor Hobbs`).
    let title = start;
    while (title < tokens.length && !isTitleWord(tokens[title]!.word) && this.names.isEntryHeadingWord(tokens[title]!.word)) title += 1;
    const beforeTitle = title > start && isTitleWord(tokens[title]?.word ?? '');
    if (beforeTitle) start = title;
    if (start === 0 || commaAmong(tokens, start) >= 0) return before;
    // `Defendant gives evidence Whitlock`: a lower-case word before the name that is no role.
    const last = tokens[start - 1]!;
    if (!beforeTitle && (!/^[a-z]+$/.test(last.raw) || isRoleWord(last) || RELATIVES.has(last.lower) || PERSON_NOUN_SHAPE.test(last.word) || DESCRIPTION_STOPS.has(last.lower) || ADVERBS.has(last.lower))) return before;
    return tokens.slice(start).map((token) => token.raw).join(' ');
  }

  /**
   * Where the sentence proper starts after a heading run into an entry, or 0: the heading opens
   * with a word the article capitalises only right after an entry's date, and ends before a word
   * only a sentence's start capitalises (`Company responds In a statement, Fennelly said:`,
   * `Minister under pressure Asked whether he would resign,`), or, as a common noun the article
   * writes in lower case too, before a name (`Campaign Tobin:`; `Boris Johnson said` keeps Boris).
   */
  private headingEnd(tokens: Token[]): number {
    if (!tokens[0] || !this.names.isEntryHeadingWord(tokens[0].word)) return 0;
    for (let index = 1; index < 7 && index < tokens.length; index += 1) {
      const token = tokens[index]!;
      if (/[,;:.!?]$/.test(tokens[index - 1]!.raw)) break;
      if (isCapitalised(token) && token.raw === token.word && SENTENCE_OPENERS.has(token.lower)) return index;
    }
    if (tokens[0].raw !== tokens[0].word) return 0;
    const run = nameRunAt(tokens, 1);
    const mention = run && stripTitles(run.words);
    // `Campaign Mary Tobin said:`: before a full name the article gives elsewhere too.
    if (mention && this.names.isHeadingBeforeName(tokens[0].word, mention.name)) return 1;
    if (!this.names.isHeadingNoun(tokens[0].word) || !mention) return 0;
    // `Vigil Yates:` beside Paul and Joanne Yates: a surname the article gives in full, to one
    // person or more (the speaker then stays the short form), is still a name after the heading.
    return this.isPerson(this.names.canonical(mention.name, mention.titles)) || this.names.fitsSeveral(mention.name, mention.titles) ? 1 : 0;
  }

  /** trailingAttribution's answer for the words after a quotation, kept by the module (trailingKept). */
  private trailingOf(after: string): { subject: Subject; evidence: string } | null {
    return trailingKept(after);
  }

  /** looksLikePerson, remembered for the article: it is asked for every name of every sentence. */
  private readonly personAnswers = new Map<string, boolean>();
  private isPerson(name: string): boolean {
    let answer = this.personAnswers.get(name);
    if (answer === undefined) this.personAnswers.set(name, (answer = looksLikePerson(name)));
    return answer;
  }

  /**
   * A new timeline entry: `he` and `she` no longer reach back into the entry before, which told
   * another moment and often of other people (a company joined in 1993 is not `she` in 1998).
   */
  startEntry(): void {
    this.lastPerson = null;
    this.lastNegated = false;
    this.addressed = null;
    this.lastQuoted = null;
    this.unread.length = 0;
    this.entryOpening = true;
  }

  /**
   * A transcript's turn (`GREAVES: I had an interest in it.`, `Martin Greaves: It was…`): the
   * answer is a quotation of the person the article names in full. Null for anything else
   * (`Q: …`, `Note: …`, `WASHINGTON: …`), which names no one the article knows as a person.
   */
  transcriptTurn(paragraph: string): { speaker: string; attribution: string; text: string } | null {
    // Both kinds of turn have a colon: most paragraphs, asked here, have none.
    if (!paragraph.includes(':')) return null;
    // `A: Honestly, by accident.`: an interview's answer, the one person it interviews (its
    // questions are the interviewer's, and an FAQ's answers, with no one interviewed, no one's).
    const answer = INTERVIEW_ANSWER.exec(paragraph);
    if (answer) {
      const interviewee = this.interviewee();
      return interviewee ? this.tookTurn(interviewee, answer[1]!, answer[2]!) : null;
    }
    // `Peter Brennan (Dunmore East) (Lab): …`, `The Minister for Enterprise (Colm Hegarty): …`:
    // a parliament's record gives a member's seat and party, or a minister's name, in brackets.
    const bracketed = paragraph.indexOf('):') > 0 ? BRACKETED_TURN.exec(paragraph) : null;
    if (bracketed) return this.bracketedTurn(bracketed[1]!, bracketed[2]!, bracketed[0].slice(0, bracketed[0].length - bracketed[3]!.length).trim().replace(/:$/, ''), bracketed[3]!);
    const match = TRANSCRIPT_TURN.exec(paragraph);
    if (!match) return null;
    return this.namedTurn(match[1]!, match[2]!);
  }

  /**
   * A turn with brackets after its label: the person named in them after a role (`The Minister
   * for Enterprise (Colm Hegarty)`), else the person the label names, the brackets saying where
   * they sit or for whom (`Mr Brennan (Dunmore East)`); null for anything else.
   */
  private bracketedTurn(label: string, inBrackets: string, written: string, text: string): { speaker: string; attribution: string; text: string } | null {
    const words = label.split(/\s+/);
    // A role's words, not a name: `The Speaker`, `Minister for Enterprise`.
    if (words[0] === 'The' || (isTitleWord(words[0]!) && (words.includes('for') || words.includes('of')))) {
      const held = stripTitles(inBrackets.split(/\s+/));
      const holder = held && FULL_NAME_ONLY.test(inBrackets) ? this.names.canonical(held.name, held.titles) : null;
      return holder && this.isPerson(holder) ? { ...this.tookTurn(holder, written, text), attribution: `${written}:` } : null;
    }
    // Where a member sits or their party, never a year or a figure (`Acme Corp (2019):`).
    if (/\d/.test(inBrackets)) return null;
    const turn = this.namedTurn(label, text, true);
    return turn && { ...turn, attribution: `${written}:` };
  }

  /**
   * A court or inquiry transcript written `Q. …` / `A. …`: each answer is the witness's, the one
   * person the paragraph before the exchange names, ending in a colon (`Under questioning from
   * counsel, Ms Devlin said:`, `The exchange with the witness, Ann Devlin, went:`). `previous` is
   * the paragraph before this one. The answers (none for a question alone), or null when this is
   * no exchange or no one witness was named: `A.` with no `Q.` line beside it is an initial.
   */
  witnessAnswers(paragraph: string, previous: string | undefined): Array<{ speaker: string; attribution: string; text: string }> | null {
    const asks = paragraph.startsWith('Q. ');
    if (!asks && !paragraph.startsWith('A. ')) return null;
    const previousTurn = previous !== undefined && (previous.startsWith('Q. ') || previous.startsWith('A. '));
    // An answer alone answers the question just before it, in the paragraph before.
    if (!asks && !(previousTurn && previous.startsWith('Q. '))) return null;
    if (!previousTurn) this.witness = previous !== undefined && /:\s*$/.test(previous) ? this.witnessIn(previous) : null;
    if (!this.witness) return null;
    const answers: Array<{ speaker: string; attribution: string; text: string }> = [];
    // Turns run on in one paragraph too (`Q. Did you see it? A. I did.`): each starts after a sentence's end.
    for (const turn of paragraph.split(/(?<=[.?!…"”])\s+(?=[QA]\.\s)/)) {
      if (turn.startsWith('A. ') && turn.length > 3) answers.push({ ...this.tookTurn(this.witness, 'A', turn.slice(3)), attribution: 'A.' });
    }
    return answers;
  }

  /** The witness a transcript's lead-in names: the subject of its verb of speaking, else the one person it names. */
  private witnessIn(leadIn: string): string | null {
    // `Tom Reed, for the family, asked Ms Devlin:`: the one asked answers, not the one asking
    // (`Ms Devlin was questioned by Tom Reed:`: the subject).
    const asking = WITNESS_ASKED.exec(leadIn);
    if (asking) {
      const passive = /\b(?:was|were|is|being)\s+$/.test(leadIn.slice(0, asking.index));
      const people = this.peopleNamed(tokenize(passive ? leadIn.slice(0, asking.index) : leadIn.slice(asking.index + asking[0].length)));
      return people.size === 1 ? [...people][0]! : null;
    }
    const subject = speechVerbSubject(leadIn);
    if (subject?.kind === 'name') {
      const speaker = this.resolve(subject);
      return speaker && this.isPerson(speaker) ? speaker : null;
    }
    const people = this.peopleNamed(tokenize(leadIn));
    return people.size === 1 ? [...people][0]! : null;
  }

  /** The witness of the `Q.` / `A.` exchange being read (witnessAnswers). */
  private witness: string | null = null;

  /**
   * A turn under a name (`GREAVES:`, `Martin Greaves:`, `MR HUSSAIN:`, `THE WITNESS:`) and what
   * that person says, or null; `seated`: brackets after the name said where the person sits.
   */
  private namedTurn(written: string, text: string, seated = false): { speaker: string; attribution: string; text: string } | null {
    const label = written === written.toUpperCase() ? titleCase(written) : written;
    // `MR HUSSAIN:`, `MS DALE-MORENO:`: a title picks the person as it does before `said`; `THE
    // WITNESS:` is the one the article calls the witness.
    const role = THE_ONE_WORD.exec(label);
    if (role) return this.roleTurn(role[1]!.toLowerCase(), written, text);
    const mention = stripTitles(label.replace(/\./g, '').split(/\s+/));
    if (!mention) return null;
    // A surname two people share is the one who took the last turn (`Donna Pellegrino: …` / `Q:
    // Have you spoken to Luca?` / `Pellegrino: …`), not whoever a question named.
    const speaker = this.names.canonical(mention.name, mention.titles, this.lastTurnSpeaker);
    // A label (`Key Takeaway:`, `Report Author:`) is named once, where it labels; a person taking
    // turns is named again, in another turn or in the story (where `PRYOR:` is `Dan Pryor`).
    const capitals = written === written.toUpperCase();
    // One word in mixed case (`Otieno:`) is a turn only as the short form of someone named in
    // full (`Dr. Samuel Otieno`), never a label (`Note:`, `Update:`).
    if (!capitals && !written.includes(' ') && speaker === mention.name) return null;
    // A title before a full name (`Deputy Marian Cullinane:`, `Senator Ann Lee:`, as a parliament's
    // record writes a member's turn) says a person takes the turn, named there alone or not.
    // So does a seat or a party in brackets after it (`Derek Twigg (Halton) (Lab):`, `seated`).
    const titled = mention.titles.length > 0 || seated;
    if (!this.isPerson(speaker) || this.names.mentions(speaker) < (capitals || titled ? 1 : 2)) return null;
    return this.tookTurn(speaker, written, text);
  }

  /**
   * The one person the article interviews, asked once: people only (`an interview with BBC Radio
   * Scotland` names a broadcaster), as the framing writes them.
   */
  private interviewee(): string | null {
    if (this.intervieweeFound === undefined) {
      const people = new Set(this.interviewees.filter((name) => this.isPerson(name)));
      this.intervieweeFound = people.size === 1 ? [...people][0]! : null;
    }
    return this.intervieweeFound;
  }

  private intervieweeFound: string | null | undefined;

  /** `THE WITNESS: …`: a turn by role, the one person the article gives it. */
  private roleTurn(role: string, written: string, text: string): { speaker: string; attribution: string; text: string } | null {
    if (!isTitleWord(role)) return null;
    const speaker = this.names.byRole(role, this.paragraph);
    return speaker ? this.tookTurn(speaker, written, text) : null;
  }

  /** A turn taken: its speaker is who `he` or `she` means next, and who a shared surname's next turn is. */
  private tookTurn(speaker: string, written: string, text: string): { speaker: string; attribution: string; text: string } {
    this.lastTurnSpeaker = speaker;
    this.remember(speaker);
    this.addressed = null;
    this.lastQuoted = null;
    this.entryOpening = false;
    return { speaker, attribution: `${written}:`, text: text.trim() };
  }

  /**
   * Paragraphs without a quotation not yet read for the person they leave behind (lastPerson,
   * lastNegated, addressed). Only a later quotation's attribution asks for that person, and a new
   * entry, a transcript's turn or a quotation's speaker replaces it, and a name fitting one person
   * needs no last person: in the synthetic corpus nearly all of them were read for nothing. So
   * they are read, in order, when an attribution first asks for the last person, and dropped
   * unread when it is replaced (remember).
   */
  private unread: string[] = [];

  private readUnread(): void {
    if (!this.unread.length) return;
    // Taken out first: reading them remembers people, which empties the list.
    const paragraphs = this.unread;
    this.unread = [];
    for (const paragraph of paragraphs) this.leftBehind(paragraph);
  }

  /** The person a paragraph leaves behind for `he` and `she`: the last sentence naming one decides, so look from the end. */
  private leftBehind(paragraph: string): void {
    const sentences = splitSentences(paragraph);
    for (let index = sentences.length - 1; index >= 0; index -= 1) {
      const person = this.personIn(sentences[index]!.text);
      if (person !== undefined) {
        this.remember(person, sentences[index]!.text);
        this.addressed = addressedPronoun(sentences[index]!.text);
        return;
      }
    }
  }

  /** Attributes each quotation of a paragraph; `previous` is the paragraph before it in the same entry or passage run. */
  attribute(paragraph: string, quotes: QuotationSpan[], previous: string | undefined, next?: string): QuoteAttribution[] {
    this.paragraph = paragraph;
    const opensEntry = this.entryOpening;
    this.entryOpening = false;
    if (!quotes.length) {
      // Nothing to attribute: only the person the paragraph leaves behind matters, read when a
      // quotation first needs it (readUnread).
      this.unread.push(paragraph);
      this.lastQuoted = null;
      return [];
    }
    const sentences = splitSentences(paragraph);
    const results: QuoteAttribution[] = [];
    const sentenceOf: number[] = [];
    let spokeHere: string | null = null;
    // The quotations of each sentence, found once by their start: asking every quotation at every
    // sentence was quadratic in a paragraph of thousands of both.
    const quotesIn: number[][] = sentences.map(() => []);
    quotes.forEach((quote, index) => {
      const at = sentenceAt(sentences, quote.start);
      if (at >= 0) quotesIn[at]!.push(index);
    });
    // Sentence by sentence, so `he` means the last person named before the quotation.
    sentences.forEach((sentence, sentenceIndex) => {
      // `Quinn defended the bill (“…,” she said)`: a name opening the sentence before its first
      // quotation is who `she` means there.
      const firstQuote = quotes[quotesIn[sentenceIndex]![0] ?? -1];
      const lead = firstQuote ? paragraph.slice(sentence.start, firstQuote.start) : '';
      const ownSubject = firstQuote ? this.subjectOf(this.reading(lead)) : null;
      // `Hale replied. Berg, he said, was “…”`: the name before a pronoun's aside is whom someone
      // named before spoke of; with no one else named, it is the pronoun's own (`Ellery, she said, had …`).
      const spokenOf = ownSubject?.kind === 'name' && SPOKEN_OF_ASIDE.test(lead) && this.lastPersonRead() !== null && this.resolve(ownSubject) !== this.lastPerson;
      if (ownSubject?.kind === 'name' && !spokenOf) {
        this.remember(this.resolve(ownSubject) ?? this.lastPersonRead());
        this.addressed = null;
      }
      for (const index of quotesIn[sentenceIndex]!) {
        const quote = quotes[index]!;
        const finding = this.attributeOne(paragraph, sentences, sentenceIndex, quote, previous, opensEntry && sentenceIndex === 0);
        let found: QuoteAttribution = { speaker: finding.speaker, attribution: finding.attribution };
        // (Not `results[-1]` for the first: a negative index is read as a property by name, see tokenAt.)
        const before = index > 0 ? results[index - 1] : undefined;
        const opensSentence = paragraph.slice(sentence.start, quote.start).trim() === '';
        // `“…,” said the mayor. “…”`: a quotation that goes on from an attributed one keeps its
        // speaker, in the same sentence or the next (not across narrative between them: `The
        // chamber erupted.`), or from a quotation closing the paragraph before.
        const adjacent = index > 0 && sentenceOf[index - 1] !== undefined && sentenceIndex - sentenceOf[index - 1]! <= 1;
        sentenceOf[index] = sentenceIndex;
        if (!finding.claimed && !found.speaker && before?.speaker && adjacent && (opensSentence || sentenceIndex === 0)) found = before;
        // `“I understand their anger. But the lease has expired.` / `“We have a duty,” said Miriam
        // Achebe.`: a quotation left open runs into the next paragraph, whose attribution is the run's.
        // Not a quotation going on from one attributed in its own paragraph (`“We will not leave,”
        // Keane said. “This library …`), nor one a paragraph of narrative introduced (`Keane spoke.`).
        const ownSpeaker = index > 0 && results[index - 1]?.speaker;
        const introduced = found.speaker && !(previous && /["“”]/.test(previous));
        if (!finding.claimed && !ownSpeaker && !introduced && index === quotes.length - 1 && next !== undefined && quote.end >= paragraph.trimEnd().length && !CLOSING_MARK_END.test(paragraph)) {
          const ahead = this.attributionAhead(next);
          if (ahead) found = ahead;
        }
        if (!finding.claimed && !found.speaker && index === 0 && quote.start === 0 && previous !== undefined && this.lastQuoted?.paragraph === previous) {
          found = { speaker: this.lastQuoted.speaker, attribution: this.lastQuoted.attribution };
        }
        // `“…?” Hart asked. “…,” she replied.`: no one replies to themselves.
        const answered = index > 0 ? before?.speaker : this.lastQuoted?.paragraph === previous ? this.lastQuoted?.speaker : undefined;
        // `she asks herself. “…,” she replies`: her own question, answered by her.
        const challenged = index > 0 && CHALLENGED.test(before?.attribution ?? '') && !/\b(?:herself|himself|themselves)\b/.test(paragraph.slice(quotes[index - 1]!.end, quote.start));
        if (found.speaker && found.speaker === answered && (PRONOUN_REPLY.test(found.attribution ?? '') || (challenged && PRESENT_REPLY.test(found.attribution ?? '')))) {
          found = { speaker: null, attribution: found.attribution };
        }
        results[index] = found;
        if (found.speaker) spokeHere = found.speaker;
      }
      // The one who spoke in a sentence is who `he` or `she` means next; else whom it is about.
      if (spokeHere) {
        this.remember(spokeHere);
        this.addressed = null;
      } else {
        const person = this.personIn(sentence.text);
        if (person !== undefined) {
          this.remember(person, sentence.text);
          this.addressed = addressedPronoun(sentence.text);
        }
      }
      spokeHere = null;
    });
    const all = quotes.map((_quote, index) => results[index] ?? { speaker: null, attribution: null });
    const last = all.at(-1);
    this.lastQuoted = last?.speaker ? { paragraph, speaker: last.speaker, attribution: last.attribution! } : null;
    return all;
  }

  /** The attribution closing the first quotation of a paragraph that goes on with one (`“…,” said X.`), if any. */
  private attributionAhead(next: string): QuoteAttribution | null {
    const first = /^\s*["“«]/.test(next) ? quotedSpans(next)[0] : undefined;
    if (!first || first.start > 2 || first.end >= next.length) return null;
    const trailing = this.trailingOf(next.slice(first.end));
    return trailing ? this.attributed(trailing.subject, trailing.evidence) : null;
  }

  /**
   * The person a sentence is about, for `he`/`she` in what follows: its subject when that is a
   * name, else the one person it names; null when it names two people or more (`Marcus Bell
   * listened as Helen Okafor testified`: `she` could be either, and a guess would be wrong half
   * the time); undefined when it names no one (or opens with `he` or a role), which leaves the
   * last person as it was.
   */
  private personIn(sentence: string): string | null | undefined {
    const reading = this.reading(sentence);
    const tokens = reading.tokens;
    const subject = this.subjectOf(reading);
    // `The 44-year-old was first on the scene.`: the one person the article gave that age, when
    // the sentence names no one else; else no one (`The 24-year-old`, given to no one, is unnamed).
    if (tokens.length > 2 && tokens[0]!.lower === 'the' && isAgeNoun(tokens[1]!)) {
      const holder = this.names.byRole(tokens[1]!.lower, this.paragraph);
      reading.people ??= this.peopleNamed(/["“”„«»‘’']/.test(sentence) ? tokenize(withoutQuotations(sentence)) : tokens);
      return holder && [...reading.people].every((person) => person === holder) ? holder : null;
    }
    if (subject && subject.kind !== 'name') return undefined;
    // `Vail’s lawyer objected.`, `A spokesman for Vail declined.`: someone unnamed is the subject,
    // so `he` next is no one the article names.
    if (!subject && opensWithUnnamedPerson(tokens)) return null;
    // Names inside quotations are what someone said; most sentences hold no quotation marks.
    reading.people ??= this.peopleNamed(/["“”„«»‘’']/.test(sentence) ? tokenize(withoutQuotations(sentence)) : tokens);
    const people = reading.people;
    // `Ann Lee’s frustration was obvious.`: a person owning the subject is whom it is about, when
    // the sentence names no one else (`Nora Quinn’s report accused Vail`: `he` is Vail).
    const owner = subject ? null : nameRunAt(tokens, 0);
    if (owner && POSSESSIVE.test(tokens[owner.end - 1]!.raw) && people.size === 0) {
      const mention = nameSubject(owner.words);
      const name = mention?.kind === 'name' ? this.names.canonical(mention.name) : null;
      if (name && this.isPerson(name)) return name;
    }
    // `Prosecutors called the first witness, Colin Barraclough.`: a common noun for people opening
    // the sentence, never written as a name inside one, names no one, so the person named is the one.
    // So does a word the article writes in lower case too (`Defendant gives evidence Whitlock told
    // the court`, a heading run into its entry, with `the defendant` elsewhere), no full name's short form.
    const oneWord = subject?.kind === 'name' && !subject.titles?.length && !subject.name.includes(' ');
    const commonNoun =
      oneWord && (((/s$/.test(subject.name) || NOT_PERSON_WORDS.has(subject.name.toLowerCase())) && !this.names.isProperWord(subject.name)) || (people.size > 0 && !this.names.canonical(subject.name).includes(' ') && this.names.isCommonNoun(subject.name)));
    if (commonNoun && people.size > 0) return people.size === 1 ? [...people][0]! : null;
    if (subject?.kind === 'name') {
      // `Hunter Thompson died in 2005.`: whoever speaks next, or is `he`, it is not him.
      if (DIED.test(sentence)) return null;
      const name = this.names.canonical(subject.name, [], this.recentFor(subject.name));
      if ([...people].some((person) => person !== name)) return null;
      // A subject that is no full name (`Skarra was spared`, `Sarah was relieved`) may or may not
      // be a person: `she` after it is no one, rather than someone named before.
      return this.isPerson(name) || people.has(name) ? name : null;
    }
    if (people.size > 1) return null;
    return people.size === 1 ? [...people][0]! : undefined;
  }

  /**
   * The people a sentence names outside its quotations: full names (or short forms of them), not
   * organisations or places, nor a name after `the` (`the Australian Nursing and Midwifery
   * Federation`, `the Highways Department`), which people are not called by.
   */
  private peopleNamed(tokens: Token[]): Set<string> {
    const people = new Set<string>();
    for (let index = 0; index < tokens.length; index += 1) {
      // Most words are lower case or figures: no name starts there.
      const first = tokens[index]!.raw.charCodeAt(0);
      if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) continue;
      const run = nameRunAt(tokens, index);
      if (!run) continue;
      const mention = stripTitles(run.words);
      // Not people: a name after `the` or after a description (`the consultancy Pryor
      // Wendell`), after a preposition of place (`in Salem`), or owning something
      // (`Halvorsen Engineering’s site manager`).
      const described = /^[a-z]+$/.test(tokenAt(tokens, index - 1)?.raw ?? '') && !isTitleWord(tokens[index - 1]!.word) && ARTICLES_AND_OWNERS.has(tokenAt(tokens, index - 2)?.lower ?? '');
      // `hears from Marta Koval`, `a letter from Tom Reed`: someone heard from is a person, not a place.
      const heardFrom = tokenAt(tokens, index - 1)?.lower === 'from' && HEARD_FROM.has(tokenAt(tokens, index - 2)?.lower ?? '');
      const institution =
        tokenAt(tokens, index - 1)?.lower === 'the' ||
        run.words[0] === 'The' ||
        described ||
        (PLACE_PREPOSITIONS.has(tokenAt(tokens, index - 1)?.lower ?? '') && !heardFrom) ||
        POSSESSIVE.test(tokens[run.end - 1]!.raw);
      const name = mention && !institution ? this.names.canonical(mention.name) : null;
      if (name && this.isPerson(name)) people.add(name);
      index = run.end - 1;
    }
    return people;
  }
}

/** `Berg, he said, was`: a name, then a pronoun's aside of speaking between commas. */
const SPOKEN_OF_ASIDE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+(?:he|she|they)\s+\p{Ll}+(?:\s+\p{Ll}+)?,/u;

/** Words after which `from` names a witness (`hears from Marta Koval`), a person; not `a letter from Thames Water`. */
const HEARD_FROM = new Set(['hear', 'hears', 'heard', 'hearing', 'evidence', 'testimony']);

/** A verb of asking in a transcript's lead-in: whom it asks is the witness (witnessIn). */
const WITNESS_ASKED = /\b(?:asked|asks|questioned|questions|pressed|presses|cross-examined|cross-examines|put it to|put to)\b/;

/** An interview's answer: `A: …`, `Answer: …`. */
const INTERVIEW_ANSWER = /^(A|Answer):\s+(\S.*)$/su;

/** A name in capitals or a full name, a colon, and what that person says; a recording's timestamp before it aside (`[00:00:19] KWAME ASANTE:`). */
const TRANSCRIPT_TURN = /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[\])]?\s+)?(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}):\s+(\S.*)$/u;

/**
 * A label of up to eight words (capitalised, or a name's small words: `The Minister for
 * Enterprise`), one or two asides in brackets, a colon, and what is said.
 */
const BRACKETED_TURN = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and)){0,7})\s+\(([^()]{1,60})\)(?:\s+\([^()]{1,30}\))?:\s+(\S.*)$/su;

/** Each word's first lower-case letter (used only with replace, so its lastIndex holds nothing). */
const WORD_FIRST_LOWER_CASE = /(^|[\s'’-])(\p{Ll})/gu;
/** `O’NEILL` → `O’Neill`, `NKRUMAH-ACHEAMPONG` → `Nkrumah-Acheampong`. */
function titleCase(words: string): string {
  return words.toLowerCase().replace(WORD_FIRST_LOWER_CASE, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** `Vail’s lawyer …`, `A spokesman for Vail …`, `His mother …`: a role or relative with no name. */
function opensWithUnnamedPerson(tokens: Token[]): boolean {
  // `On 2 March 2021, the claimant emailed …`: also after an opening phrase set off by a comma.
  const comma = commaAmong(tokens, 6);
  return unnamedPersonAt(tokens, 0) || (comma >= 0 && unnamedPersonAt(tokens, comma + 1));
}

/**
 * Words capitalised only where a sentence starts: inside an entry's opening words, one ends the
 * heading run in before it (headingEnd).
 */
// (Not `A`, `It` or `We`, which names hold too: `Plan A`, `Pass It On`, `Yes We Can`.)
const SENTENCE_OPENERS = new Set([...SCENE_OPENERS, 'the', 'an', 'he', 'she', 'they', 'asked', 'speaking', 'responding', 'writing', 'when', 'later', 'earlier']);

/** People by what they do, as a common noun: `resident`, `claimant`, `driver`, `manager`. */
const PERSON_NOUN_SHAPE = /^[a-z]+(?:er|or|ist|ian|ant|ent|eer)$/;
const AGE_NOUN = /^\d{1,3}-year-olds?$/;

/** `44-year-old`, as the raw word ends a clause or not (`said the 44-year-old.`); one person, not `44-year-olds`. */
function isAgeNoun(token: Token): boolean {
  return token.word.endsWith('-year-old') && /^\d{1,3}-year-old[.,;:]?$/.test(token.raw);
}

/** A sentence saying its subject (a name of up to four words) died. */
const DIED = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:${DEATH}|was buried)\\b`, 'u');

function unnamedPersonAt(tokens: Token[], start: number): boolean {
  const first = tokens[start];
  if (!first || !(DETERMINERS.has(first.lower) || POSSESSIVE.test(first.raw))) return false;
  for (let index = start + 1; index < start + 4 && index < tokens.length; index += 1) {
    const token = tokens[index]!;
    // `The 24-year-old was delighted.`
    if (AGE_NOUN.test(token.word)) return true;
    if (!/^[a-z-]+$/.test(token.word)) return false;
    // `The union leader Moira Gallacher visited …`: the role describes the name after it.
    if (ROLE_WORDS.has(token.lower) || isTitleWord(token.word) || RELATIVES.has(token.lower) || PERSON_NOUN_SHAPE.test(token.word)) return !namedAfter(tokens, index + 1) && !namedAfterCopula(tokens, index + 1);
  }
  return false;
}

/**
 * `was former deputy treasurer Colin Barraclough`: `is` or `was`, up to three lower-case words and
 * a full name at `index`, which names the one the sentence's subject describes.
 */
function namedAfterCopula(tokens: Token[], index: number): boolean {
  if (!/^(?:is|was)$/.test(tokens[index]?.raw ?? '')) return false;
  let at = index + 1;
  while (at < index + 4 && /^[a-z][a-z-]*$/.test(tokens[at]?.raw ?? '')) at += 1;
  return namedAfter(tokens, at);
}

/**
 * Where a source's name starts: after up to three lower-case words describing it (`according to
 * inspector Paul Wendt`, `according to state fire marshal Ana Ruiz`) when a full name follows
 * them; else at `index` itself.
 */
function describedNameAt(tokens: Token[], index: number): number {
  for (let next = index; next < index + 3 && /^[a-z][a-z-]*$/.test(tokens[next]?.raw ?? ''); next += 1) {
    // `according to a spokesman for Jane Ortiz` names no source: a function word ends the
    // description; so does a verb's `-ing` (`recalled warning manager Tom Reed`), and people in
    // the plural are a source of their own (`according to prosecutors Tom Reed …`).
    const word = tokens[next]!.lower;
    if ((DESCRIPTION_STOPS.has(word) && !(next === index && OWNERS.has(word))) || ENDS_DESCRIPTION.test(word)) break;
    if (namedAfter(tokens, next + 1)) return next + 1;
  }
  return index;
}

/** True when a person's name (two capitalised words or more) stands at `index`, after the role that describes them. */
function namedAfter(tokens: Token[], index: number): boolean {
  const run = isCapitalised(tokens[index]) ? nameRunAt(tokens, index) : null;
  return run !== null && run.words.length >= 2;
}

/** Two words or more, none of them an acronym (`BBC`) or a word that names an institution or place. */
function looksLikePerson(name: string): boolean {
  // A word all in capitals is a body's (`NHS`, `BBC`), not a generation's (`Lloyd J. Austin III`).
  return name.includes(' ') && !name.split(' ').some((word) => NOT_PERSON_WORDS.has(word.toLowerCase()) || (UPPER_CASE_WORD.test(word) && !GENERATIONS.has(word)));
}

