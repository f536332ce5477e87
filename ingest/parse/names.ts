/**
 * Names as the article writes them, and their canonical forms. Every run of capitalised words
 * is a candidate name; leading titles are dropped (`Mayor Dana Whitfield` → `Dana Whitfield`) and
 * remembered, so "the mayor" can be resolved later. A short form resolves to the fullest name in
 * the same article that ends with it (`Stone` → `Roger Stone`, `Trump Jr` → `Donald Trump Jr`).
 */
import { BlockWords } from './block-words.ts';
import { MONTH_NAMES } from './dates.ts';
import { keptByText } from './kept-answers.ts';
import { CAPITALISED_WORD, isFigureCode, OPENS_UPPER_CASE } from './letters.ts';
import { isSpaceCode } from './normalize-text.ts';
import { NOT_PERSON_WORDS } from './speech-words.ts';

/** Words that are capitalised at a sentence start but are not names. */
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you his her their our my your there here but and or so
  then when while after before on in at as if not no yes also meanwhile however later earlier today yesterday
  tomorrow one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  hundred thousand million first second third last next new other another some many most all both each every
  what who whom whose which why how where during since until from by for with without about against between
  whether although though unless whereas because yet nor afterwards afterward eventually finally instead
  nevertheless moreover furthermore separately elsewhere overnight
  into through over under again once soon still even just only more less such same own other nothing
  someone something anyone anything everyone everything none neither either nobody everybody somebody anybody
  people residents officials critics supporters
  ask call email tell thank check send contact remind confirm meet blame`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles and roles that precede a name; stripped from speakers, remembered for "the mayor". */
const TITLES = new Set(
  `mayor president senator sen. sen representative rep. rep governor gov. gov dr. dr mr. mr mrs. mrs ms. ms
  judge justice secretary minister chancellor general gen. colonel col. captain capt. officer detective sheriff
  chief councilman councilwoman councillor councilor commissioner publicist spokesman spokeswoman spokesperson
  lawyer attorney director ceo chairman chairwoman chair professor prof. rev. reverend father sister lord lady
  sir dame king queen prince princess pope ambassador deputy lieutenant lt. sergeant sgt. superintendent
  principal coach host anchor reporter editor publisher analyst consultant operative agent candidate nominee
  vice former acting congressman congresswoman speaker prime premier treasurer clerk manager founder
  president-elect advisor adviser aide strategist economist historian columnist correspondent activist
  inspector commander admiral marshal trustee alderman alderwoman assemblyman assemblywoman delegate
  parent resident teacher student voter nurse farmer neighbor neighbour witness pastor priest rabbi imam
  advocate librarian curator pilot engineer scientist researcher volunteer organizer organiser executive mp mep mla msp td mpp mhk
  cllr cr supt insp det class staff prosecutor administrator solicitor barrister counsel auditor liquidator receiver
  accountant architect surgeon physician paramedic firefighter constable warden magistrate coroner registrar bishop
  archbishop cardinal provost rector vicar chaplain envoy negotiator diplomat interviewer moderator leader
  headteacher headmaster headmistress chairperson maître maitre mx mx. herr frau monsieur madame mme mme. mlle mlle.
  señor señora señorita signor signora secretary-general director-general under-secretary adm. adm taoiseach
  tánaiste ayatollah honourable honorable hon. hon rt. rt rapporteur ceann comhairle fr sr msgr monsignor
  alhaji alhaja iyaloja oba otunba mallam malam engr engr. barr barr. sp asp dsp csp acp dcp cp igp
  defendant claimant plaintiff`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that make a title of the title after them, no name: `Shadow Chancellor`, `Special
 * Rapporteur`, `High Commissioner`.
 */
const TITLE_QUALIFIERS = new Set(['shadow', 'high', 'special', 'permanent', 'presiding', 'executive', 'managing', 'chief', 'first', 'lord', 'senior']);

/** `Hallett’s`, `mayor's,`: a possessive, which closes a name and whose owner is spoken of, not speaking. */
export const POSSESSIVE = /[’']s[,.;:]?$/;

/** Lower-case words inside a name (`Ana María de la Cruz`, `Sarah bint Faisal`, `Rhiannon ap Gwilym`), when a name word follows. */
export const PARTICLES = new Set([
  'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'dos', 'das', 'do', 'del',
  'della', 'dello', 'degli', 'des', 'ter', 'ten', 'op', 'zu', 'af', 'ap', 'ab',
]);

/**
 * Every title as written, with its full stop dropped (`gov` of `gov.`) and with one added (`mayor.`):
 * abbreviations come with or without their full stop (`Lt. Col.`, `Lt Col`), and a title can end
 * a sentence. One lookup instead of two and a new string per word (this runs on every name word).
 */
const TITLE_SPELLINGS = new Set([...TITLES].flatMap((title) => [title, `${title}.`, ...(title.endsWith('.') ? [title.slice(0, -1)] : [])]));

// Asked of every name word many times over (240,000 calls a pass of the synthetic corpus on about
// a hundred words): the answer is kept by word.
const titleWordKept = keptByText(readTitleWord);

export function isTitleWord(word: string): boolean {
  return titleWordKept(word);
}

function readTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (TITLE_SPELLINGS.has(lower)) return true;
  // In capitals only: `DI Sarah Cole`, never `Di Stewart`.
  if (isPoliceRank(word)) return true;
  // Most words are no title: only a compound's shape is looked at further.
  return lower.includes('-') && lower.split('-').every((part) => TITLE_SPELLINGS.has(part) || TITLE_LINKS.has(part));
}

/**
 * British police ranks written in capitals before a name (`DI Sarah Cole`, `DCI Mark Hughes`, `DS
 * Lee Ward`, `PC Ann Hale`): titles only as written so, since some are given names or particles
 * in other cases (`Di`, `di`).
 */
const POLICE_RANKS = new Set(['DC', 'DS', 'DI', 'DCI', 'DSI', 'DSU', 'DCS', 'PC', 'PCSO', 'WPC']);

/** A police rank in capitals (POLICE_RANKS), which also opens bodies' names (`DS Smith`, `DC Comics`). */
export function isPoliceRank(word: string): boolean {
  return POLICE_RANKS.has(word);
}

/**
 * A title of several (`the Presidents of France and Germany`, `Ministers`, `Secretaries`), whom no
 * one person speaks for. Not a title word itself: `Residents`, `Teachers` open sentences as people.
 */
export function isPluralTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return PLURAL_TITLE.test(lower) && TITLE_SPELLINGS.has(lower.replace(PLURAL_TITLE, (ending) => (ending === 'ies' ? 'y' : '')));
}
const PLURAL_TITLE = /(?:ies|s)$/;
/** The small words inside a compound title: `Under-Secretary-General`, `Commander-in-Chief`. */
const TITLE_LINKS = new Set(['under', 'in', 'at', 'of']);

/** Abbreviated titles by the word an article uses for the role later (`Gov. Ramos` … `the governor said`). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', col: 'colonel', capt: 'captain',
  lt: 'lieutenant', sgt: 'sergeant', prof: 'professor', rev: 'reverend', supt: 'superintendent', insp: 'inspector',
  det: 'detective', cllr: 'councillor', cr: 'councillor', justice: 'judge',
  dc: 'constable', pc: 'constable', wpc: 'constable', ds: 'sergeant', di: 'inspector', dci: 'inspector', dsi: 'inspector', dsu: 'superintendent', dcs: 'superintendent',
};

/** A party member's label before a full name (`Democrat Luis Ortega`), as `Republican` is by its ending. */
const PARTY_MEMBERS = new Set(['Democrat', 'Tory', 'Labour', 'Conservative', 'Liberal', 'Independent', 'Socialist', 'Green']);

/** Titles that say a person's sex and nothing more. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** `44` → `44-year-old`: an age as the role byRole reads (`the 44-year-old said`). */
function ageNoun(age: string): string {
  return `${age}-year-old`;
}

/** Titles that say a person's sex, as roles (see roleOf). */
const MALE_TITLES = ['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'congressman', 'councilman', 'chairman', 'spokesman'];
const FEMALE_TITLES = ['mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'sister', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman'];

/** A generation's suffix closing a name: `Jr`, `Sr.`, `III`. */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** A US politician's party and state after the name (`Jim Jordan (R-Ohio)`, `Elizabeth Warren (D-Mass.)`). */
const PARTY_AND_STATE = /^\(?[RDI]-[A-Z][A-Za-z.]*\)?$/;

/** A US politician's party and state, with or without brackets: `D-N.M.`, `(R-Ohio)`. */
export function isPartyAndState(word: string): boolean {
  return PARTY_AND_STATE.test(word);
}
/** Letters after a name (`Imogen Tarrant KC`, `Olu Benn MP`): honours and offices, not the name. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'SAN', 'MP', 'MEP', 'MSP', 'MLA', 'MS', 'AM', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'Esq', 'Esq.', 'AC', 'AO', 'OM', 'CH', 'CMG', 'KCMG', 'GCMG']);

/** A title as a role: lower case, without its full stop, abbreviations spelt out. */
export function roleOf(title: string): string {
  const bare = title.toLowerCase().replace(/\.$/, '');
  return TITLE_ABBREVIATIONS[bare] ?? bare;
}

// Asked of every name word, which are capitalised: kept by word as written, as isTitleWord's
// answers are, rather than a lower-cased copy made on every call.
const notNameKept = keptByText((word) => NOT_NAMES.has(word.toLowerCase()));

export function isNotName(word: string): boolean {
  return notNameKept(word);
}

/**
 * A word that can be part of a name: a capital, then letters and `'’.-` (`O’Brien`, `St.`, `Jr`,
 * `XIV`, `Émile`). Versions like `2.0` join a name in nameMentions, not here.
 */
const ELIDED_PARTICLE_NAME = /^(?:d|l|dell)['’]\p{Lu}[\p{L}'’-]*$/u;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** `al-Mansouri`, `el-Amin`: an Arabic article joined to a capitalised name. */
const ARTICLE_JOINED_NAME = /^(?:al|el)-\p{Lu}[\p{L}'’-]*$/u;
/** `Sixteen-year-old`, `Mother-of-two`, `Kenyan-born`: a description joined by hyphens, not a name. */
const HYPHENED_DESCRIPTION = /-years?-old$|^\p{L}+-(?:of|in)-\p{L}+$|-(?:born|based|raised|bred|educated|trained|taught)$/u;
export function isNameWord(word: string): boolean {
  // Fast exit for the common case, a lower-case word or a number (this runs on every word).
  const first = word.charCodeAt(0);
  // `al-Mansouri`, `el-Amin`: an Arabic article joined to a capitalised name.
  if ((first === 97 || first === 101) && word.charCodeAt(2) === 45) return ARTICLE_JOINED_NAME.test(word);
  // `d'Aubigné`, `dell'Orto`: an elided particle joined to a capitalised name.
  if ((first === 100 || first === 108) && (isApostrophe(word.charCodeAt(1)) || isApostrophe(word.charCodeAt(4))) && ELIDED_PARTICLE_NAME.test(word)) return true;
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  if (first >= 65 && first <= 90) {
    // A capitalised ASCII word is decided by a scan; the pattern is for the rest.
    for (let index = 1; index < word.length; index += 1) {
      const code = word.charCodeAt(index);
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || hasCode(NAME_MARKS, code)) continue;
      // Any other ASCII character fails the pattern; a non-ASCII one may be a letter.
      if (code < 128) return false;
      return NAME_WORD.test(word);
    }
    // `Sixteen-year-old Amara Lindgren`, `Mother-of-two Dana Whitlock`: a description, not a name.
    // So is `Kenyan-born`, `Leeds-based`.
    return !(word.length > 7 && word.includes('-') && HYPHENED_DESCRIPTION.test(word));
  }
  return NAME_WORD.test(word);
}

/**
 * Marks by character code, a byte for each code up to the highest (`hasCode`): these are asked of
 * the characters of every word of the article, and a Set hashed each code asked.
 */
function codeTable(marks: string): Uint8Array {
  const codes = [...marks].map((mark) => mark.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
}

/** Whether a character code is one of a codeTable's marks (a code past its end, or NaN, is not). */
function hasCode(table: Uint8Array, code: number): boolean {
  return table[code] === 1;
}

/**
 * The lengths of listed words by their first character, for words looked for among many that are
 * mostly none of them: for each ASCII code, a bit for each length a listed word opening with it
 * has (bit 31 standing for every length from 31 on), and with `orLonger` every greater length
 * too (for words a word looked at may open with). Added into `lengths`. A word whose length's bit
 * is clear is none of the words, and need be compared with none of them (lengthMayFit).
 */
export function lengthsByFirstCode(words: Iterable<string>, orLonger: boolean, lengths: Uint32Array = new Uint32Array(128)): Uint32Array {
  for (const word of words) {
    const first = word.charCodeAt(0);
    if (!(first < 128)) throw new Error(`lengthsByFirstCode: ${word} opens with no ASCII character`);
    const shortest = Math.min(word.length, 31);
    for (let length = shortest; length <= (orLonger ? 31 : shortest); length += 1) lengths[first] |= 1 << length;
  }
  return lengths;
}

/** Whether a word opening with `first`, of `length` characters, may be one of lengthsByFirstCode's words. */
export function lengthMayFit(lengths: Uint32Array, first: number, length: number): boolean {
  return first < 128 && (lengths[first]! & (1 << Math.min(length, 31))) !== 0;
}

/** `Jr`, `Sr.` and Roman numerals (`XIV`) are capitalised words too, so this one pattern covers them. */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** The marks a name word may hold besides letters: `O'Brien`, `O’Brien`, `St.`, `Smith-Jones`. */
const NAME_MARKS = codeTable("'’.-");

/** Character codes of the marks bareWord strips: opening `“"‘'([` and closing `”"’')],.;:!?`. */
const OPENING_MARKS = codeTable('“"‘\'([');

/** Whether a word opens with an opening mark (`"Bobby"`, `“The`, `(`): by its first character's code, as this runs on every name word. */
export function opensWithMark(word: string): boolean {
  return hasCode(OPENING_MARKS, word.charCodeAt(0));
}
const CLOSING_MARKS = codeTable('”"’\')],.;:!?');
const APOSTROPHES = codeTable("'’");
const LETTER_S = 's'.charCodeAt(0);

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Strips opening marks, then closing marks and punctuation, then a possessive: `“Jr’s,` → `Jr`. */
export function bareWord(token: string): string {
  // Index scans rather than regexes: this runs on every word, and a plain word comes back as is.
  // Most words open and close with an ASCII letter, which is no mark: only a possessive's `s`
  // asks more (a lookup in the sets below was made for every word).
  const last = token.charCodeAt(token.length - 1);
  if (isAsciiLetter(token.charCodeAt(0)) && isAsciiLetter(last) && (last !== LETTER_S || !hasCode(APOSTROPHES, token.charCodeAt(token.length - 2)))) return token;
  let start = 0;
  let end = token.length;
  while (start < end && hasCode(OPENING_MARKS, token.charCodeAt(start))) start += 1;
  while (end > start && hasCode(CLOSING_MARKS, token.charCodeAt(end - 1))) end -= 1;
  if (end - start >= 2 && token.charCodeAt(end - 1) === LETTER_S && hasCode(APOSTROPHES, token.charCodeAt(end - 2))) end -= 2;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

export interface NameMention {
  name: string;
  /** Title words that preceded it, lower case (`mayor`). */
  titles: string[];
  /** A nickname written in quotation marks inside the name (`Frank` of `Francis "Frank" Dunmore`). */
  nickname?: string;
}

/** A word in quotation marks of its own: `"Frank"`, `‘Bobby’`. */
const QUOTED_WORD = /^["“‘'](\p{Lu}[\p{L}'’-]*)["”’']$/u;

/** The first and last words of a nickname of several in quotation marks: `"The` … `Rock"`. */
const NICKNAME_OPENS = /^["“‘']\p{Lu}[\p{L}-]*$/u;
const NICKNAME_GOES_ON = /^\p{Lu}[\p{L}'’-]*$/u;
const NICKNAME_CLOSES = /^\p{Lu}[\p{L}-]*["”’']$/u;

/**
 * How many words a nickname in quotation marks inside a name takes from `index`: one to three
 * capitalised words (`"Bobby"`, `"The Rock"`), a name word after them (`Dwayne "The Rock"
 * Johnson`); 0 when none stands there. `wordAt` gives the words as written.
 */
export function nicknameLength(wordAt: (index: number) => string | undefined, index: number): number {
  const first = wordAt(index);
  if (!first || !opensWithMark(first)) return 0;
  const named = (end: number) => isNameWord(bareWord(wordAt(end + 1) ?? ''));
  if (QUOTED_WORD.test(first)) return named(index) ? 1 : 0;
  if (!NICKNAME_OPENS.test(first)) return 0;
  for (let end = index + 1; end < index + 3; end += 1) {
    const word = wordAt(end) ?? '';
    if (NICKNAME_CLOSES.test(word)) return named(end) ? end - index + 1 : 0;
    if (!NICKNAME_GOES_ON.test(word)) return 0;
  }
  return 0;
}

/** `Republican`, `Kenyan`, `Danish`: a capitalised word shaped as a nationality or party. */
const NATIONALITY_SHAPED = /^\p{Lu}\p{Ll}+(an|ian|ese|ish|ic)$/u;
/** One capital letter and nothing else: a middle initial written without its stop. */
const ONE_CAPITAL = /^\p{Lu}$/u;
/** Splits a run of name words into its titles and the name proper; null when nothing is left. */
export function stripTitles(words: string[]): NameMention | null {
  // One word, as most runs are (`March`, `Council`, `Whitfield`), has no title before it to strip.
  if (words.length === 1) return namesNoOne(words) ? null : { name: words[0]!, titles: [] };
  const titles: string[] = [];
  let index = 0;
  // (A qualifier is asked of its word only before a title: it lower-cases the word.)
  // A day's name before a name is the time's (`On Friday Reyes said`), never a given name.
  while (index < words.length - 1 && (isTitleWord(words[index]!) || isNotName(words[index]!) || WEEKDAYS.has(words[index]!) || (isTitleWord(words[index + 1]!) && TITLE_QUALIFIERS.has(words[index]!.toLowerCase())))) {
    if (isTitleWord(words[index]!)) titles.push(roleOf(words[index]!));
    index += 1;
  }
  // A title after a description (`Arizona Governor Celia Ramos`, `Shadow Health Secretary Wes
  // Streeting`): the name is what follows the last title word, when a full name does (so `Martin
  // Luther King Jr` keeps its `King`).
  for (let last = words.length - 3; last >= index; last -= 1) {
    if (!isTitleWord(words[last]!)) continue;
    titles.push(roleOf(words[last]!));
    index = last + 1;
    break;
  }
  // Titles that follow it are the title's too (`Appeal Mr Justice Fraser`, a heading run into its
  // entry, is `Fraser`, as `Mr Justice Fraser` is).
  if (titles.length) {
    while (index < words.length - 1 && isTitleWord(words[index]!)) titles.push(roleOf(words[index++]!));
  }
  // Before a surname alone too (`Arizona Governor Hobbs`; `Sentencing Judge Reyes`, a heading run
  // into its entry), not before a suffix (`Martin Luther King Jr`).
  const beforeSurname = words.length - 2;
  if (index < beforeSurname && isTitleWord(words[beforeSurname]!) && !isTitleWord(words[beforeSurname - 1]!) && SURNAME_SHAPE.test(words[beforeSurname + 1]!) && !isTitleWord(words[beforeSurname + 1]!)) {
    titles.push(roleOf(words[beforeSurname]!));
    index = beforeSurname + 1;
  }
  // Letters after the name first (`Jonathan Reid KC`), so that they count for no name word below.
  let end = words.length;
  while (end - index > 2 && (POST_NOMINALS.has(words[end - 1]!) || PARTY_AND_STATE.test(words[end - 1]!))) end -= 1;
  // A nationality or party before a full name (`Republican Donald Trump`) is a description.
  // Not a given name of that shape (`Susan B. Moran`, `Megan Hale Ortiz`), nor one before a middle
  // initial or a particle (`Hassan bin Ali al-Farsi`).
  while (
    end - index > 2 &&
    ((NATIONALITY_SHAPED.test(words[index]!) && !FIRST_NAMES_SHAPED_AS_ROLES.has(words[index]!) && !ONE_CAPITAL.test(words[index + 1]!) && !PARTICLES.has(words[index + 1]!)) || PARTY_MEMBERS.has(words[index]!))
  )
    index += 1;
  // (The run itself when nothing was stripped, as for most names: no copy of it.)
  const rest = index === 0 && end === words.length ? words : words.slice(index, end);
  if (!rest.length || namesNoOne(rest)) return null;
  return { name: rest.join(' '), titles };
}

/** A surname's shape: a capital and lower-case letters, not a suffix (`Jr`, `Sr`). */
const SURNAME_SHAPE = /^(?!(?:Jr|Sr)$)\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;

/** True when every word is no name or a title: a module function, not a callback made per call. */
function namesNoOne(words: string[]): boolean {
  for (const word of words) if (!isNotName(word) && !isTitleWord(word)) return false;
  return true;
}

/**
 * Where a title's holder starts in the run of name words that the title's `of` or `for` words end
 * in (`Exchequer Rachel Reeves` of `Chancellor of the Exchequer Rachel Reeves`, `Northern Ireland
 * Hilary Benn`): the last two name words, with the initials, particles and suffixes among and after
 * them (`John F. Kerry`, `Rachel de Souza`, `Alexander De Croo`, `Mohammed bin Abdulrahman Al
 * Thani`, `Robert F. Kennedy Jr.`), when a word is left before them for the body; -1 otherwise
 * (`State Blinken` may be a surname alone). A guess only at three names or more (`José Manuel
 * Albares` loses his first), but such a title is written before a full name far more often.
 */
export function holderInTitleRun(words: readonly string[]): number {
  let holder = words.length;
  while (holder > 0 && isNameSuffix(words[holder - 1]!)) holder -= 1;
  for (let named = 0; named < 2 && holder > 0; ) {
    holder -= 1;
    if (!INITIAL.test(words[holder]!) && !isParticle(words[holder]!)) named += 1;
  }
  // A particle joins the name word before it: `Mohammed bin Abdulrahman`.
  while (holder > 1 && isParticle(words[holder - 1]!)) holder -= 2;
  return holder > 0 ? holder : -1;
}

/** A particle, also capitalised as some names write it (`De Croo`, `Al Thani`, `Van Rompuy`). */
function isParticle(word: string): boolean {
  return PARTICLES.has(word) || PARTICLES.has(word.toLowerCase());
}

/** Letters or a generation after a name: `KC`, `Jr`, `III`. */
function isNameSuffix(word: string): boolean {
  return POST_NOMINALS.has(word) || GENERATIONS.has(word) || /^(?:Jr|Sr)\.?$/.test(word);
}

/** A generation after a name, in capitals that name no body (`Lloyd J. Austin III`). */
export const GENERATIONS = new Set(['II', 'III', 'IV']);

/**
 * A name as people write it: its initials before another name word with their full stops (`George
 * W. Bush`, `H.R. McMaster`, `J. K. Rowling`). Name words are read without their trailing
 * punctuation, which took an initial's stop with it (`George W Bush`, `H.R McMaster`); a letter
 * that ends a name is no initial (`Malcolm X`), and initials written run together without stops
 * stay so (`JD Vance`).
 */
export function withInitialsStopped(name: string): string {
  if (!mayHoldInitial(name)) return name;
  const words = name.split(' ');
  // Most names have no initial: those come back as they are, not joined again.
  let stopped = false;
  for (let index = 0; index < words.length - 1; index += 1) {
    if (!INITIALS_UNSTOPPED.test(words[index]!)) continue;
    words[index] += '.';
    stopped = true;
  }
  return stopped ? words.join(' ') : name;
}

/**
 * Whether a word before a name's last is of one character or has a full stop second, as every
 * word INITIALS_UNSTOPPED matches has (`W`, `H.R`): read by the spaces, with no list of the words
 * nor a pattern tried on each, for most names hold no initial (it is asked of every quotation's
 * speaker: withInitialsStopped 0.19-0.24x the CPU over the speakers of the fixtures and the corpus).
 */
export function mayHoldInitial(name: string): boolean {
  let start = 0;
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', start)) {
    if (space - start === 1 || name.charCodeAt(start + 1) === 46) return true;
    start = space + 1;
  }
  return false;
}

/**
 * `W`, `H.R`: one capital, or capitals joined by full stops, the last stop lost. ASCII only: the
 * Irish `Ó` of `Seán Ó Fearghaíl` is no initial.
 */
const INITIALS_UNSTOPPED = /^(?:[A-Z]\.)*[A-Z]$/;

/** Capitals each with its full stop, a body's or a country's abbreviation: `U.S.`, `E.U.`. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;

/** A middle initial, with or without its full stop: `F.`, `W`. */
const INITIAL = /^\p{Lu}\.?$/u;

/** The words after a title that say what it is of (`Secretary of State`, `Commissioner for Refugees`). */
export const TITLE_OF = /^(?:of|for)$/;
/** The words that join a body's or a title's name (`Bank of England`, `Health and Human Services`), or names. */
export const PHRASE_CONNECTOR = /^(?:and|&|of|for|the)$/;

/** Every run of name words in a text (possessives and punctuation ending a run). */
export function nameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  readNameRuns(text, newNameRuns(mentions, undefined));
  return mentions;
}

/** The first run of name words in a text that `accept` takes; the runs after it are not looked at. */
export function findNameMention(text: string, accept: (mention: NameMention) => boolean): NameMention | undefined {
  return readNameRuns(text, newNameRuns(undefined, accept));
}

/**
 * The run of name words being read, and what is done with each run closed: kept in `all`, or
 * offered to `accept` until it takes one (`found`). State passed to module functions rather than
 * closures made on every call: this runs on every block of every article.
 */
interface NameRuns {
  words: string[];
  nickname: string | undefined;
  /**
   * Whether the run follows a title's `of` or `for` words: `Rachel Reeves` of `Chancellor of the
   * Exchequer Rachel Reeves`, where the body's words and the holder's name make one run.
   */
  afterTitleOf: boolean;
  /** The last word of a nickname read (readNameWord skips the words up to it). */
  nicknameEnd: number;
  found: NameMention | undefined;
  accept: ((mention: NameMention) => boolean) | undefined;
  all: NameMention[] | undefined;
}

/** No run read yet: its runs go to `all`, or are offered to `accept`. */
function newNameRuns(all: NameMention[] | undefined, accept: ((mention: NameMention) => boolean) | undefined): NameRuns {
  return { words: [], nickname: undefined, afterTitleOf: false, nicknameEnd: -1, found: undefined, accept, all };
}

/** Closes the run read so far: its name, if any, kept or offered. */
function closeNameRun(runs: NameRuns): void {
  const run = runs.words;
  // An empty run names no one (stripTitles gives null for it).
  if (run.length) {
    while (run.length && isLowerParticle(run.at(-1)!)) run.pop();
    const holder = runs.afterTitleOf ? holderInTitleRun(run) : -1;
    const mention = stripTitles(holder > 0 ? run.slice(holder) : run);
    if (mention && runs.nickname) mention.nickname = runs.nickname;
    if (mention) {
      if (runs.all) runs.all.push(mention);
      else if (runs.accept!(mention)) runs.found = mention;
    }
    runs.words = [];
  }
  runs.nickname = undefined;
}

/**
 * Whether a block's word is surely no name word, read by its codes: `isNameWord(bareWord(word))`
 * is false whenever this is true. `first` is its first character's code (NaN for an empty word,
 * which bareWord leaves empty). A word opening with an ASCII character that is neither a capital
 * nor an opening mark keeps it first in bareWord's answer, which is a beginning of the word; and
 * isNameWord takes such a word only for a lower-case name: `al-` or `el-` (a hyphen third), `d'`,
 * `l'` or `dell'` (an apostrophe second or fifth). A character read past the word's end can only
 * keep a word from being called no name. Asked of every word outside a run of name words: most
 * are lower case, and were made strings and read by bareWord and isNameWord (the `a`, `e`, `d`
 * and `l` words, about a quarter of them, and every figure).
 */
export function surelyNoNameWord(text: string, start: number, first: number): boolean {
  if (first >= 128 || (first >= 65 && first <= 90) || hasCode(OPENING_MARKS, first)) return false;
  if (first === 97 || first === 101) return text.charCodeAt(start + 2) !== 45;
  if (first === 100 || first === 108) return !isApostrophe(text.charCodeAt(start + 1)) && !isApostrophe(text.charCodeAt(start + 4));
  return true;
}

/**
 * Whether a block's word may change its runs of name words: any word while a run or a title's
 * `of` words are read; outside them only a word that may be a name word (surelyNoNameWord), for
 * readNameWord changes nothing for one that is none.
 */
function mayChangeNameRuns(runs: NameRuns, text: string, start: number, first: number): boolean {
  return runs.words.length > 0 || runs.afterTitleOf || !surelyNoNameWord(text, start, first);
}

/** Whether a word opens with a figure (`3`, `21st`), as DAY_NUMBER's do; not one that is missing. */
function opensWithFigure(word: string | undefined): boolean {
  return word !== undefined && isFigureCode(word.charCodeAt(0));
}

/**
 * PARTICLES.has, asked first of the word's first character: every particle opens with a lower-case
 * ASCII letter, and the word asked is most often a name word (a run's last) or a verb after a name
 * (`said`), whose lookup hashed it for nothing.
 */
export function isLowerParticle(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 97 && first <= 122 && lengthMayFit(PARTICLE_LENGTHS, first, word.length) && PARTICLES.has(word);
}

/**
 * The particles' lengths by their first letter: the word closing a run is most often a verb
 * (`said`, `delays`), looked up (and hashed, a new string each) only when a particle of its first
 * letter has its length.
 */
const PARTICLE_LENGTHS = lengthsByFirstCode(PARTICLES, false);

/** `2.0` of `Web 2.0`: a version's number, which goes on a name. */
const VERSION_NUMBER = /^\d+\.\d+$/;

/**
 * Whether a word that is no name word goes on a run of name words: a particle (`de` of `Ana María
 * de la Cruz`) or a version's number (`Web 2.0`). The pattern is asked only of a word opening with
 * a figure, as every match does (\d is ASCII): it was asked of the word closing every name run.
 */
export function goesOnNameRun(word: string): boolean {
  return opensWithFigure(word) ? VERSION_NUMBER.test(word) : isLowerParticle(word);
}

/** One capital letter and its full stop: a middle initial (`B.`). */
const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;
function readNameRuns(text: string, runs: NameRuns): NameMention | undefined {
  const words = new BlockWords();
  words.read(text);
  for (let index = 0; index < words.count; index += 1) {
    if (!mayChangeNameRuns(runs, text, words.starts[index]!, words.firstCode(index))) continue;
    readNameWord(runs, words, index);
    if (runs.found) return runs.found;
  }
  closeNameRun(runs);
  return runs.found;
}

/**
 * Reads a block's word into its runs of name words (readNameRuns; ArticleNames' walk of the
 * block's words). Most words are lower case and come outside any name: they change nothing read,
 * and the readers ask this only of a word that may (mayChangeNameRuns).
 */
function readNameWord(runs: NameRuns, words: BlockWords, index: number): void {
  if (index <= runs.nicknameEnd) return;
  const token = words.at(index)!;
  // `Francis "Frank" Dunmore`, `Dwayne "The Rock" Johnson`: the nickname is no part of the
  // name, and does not end it.
  const nicknameWords = runs.words.length > 0 && !runs.nickname && opensWithMark(token) ? nicknameLength(words.wordAt, index) : 0;
  if (nicknameWords > 0) {
    const nickname: string[] = [];
    for (let at = index; at < index + nicknameWords; at += 1) nickname.push(bareWord(words.at(at)!));
    runs.nickname = nickname.join(' ');
    runs.nicknameEnd = index + nicknameWords - 1;
    return;
  }
  // `Smith (Ohio)`, `Derek Twigg (Halton)`: an aside in brackets is no part of the name before it.
  if (runs.words.length > 0 && token.charCodeAt(0) === 40) closeNameRun(runs);
  const word = bareWord(token);
  // `On 3 June Ann Lee said`: a month after a day's number is the date's, not the name's.
  // (Every day's and month's name opens with an ASCII capital, and every day's number with a
  // figure: most words are not looked up.)
  const first = word.charCodeAt(0);
  const dated = runs.words.length === 0 && first >= 65 && first <= 90 && isFigureCode(words.firstCode(index - 1)) && DATE_WORDS.has(word) && DAY_NUMBER.test(words.at(index - 1)!);
  const nameLike = word !== '' && !dated && (isNameWord(word) || (runs.words.length > 0 && goesOnNameRun(word)));
  if (nameLike) runs.words.push(word);
  else {
    const titled = runs.words.length > 0 && isTitleWord(runs.words.at(-1)!);
    closeNameRun(runs);
    // `of the Duchy of Lancaster`, `for Work and Pensions`: the title's words go on through these.
    runs.afterTitleOf = (titled || runs.afterTitleOf) && (TITLE_OF.test(word) || (runs.afterTitleOf && PHRASE_CONNECTOR.test(word)));
  }
  // A possessive or punctuation closes the name: `Mook’s statement`, `Mook, states`; the full
  // stop of an abbreviated title does not (`Gov. Ana Cruz`), nor a middle initial's (`Susan B.
  // Moran`), nor a body's abbreviation among a title's words (`Secretary of the U.S. Treasury`).
  // (A token bareWord left whole ends in no possessive: it would have stripped it.)
  if (nameLike && token !== word && !(token.endsWith('.') && (isTitleWord(token) || (runs.words.length > 0 && INITIAL_WITH_STOP.test(token)) || (runs.afterTitleOf && DOTTED_ABBREVIATION.test(token))))) {
    closeNameRun(runs);
    // A comma may list the body's words (`for Foreign, Commonwealth and Development Affairs`).
    runs.afterTitleOf &&= token.endsWith(',');
  }
}

/**
 * Appositions that give a role, read around each comma: the role in lower case before the name
 * (`the transport minister, Alan Reyes,`, `its spokesman, Ari Cohen,`) or after it (`Dana
 * Whitfield, the mayor,`, `Ari Cohen, a spokesman for the firm,`). The article calls that person
 * by the role later (`the minister said`), so the role is remembered as a title when it is a title
 * word; the owner may be named (`Brazil’s environment minister, Alan Reyes.`, `The US special
 * envoy, Karen Holloway,`). Anchored on the comma: commas are few, and a pattern tried at every
 * capital was not.
 */
const ROLE_BEFORE_COMMA =
  /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}]*['’]s)\s+(?:\p{Lu}\S*\s+)?([a-z]+(?:\s+[a-z]+)?)(?:\s+of\s+(?:the\s+)?[\p{L}'’ -]{2,40})?$/u;
const NAME_BEFORE_COMMA = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)$/u;
const NAME_AFTER_COMMA = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+\p{Lu}[\p{L}'’-]*)[,.;:]/u;
const ROLE_AFTER_COMMA = /^\s+(?:the|a|an|its|his|her|their)\s+([a-z][^,.;:!?“”"]{0,40}),/;

/** Whether `text` holds white space (`\s`) at `at`, as both patterns after a comma open with; false past the end. */
export function opensWithSpace(text: string, at: number): boolean {
  return isSpaceCode(text.charCodeAt(at));
}

/** Each apposition of a text as [role description, name]. */
function appositions(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    // Both patterns after the comma open with white space: a comma inside a figure (`1,500`) or
    // closing the text is asked nothing, and the text before a comma is cut only for a match after it
    // (appositions over the corpus's blocks 0.80x the CPU for text, 0.89x for HTML: too little of a
    // parse to show in it).
    if (!opensWithSpace(text, comma + 1)) continue;
    const after = text.slice(comma + 1, comma + 61);
    // The anchored pattern after the comma first: the one before it is tried from every character.
    const nameAfter = NAME_AFTER_COMMA.exec(after);
    const roleAfter = ROLE_AFTER_COMMA.exec(after);
    if (!nameAfter && !roleAfter) continue;
    const before = text.slice(Math.max(0, comma - 60), comma);
    const roleFirst = nameAfter && ROLE_BEFORE_COMMA.exec(before);
    if (roleFirst && nameAfter) found.push([roleFirst[1]!, nameAfter[1]!]);
    const nameFirst = roleAfter && NAME_BEFORE_COMMA.exec(before);
    if (roleAfter && nameFirst) found.push([roleAfter[1]!, nameFirst[1]!]);
  }
  return found;
}

/** `Jane Ortiz was elected mayor`, `Ortiz, sworn in as the new mayor`, `Ortiz became mayor`, `Ortiz succeeds Price as mayor`. */
const TAKING_ROLE = 'elected|appointed|named|sworn in|installed|confirmed|chosen|became|becomes|succeeds|succeeded|replaces|replaced|takes over|took over|has taken over';
/**
 * What may follow a role taken, so that the role is the verb's complement (`named mayor.`, `elected
 * mayor in May`, `mayor of Harlow`), not its object going on (`confirmed the mayor had seen`,
 * `named the mayor and two councillors`, `the mayor's critic`, `president of the residents' association`).
 */
const ROLE_END = `(?=[.,;:!?)]|\\s+(?:in|on|at|after|before|for|from|by|last|this|next|until|with|when|while|since|following)\\b|\\s+of\\s+\\p{Lu}|\\s+[—–]|\\s*$)`;
const ROLE_TAKEN = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+),?\\s+(?:(?:was|is|has been|had been|is being)\\s+)?(?:${TAKING_ROLE})(?:\\s+\\p{Lu}[\\p{L}'’-]+|\\s+(?:him|her|them))*\\s+(?:as\\s+)?(?:the\\s+)?(?:new\\s+|next\\s+|interim\\s+|acting\\s+)?(?!(?:deputy|vice|assistant|shadow|former|associate|junior)\\b)([a-z][a-z-]+(?:\\s+[a-z][a-z-]+)?)${ROLE_END}`,
  'gu',
);

/** A full name that died: `Peter Hale died`, `Chidi Okafor, who died in 2019,`, `Hale was killed`. */
export const DEATH = 'died|was killed|passed away|was shot dead|drowned';
const DIED = new RegExp(`(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+),?\\s+(?:who\\s+)?(?:had\\s+)?(?:${DEATH})\\b`, 'gu');

/**
 * Cheap tests before ROLE_TAKEN and DIED, read in one walk of a block's words: most blocks hold
 * none of their verbs. ROLE_TAKEN has spaces on both sides of its verb, so each word of the verb
 * is one of the block's words as split: its longest (`taken` of `has taken over`, rarer than
 * `has`) is looked for. DIED has a space before its verb and single ones inside it (`was
 * killed`), so the verb's last word opens one of the block's words (`killed,`). A word is
 * compared only with the verbs' words of its first letter: patterns of the verbs were tried at
 * every character, and a Set lookup hashed every word of the article, each a fresh string.
 */
const TELLS_ROLE_TAKEN = 1;
const TELLS_DEATH = 2;
const TELLING_WORDS: Array<Array<{ word: string; opensWord: boolean; tells: number }>> = [];
for (const verb of TAKING_ROLE.split('|')) addTellingWord(verb.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest)), false, TELLS_ROLE_TAKEN);
for (const verb of DEATH.split('|')) addTellingWord(verb.slice(verb.lastIndexOf(' ') + 1), true, TELLS_DEATH);

function addTellingWord(word: string, opensWord: boolean, tells: number): void {
  (TELLING_WORDS[word.charCodeAt(0)] ??= []).push({ word, opensWord, tells });
}

/**
 * The telling words' lengths by their first letter (a verb's word, or any longer for a death's,
 * which opens a word): most words of a block open with a letter some telling word opens with
 * (`c` of `confirmed`, `s` of `succeeds`), and a word of no telling length is compared with none.
 */
const TELLING_LENGTHS = lengthsByFirstCode(
  TELLING_WORDS.flat().filter((told) => told.opensWord).map((told) => told.word),
  true,
  lengthsByFirstCode(TELLING_WORDS.flat().filter((told) => !told.opensWord).map((told) => told.word), false),
);

/**
 * SPOUSE_OR_KIN and KIN_IN_APPOSITION have a space after their `his`, `her` or `their`, and the
 * kin word opens the word after it: a block without such a pair of words matches neither.
 */
const TELLS_KIN = 4;

/** Endings of abstract nouns that no given name has (`-tion`, `-ment`, `-ness`, `-ship`, `-ism`): not `-ity` (Felicity) nor `-ence` (Florence). */
const ABSTRACT_NOUN = /(?:[ts]ion|ment|ness|ship|ism)$/;

/** GIVEN_AGE has an age as a word of its own after a name: `44,` after `Gallen,`, or `(71)`. */
const TELLS_AGE = 8;

/**
 * What a block's word may tell (TELLS_ROLE_TAKEN, TELLS_DEATH, TELLS_KIN, TELLS_AGE, or several),
 * with the words around it; `first` is its first character's code. What the block's words may
 * tell is every word's told together.
 */
function whatWordMayTell(words: BlockWords, index: number, first: number, start: number, end: number): number {
  const text = words.text;
  let tells = 0;
  const length = end - start;
  const telling = lengthMayFit(TELLING_LENGTHS, first, length) ? TELLING_WORDS[first] : undefined;
  if (telling !== undefined) {
    for (const told of telling) if ((told.opensWord ? length >= told.word.length : length === told.word.length) && text.startsWith(told.word, start)) tells |= told.tells;
  }
  if (endsWithOwner(text, start, end) && opensWithKin(words, index + 1)) tells |= TELLS_KIN;
  // A digit or an opening bracket first: a few words of a block at most. `44,` only after a
  // comma (`Gallen, 44,`), never a date's day (`March 3, 2021`).
  if ((first === 40 || isFigureCode(first)) && index > 0 && AGE_WORD.test(words.at(index)!) && (first === 40 || words.lastCode(index - 1) === 44 || words.is(index - 1, 'aged'))) tells |= TELLS_AGE;
  return tells;
}

/** An age as its own word: `44,` or `(71)` (GIVEN_AGE). */
const AGE_WORD = /^(?:\d{1,3},|\(\d{1,3}\)[,;:.]?)$/;

/**
 * A name given an age in apposition: `Brendan Gallen, 44, a lorry driver`, `Brendan Gallen, aged
 * 44,`, `Bernadette Quirke (71)`. The article may later call the person by it (`the 44-year-old told Reuters`).
 */
const GIVEN_AGE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:,\s+(?:aged\s+)?(\d{1,3}),|\s+\((\d{1,3})\))/gu;

/** Whether the word from `start` to `end` (not empty) ends in `his`, `her` or `their` (by its last letter first: this is asked of every word). */
function endsWithOwner(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 115) return end - start >= 3 && text.startsWith('his', end - 3);
  return last === 114 && ((end - start >= 3 && text.startsWith('her', end - 3)) || (end - start >= 5 && text.startsWith('their', end - 5)));
}

/** Words before a place's name: `in`, `of`, `near` Harlow Green. */
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'at', 'near', 'into', 'across', 'outside', 'around', 'through']);

/** The dash opening a credit line. */
const CREDIT_DASH = /^[—–-]+$/;

const CLOSING_MARKS_AFTER_STOP = codeTable('"”’\')]');
const SENTENCE_STOPS = codeTable('.!?…:');

/**
 * A word ending a sentence, before any closing marks: `said.`, `“Go!”`, `follows:`. Read back from
 * the word's end, as every word of the article is asked (a pattern was tried from every letter).
 */
export function endsSentence(token: string): boolean {
  return endsSentenceIn(token, 0, token.length);
}

/** endsSentence of the word from `start` to `end` in a text: a block's word, never made a string for it. */
function endsSentenceIn(text: string, start: number, end: number): boolean {
  let index = end - 1;
  // Most words end in a letter, which is neither mark: no set is asked.
  if (isAsciiLetter(text.charCodeAt(index))) return false;
  while (index >= start && hasCode(CLOSING_MARKS_AFTER_STOP, text.charCodeAt(index))) index -= 1;
  return index >= start && hasCode(SENTENCE_STOPS, text.charCodeAt(index));
}

/**
 * Whether a block's word opens with a capital letter, its first character's code given: an ASCII
 * one is decided by the code, any other by the pattern (this is asked of every word of the article).
 */
function opensWithCapital(words: BlockWords, index: number, first: number): boolean {
  if (first < 128) return first >= 65 && first <= 90;
  return OPENS_UPPER_CASE.test(words.at(index)!);
}

/** A title abbreviated with its full stop (`Mr.`, `Prof.`, `Lt.`), which is no sentence's end. */
function isAbbreviatedTitle(words: BlockWords, index: number): boolean {
  return words.lengthOf(index) <= 6 && words.lastCode(index) === 46 && opensWithCapital(words, index, words.firstCode(index)) && isTitleWord(words.at(index)!);
}

/** CREDIT_DASH, asked only of a word that opens with a dash (few do). */
function isCreditDash(words: BlockWords, index: number, first: number): boolean {
  return (first === 0x2014 || first === 0x2013 || first === 45) && CREDIT_DASH.test(words.at(index)!);
}

/**
 * The endings of English nouns for people by what they do (`Chemist`, `Promoter`, `Co-founders`).
 * Many given names end so too, and are no description (`Tyler James Moran` is not James Moran):
 * the common ones are known (FIRST_NAMES_SHAPED_AS_ROLES).
 */
const ROLE_NOUN_SHAPE = /^\p{Lu}[\p{L}-]*(?:er|or|ist|ian|ant|ent|eer|man|woman|ess|warden|lord|lady|master|mistress)s?$/u;

/** Given names with a role noun's ending, or a nationality's (`Susan`, `Megan`, `Dominic`). */
const FIRST_NAMES_SHAPED_AS_ROLES = new Set(
  `Peter Pieter Tyler Walter Roger Oliver Jennifer Heather Esther Alexander Christopher Homer Luther Spencer Parker Carter
  Hunter Tucker Archer Baxter Dexter Chester Lester Foster Webster Skyler Schuyler Xavier Javier Ester Amber Summer Jasper
  Casper Victor Trevor Connor Conor Eleanor Hector Héctor Taylor Igor Salvador Nestor Brian Ian Julian Adrian Vivian Lillian
  Marian Christian Damian Sebastian Fabian Florian Kristian Cristian Vincent Brent Kent Trent Laurent Clement Grant Bryant
  Herman Norman Sherman Truman Coleman Roman Harman Tess Jess Agness Garner Jenner Palmer Fletcher Susan Megan Morgan
  Jordan Logan Ryan Dylan Evan Nathan Ethan Jonathan Brendan Declan Aidan Duncan Alan Allan Joan Jan Rowan Keegan Tristan
  Stefan Dominic Eric Frederic Kian`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns for people by what they do that are no names: the common ones without such an ending
 * (`Poet Ann Lee`, `Nurse Joy Adeyemi`), compounds of a trade (`Shopkeeper`, `Steelworker`), and a
 * team's positions (`Striker Sam Cole`).
 */
const ROLE_NOUN_LISTED =
  /^(?:\p{Lu}[\p{L}-]*(?:keeper|maker|worker|holder|owner|seller|dealer|writer|rider|driver|trainer|player|manager|leader|teacher|farmer|fighter|builder|grower|breeder|watcher|campaigner|organi[sz]er|volunteer|resident|student|officer|fielder|minder)|(?:Vice|Co|Deputy|Assistant|Acting|Joint)-\p{L}+|Student|Undergraduate|Postgraduate|Graduate|Pensioner|Homeowner|Tenant|Landlord|Parent|Striker|Winger|Defender|Midfielder|Bowler|Pitcher|Catcher|Batter|Batsman|Quarterback|Poet|Playwright|Chef|Cook|Nurse|Midwife|Coach|Pilot|Priest|Imam|Rabbi|Monk|Nun|Clerk|Guard|Medic|Surgeon|Pupil|Veteran|Architect|Diplomat|Magistrate|Cadet|Athlete|Analyst|Economist|Activist|Artist|Model|Bishop|Vicar|Chaplain|Paramedic|Firefighter|Coxswain|Lifeguard|Deckhand|Shepherd|Mechanic|Chauffeur|Jockey|Goalie|Rookie|Referee|Substitute|Forward|\p{Lu}\p{Ll}+-back|Trainee|Employee|Retiree|Nominee|Detainee|Evacuee)s?$/u;

/** A quotation's close before its attribution: `out,”`, `now!"`, `why?’`. */
const ATTRIBUTION_AFTER = /[,!?]["”’']$/;
const CLOSING_QUOTES = codeTable('"”’\'');

function isRoleNoun(word: string): boolean {
  return ROLE_NOUN_LISTED.test(word) || ROLE_NOUN_SHAPE.test(word);
}

/** A full name, then `and`/`with` `his`/`her` and someone's kin: the pronoun is the name's. */
const SPOUSE_KIN = ['wife', 'husband', 'partner', 'son', 'daughter', 'sons', 'daughters', 'children', 'brother', 'sister', 'mother', 'father', 'family'];
const SPOUSE_OR_KIN = new RegExp(`(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+),?\\s+(?:and|with)\\s+(his|her)\\s+(?:${SPOUSE_KIN.join('|')})\\b`, 'gu');

/** Kin named in an apposition (`her brother, Erik Lindqvist`, `his wife, Sofia Reyes`), by the kin word's sex. */
const MALE_KIN = new Set(['brother', 'son', 'husband', 'father', 'nephew', 'uncle', 'grandson', 'grandfather', 'stepson', 'stepfather', 'boyfriend', 'widower']);
const FEMALE_KIN = ['sister', 'daughter', 'wife', 'mother', 'niece', 'aunt', 'granddaughter', 'grandmother', 'stepdaughter', 'stepmother', 'girlfriend', 'widow'];
const KIN_IN_APPOSITION = new RegExp(
  // The name closes the apposition: in `living with her mother, David Osei told the court` it is a verb's subject.
  `\\b(?:his|her|their)\\s+(${[...MALE_KIN, ...FEMALE_KIN].join('|')}),?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)(?=\\s*[,.;:)]|\\s*$)`,
  'gu',
);

/** Every kin word of SPOUSE_OR_KIN and KIN_IN_APPOSITION, by its first character's code (TELLS_KIN). */
const KIN_WORDS: string[][] = [];
for (const kin of [...SPOUSE_KIN, ...MALE_KIN, ...FEMALE_KIN]) (KIN_WORDS[kin.charCodeAt(0)] ??= []).push(kin);

/** Whether a block's word opens with a kin word of KIN_WORDS (`wife,`, `brother`); false past the last. */
function opensWithKin(words: BlockWords, index: number): boolean {
  const kinWords = KIN_WORDS[words.firstCode(index)];
  if (kinWords !== undefined) for (const kin of kinWords) if (words.opensWith(index, kin)) return true;
  return false;
}

/** People named by whom they are to someone, opening a sentence before the name (`Widow Angela Reyes`). */
const KIN = new Set(['widow', 'widower', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'grandmother', 'grandfather']);

/** True when a longer name's words end with `words` (`Donald Trump Jr` with `Trump Jr`). A module function, not a closure made per call. */
function endsWithWords(candidateWords: string[], words: string[]): boolean {
  const start = candidateWords.length - words.length;
  if (start <= 0) return false;
  // A loop, not `every`: this is asked of every candidate for every name canonical decides.
  for (let index = 0; index < words.length; index += 1) if (candidateWords[start + index] !== words[index]) return false;
  return true;
}

/** The names of one article: counts, titles, and the canonical form of any short form. */
export class ArticleNames {
  private readonly counts = new Map<string, number>();
  private readonly byTitle = new Map<string, Set<string>>();
  /** The article's blocks, as given (a copy of the array), joined into fullText when it is first asked for. */
  private readonly texts: string[];
  private joinedText: string | undefined;

  /**
   * The article's text, one block per line, searched by `writesInLowerCase`, `onlyAsPlace` and
   * `byRole`: joined only when one of them asks, as few articles do (the join of every block was
   * about 3% of ArticleNames' CPU over the synthetic corpus, which never asks).
   */
  private get fullText(): string {
    return (this.joinedText ??= this.texts.join('\n'));
  }
  private lowerCaseWords: Set<string> | undefined;

  /** People the article says died (`Peter Hale died in 2019`), as written in full: no later `said` is theirs. */
  private readonly deceased = new Set<string>();

  /** Where in the text a role passed to someone (`Jane Ortiz was elected mayor`), by role, in order. */
  private readonly roleChanges = new Map<string, Array<{ name: string; offset: number }>>();

  /** Nicknames given inside a name (`Frank` → `Francis Dunmore`); null when two people share one. */
  private readonly nicknames = new Map<string, string | null>();

  /** Words found describing someone before their full name (`Baker` of `Baker Tom Hale`), lower-cased. */
  private readonly descriptions = new Set<string>();

  /** Capitalised words the article writes inside a sentence: names, not just sentence openers. */
  private readonly midSentence = new Set<string>();

  /**
   * Capitalised words the article writes only right after an entry's date and its dash
   * (`20 May 2024 – Sentencing Judge Reyes told …`): a heading's words run into the entry, never
   * written inside a sentence elsewhere (isEntryHeadingWord).
   */
  private readonly entryOpenersOnly = new Set<string>();

  constructor(texts: string[]) {
    this.texts = texts.slice();
    const words = new BlockWords();
    let offset = 0;
    for (const text of texts) {
      words.read(text);
      // What the words may tell, and the runs of name words, are read in readWords' walk of them:
      // a second walk of every word of the article cost about as much as the test of each
      // (ArticleNames 0.93-0.96x the CPU).
      const mentions: NameMention[] = [];
      const tells = this.readWords(words, newNameRuns(mentions, undefined));
      this.readMentions(text, mentions, offset, tells);
      offset += text.length + 1;
    }
    // Sentence openers before a name the article also writes alone, known only now; then the
    // descriptions so learnt before a surname alone (`Baker Hale`).
    this.mergeDescribed();
    this.mergeDescribed();
  }

  /**
   * The capitalised words a block writes inside its sentences (midSentence), and its runs of name
   * words (readNameWord, into `runs`); returns what its words may tell (whatWordMayTell, an empty
   * word telling nothing). Words are read by their codes, and made strings only where a reading
   * needs one (BlockWords).
   */
  private readWords(words: BlockWords, runs: NameRuns): number {
    const { text, starts, ends, count } = words;
    let opening: boolean | 'role' | 'roleBeforeName' = true;
    // The last word that is not empty (none: -1).
    let previous = -1;
    let tells = 0;
    for (let index = 0; index < count; index += 1) {
      const start = starts[index]!;
      const end = ends[index]!;
      // (NaN for an empty word, as firstCode.)
      const first = start < end ? text.charCodeAt(start) : NaN;
      if (mayChangeNameRuns(runs, text, start, first)) readNameWord(runs, words, index);
      if (start === end) continue;
      // Most words are lower case: decide those by their first character before any pattern.
      tells |= whatWordMayTell(words, index, first, start, end);
      if (opening !== true && opensWithCapital(words, index, first)) {
        // After a quotation's close, only before a name (`Substitute Jordan Banks said`, not `Porter said`).
        const role = opening === 'role' || (opening === 'roleBeforeName' && isNameWord(bareWord(words.at(index + 1) ?? '')));
        const word = bareWord(words.at(index)!);
        // (Deleted only while some are kept: most articles keep none.)
        // (Right after an entry's date again, a word kept stays kept.)
        if (opening === 'role') {
          if (!this.midSentence.has(word)) this.entryOpenersOnly.add(word);
        } else if (this.entryOpenersOnly.size) this.entryOpenersOnly.delete(word);
        if (!(role && isRoleNoun(word))) this.midSentence.add(word);
      }
      // A credit's dash after a sentence or a quotation (`“…” — Poet Ann Lee`) opens it as a sentence would.
      // A title's abbreviation (`Ms.`, `Prof.`) ends no sentence: `Ms. Wexler` writes her name
      // inside one, as `Ms Wexler` does.
      const creditDash = isCreditDash(words, index, first);
      opening = (endsSentenceIn(text, start, end) && !isAbbreviatedTitle(words, index)) || (opening === true && creditDash);
      // An entry's date before its dash opens its text as a sentence, for a role word
      // describing the name after it (`Oct 17 — Shopkeeper Declan Moran says`); other words
      // there still count as written inside a sentence.
      if (creditDash && previous >= 0 && /\d[,.]?$/.test(words.at(previous)!)) opening = 'role';
      // So does a quotation's close before its attribution (`“…,” Substitute Jordan Banks said`).
      if (opening === false && hasCode(CLOSING_QUOTES, text.charCodeAt(end - 1)) && ATTRIBUTION_AFTER.test(words.at(index)!)) opening = 'roleBeforeName';
      previous = index;
    }
    closeNameRun(runs);
    return tells;
  }

  /**
   * A block's names (its runs of name words, readWords'), their titles and nicknames, and what it
   * says of roles, deaths and kin; `offset` is where it starts in fullText, `tells` what its words
   * may tell (readWords).
   */
  private readMentions(text: string, mentions: NameMention[], offset: number, tells: number): void {
    for (const raw of mentions) {
      const mention = this.withoutDescription(raw, false);
      this.counts.set(mention.name, (this.counts.get(mention.name) ?? 0) + 1);
      for (const title of mention.titles) this.addTitle(title, mention.name);
      if (mention.name !== raw.name) this.descriptions.add(mention.titles.at(-1)!);
      if (raw.nickname) this.nicknames.set(raw.nickname, this.nicknames.has(raw.nickname) && this.nicknames.get(raw.nickname) !== mention.name ? null : mention.name);
    }
    for (const [role, name] of appositions(text)) this.addAppositionTitle(role, name);
    if (tells & TELLS_DEATH) for (const match of text.matchAll(DIED)) this.deceased.add(match[1]!);
    // `Jane Ortiz was elected mayor`: a new holder of a role from here on (byRole).
    if (tells & TELLS_ROLE_TAKEN) for (const match of text.matchAll(ROLE_TAKEN)) this.addAppositionTitle(match[2]!, match[1]!, offset + match.index);
    // `Brendan Gallen, 44,`: `the 44-year-old` is a role only they hold, when no one else is 44 (byRole).
    if (tells & TELLS_AGE) for (const match of text.matchAll(GIVEN_AGE)) this.addAge(match[1]!, (match[2] ?? match[3])!);
    // `John Smith and his wife`, `Mary Smith, with her husband`: the owner's pronoun says their sex.
    if (tells & TELLS_KIN) {
      for (const match of text.matchAll(SPOUSE_OR_KIN)) this.addTitle(match[2] === 'his' ? 'mr' : 'mrs', match[1]!);
      // `her brother, Erik Lindqvist`: the kin word says the named one's own sex.
      for (const match of text.matchAll(KIN_IN_APPOSITION)) this.addTitle(MALE_KIN.has(match[1]!.toLowerCase()) ? 'mr' : 'mrs', match[2]!);
    }
  }

  private mergeDescribed(): void {
    for (const [name, count] of [...this.counts]) {
      const { name: shorter, titles } = this.withoutDescription({ name, titles: [] });
      if (shorter === name) continue;
      for (const title of titles) {
        this.descriptions.add(title);
        this.addTitle(title, shorter);
      }
      this.counts.delete(name);
      this.counts.set(shorter, (this.counts.get(shorter) ?? 0) + count);
      for (const names of this.byTitle.values()) if (names.delete(name)) names.add(shorter);
    }
  }

  /**
   * A role given in an apposition (`transport minister`, `spokesman for the firm`): its first
   * title word among the first three, remembered for a bare name.
   */
  private addAppositionTitle(description: string, words: string, takenAt?: number): void {
    const role = description.split(' ').slice(0, 3).find(isTitleWord);
    const name = stripTitles(words.split(' '));
    // A title of the name's own goes too (`Aldermere's mayor, Councillor Bridget Fenwick,`).
    if (!role || !name) return;
    // A role taken is every title word of it (`appointed chief constable`: `the constable said`
    // is hers too, as `Chief Constable Martin Greaves` is his).
    const roles = takenAt === undefined ? [role] : description.split(' ').filter(isTitleWord);
    for (const taken of roles.map(roleOf)) {
      this.addTitle(taken, name.name);
      if (takenAt !== undefined) this.roleChanges.set(taken, [...(this.roleChanges.get(taken) ?? []), { name: name.name, offset: takenAt }]);
    }
  }

  /**
   * An age given to a name the article has read (its longest ending among the names counted, so
   * that an opening word, `Yesterday Brendan Gallen, 44,`, is no part of it): `the 44-year-old`.
   */
  private addAge(words: string, age: string): void {
    let name = words;
    while (!this.counts.has(name)) {
      const space = name.indexOf(' ');
      if (space < 0) return;
      name = name.slice(space + 1);
    }
    this.addTitle(ageNoun(age), name);
  }

  private addTitle(title: string, name: string): void {
    if (!this.byTitle.has(title)) this.byTitle.set(title, new Set());
    this.byTitle.get(title)!.add(name);
  }

  /**
   * `Hearings Devlin` of `19 September – Hearings` run into `Devlin opened …`: a word written
   * capitalised only right after an entry's date, before a surname that ends another full name the
   * article gives (`Margaret Devlin`), is the heading's when it is a common noun the article writes
   * in lower case too (isCommonNoun) or no name at all. A given name opening an entry beside a
   * relative's (`Chidi Okafor milks the herd; his wife, Ngozi Okafor, …`) is written in lower case
   * nowhere, and a full name only ever opening entries (`Boris Johnson`) shares its surname with
   * no one: both stay.
   */
  private isRunInHeading(name: string, space: number): boolean {
    const first = name.slice(0, space);
    if (!this.entryOpenersOnly.has(first)) return false;
    const surname = name.slice(space);
    for (const other of this.counts.keys()) if (other !== name && other.endsWith(surname)) return this.isHeadingNoun(first);
    return false;
  }

  /**
   * Drops a leading common noun the article also writes in lower case (`Rancher` given `ranchers`),
   * or a word shaped like a person's role that it only ever writes opening a sentence, before a
   * name it also writes alone (`Chemist Rosalind Achterberg …` given `— Rosalind Achterberg`; not
   * `Silicon` of `Silicon Valley Bank`, nor a word the article writes inside sentences too).
   */
  private withoutDescription(mention: NameMention, articleRead = true): NameMention {
    // A name of one or two words, as most are, is decided without splitting it: one word has no
    // description before it, and two only one already learnt (below).
    const name = mention.name;
    const space = name.indexOf(' ');
    if (space < 0) return mention;
    if (name.indexOf(' ', space + 1) < 0) {
      // (Only once one is learnt: most articles learn none, and no opener is lower-cased for them.)
      if (this.descriptions.size) {
        const opener = name.slice(0, space).toLowerCase();
        if (this.descriptions.has(opener)) return { name: name.slice(space + 1), titles: [...mention.titles, opener] };
      }
      return articleRead && this.entryOpenersOnly.size && this.isRunInHeading(name, space) ? { name: name.slice(space + 1), titles: mention.titles } : mention;
    }
    const words = name.split(' ');
    const first = words[0]!.toLowerCase();
    const rest = words.slice(1).join(' ');
    // `Baker Hale`, after `Baker Tom Hale`: the description again, before the surname alone.
    if (words.length === 2 && this.descriptions.has(first)) return { name: rest, titles: [...mention.titles, first] };
    // A description leaves a name of two words at least: `Pieter van Aalst` is one of three, not `Pieter` before `van Aalst`.
    if (words.filter((word) => !PARTICLES.has(word)).length < 3) return mention;
    if (articleRead && this.isHeadingBeforeName(words[0]!, rest)) return { name: rest, titles: mention.titles };
    const described =
      this.writesInLowerCase(first) ||
      this.writesInLowerCase(`${first}s`) ||
      this.writesInLowerCase(`${first}es`) ||
      // Only once the whole article is read: a later sentence may write the word inside it.
      (articleRead &&
        (ROLE_NOUN_LISTED.test(words[0]!) || KIN.has(first) || (ROLE_NOUN_SHAPE.test(words[0]!) && !FIRST_NAMES_SHAPED_AS_ROLES.has(words[0]!))) &&
        !this.midSentence.has(words[0]!));
    return described ? { name: rest, titles: [...mention.titles, first] } : mention;
  }

  /**
   * True when the article writes `word` (already lower-cased; it must start a-z) as a whole word.
   * Asked only of the first words of long names, so searching for those few beats listing every
   * word up front.
   */
  private writesInLowerCase(word: string): boolean {
    // Every such word of the article, read in one pass the first time one is asked for: a pattern
    // per word asked over the whole text was quadratic on a page of many different names.
    // Not in a hashtag, handle or address (`#amara`, `@thornbury`, `thornbury.org`), which are
    // lower case whatever the word is.
    this.lowerCaseWords ??= new Set(this.fullText.match(/(?<![\p{L}#@/.])[a-z]\p{L}*(?![\p{L}.]\p{L}|\p{L})/gu));
    return this.lowerCaseWords.has(word);
  }

  /** The candidates whose last word is a generation's suffix (`Marcus Long Jr`), with their words before it. */
  private withGeneration: Array<{ candidate: { name: string; words: string[]; count: number }; words: string[] }> | undefined;

  /** Candidate names split into words once, for `canonical`. */
  private candidates: Array<{ name: string; words: string[]; count: number }> | undefined;
  private readonly canonicalCache = new Map<string, { name: string; ambiguousAmong: string[] }>();

  /**
   * The fullest form of a name in this article; the name itself when none or when ambiguous. Two
   * people the short form fits (`Smith` in an article naming Oliver Smith and Hannah Smith) make
   * it ambiguous, unless the form comes with a title only one of them is given (`Governor Hale`
   * after `Governor Margaret Hale` and `finance chair Peter Hale`), or one of them is named at
   * least three times as often as any other. `recent`, the person named last before the form, wins
   * among the people it fits, whatever their counts: `Hunter Biden appeared in court. Speaking
   * outside, Biden said` is the son, though the article names his father more often.
   */
  canonical(rawName: string, titles: string[] = [], recent: string | null = null): string {
    const cached = this.decided(rawName, titles);
    if (!recent || !cached.ambiguousAmong.includes(recent)) return cached.name;
    // Never someone the article says died (`Peter Hale died in 2019`).
    return this.deceased.has(recent) ? rawName : recent;
  }

  /**
   * Whether a form fits several people, so that `canonical` answers with the recent person when it
   * is one of them: otherwise the recent person changes nothing, and a caller need not find it.
   */
  fitsSeveral(rawName: string, titles: string[] = []): boolean {
    return this.decided(rawName, titles).ambiguousAmong.length > 0;
  }

  /** `decide`'s answer for a form and its titles, kept for the article. */
  private decided(rawName: string, titles: string[]): { name: string; ambiguousAmong: string[] } {
    const key = titles.length ? `${rawName}\u0000${titles.join(' ')}` : rawName;
    let cached = this.canonicalCache.get(key);
    if (cached === undefined) this.canonicalCache.set(key, (cached = this.decide(rawName, titles)));
    return cached;
  }

  /** `canonical` without the recent person: the form's fullest name, and the people it could mean when counts decided. */
  private decide(rawName: string, titles: string[]): { name: string; ambiguousAmong: string[] } {
    const described = this.withoutDescription({ name: rawName, titles: [] });
    const name = described.name;
    const words = name.split(' ');
    // `Frank said`, `Ginger Blakeley said`: a nickname alone, or before the surname.
    const nickname = words[0]!;
    const nicknamed = this.nicknames.get(nickname);
    if (nicknamed) {
      const person = this.withoutDescription({ name: nicknamed, titles: [] }).name;
      // Someone else with it for a real first name (`Frank Ellis` beside `Francis "Frank" Dunmore`):
      // either of them, as a short form two people share.
      const realHolders = words.length === 1 ? [...this.counts.keys()].filter((candidate) => candidate.startsWith(`${nickname} `) && !nicknamed.endsWith(candidate.slice(nickname.length))) : [];
      if (realHolders.length) return { name, ambiguousAmong: [person, ...realHolders] };
      if (words.length === 1 || (words.length === 2 && nicknamed.endsWith(` ${words[1]}`))) return { name: person, ambiguousAmong: [] };
    }
    if (described.titles.length) titles = [...titles, ...described.titles];
    this.candidates ??= this.personCandidates();
    let fitting = this.candidates.filter((candidate) => endsWithWords(candidate.words, words));
    // `Long said` after `Marcus Long Jr.`: a surname before a generation's suffix, when no name ends
    // with it. The names with a suffix are found once: most articles have none.
    this.withGeneration ??= this.candidates.filter((candidate) => GENERATION.test(candidate.words.at(-1)!)).map((candidate) => ({ candidate, words: candidate.words.slice(0, -1) }));
    if (!fitting.length) fitting = this.withGeneration.filter(({ words: before }) => endsWithWords(before, words)).map(({ candidate }) => candidate);
    // A form that is the end of a longer fitting one is the same person (`Trump Jr`, `Donald Trump Jr`).
    let people = fitting.filter((candidate) => !fitting.some((other) => other !== candidate && other.name.endsWith(` ${candidate.name}`)));
    let canonical = name;
    // `Lady Hale` is not Sir Peter Hale, `Mr Smith` not Mrs Mary Smith.
    const sex = titles.some((title) => MALE_TITLES.includes(title)) ? 'he' : titles.some((title) => FEMALE_TITLES.includes(title)) ? 'she' : null;
    if (sex) people = people.filter((person) => !this.contradictsPronoun(person.name, sex));
    // An office picks one of them (`Governor Hale`); `Mr` or `Mrs` only says the sex, which the
    // filter above has used, and picks no one among those it leaves.
    const offices = titles.filter((title) => !HONORIFICS.has(title));
    const titled = people.length > 1 && offices.length ? people.filter((person) => offices.some((title) => this.byTitle.get(title)?.has(person.name))) : [];
    if (titled.length === 1) return { name: titled[0]!.name, ambiguousAmong: [] };
    if (people.length) {
      const byMentions = [...people].sort((a, b) => b.count - a.count || b.words.length - a.words.length);
      const [first, second] = byMentions;
      // A title of one sex that leaves two people, one of them of no known sex (`MR HUSSAIN` beside
      // Karim Hussain, a husband, and Imran Hussain, a barrister), names neither, whatever the counts.
      const sexLeavesTwo = sex !== null && second !== undefined;
      if (!sexLeavesTwo && (!second || first!.count >= 3 * second.count)) canonical = first!.name;
      return { name: canonical, ambiguousAmong: second ? people.map((person) => person.name) : [] };
    } else if (words.length === 1 && !isTitleWord(name)) {
      // `Gordon said`, after `Gordon Pike`: a first name of one person only (a community
      // newsletter's style), never of two (`Donald Trump` and `Donald Trump Jr`).
      // Not a place or body named by its first word (`Kestrel` of the `Kestrel Mine`, `Harlow` of
      // `Residents of Harlow Green`).
      const opening = this.candidates.filter((candidate) => candidate.words.length > 1 && candidate.words[0] === name);
      if (opening.length === 1 && !opening[0]!.words.some((word) => NOT_PERSON_WORDS.has(word.toLowerCase())) && !this.onlyAsPlace(opening[0]!.name)) {
        canonical = opening[0]!.name;
      }
    }
    return { name: canonical, ambiguousAmong: [] };
  }

  /**
   * The names counted, as people a short form may mean: not a heading's word run into a surname
   * (`Protest Tobin` of `11 May – Protest` / `Tobin: …`, isRunInHeading), which would make `Tobin`
   * fit two people beside Mary Tobin; the surname's mentions count for the surname. Only names of
   * two words or more: a form is only ever the end of a longer name (endsWithWords) or its first
   * word (decide), so a name of one word is no candidate for anything, and most of an article's
   * names are of one word (`Court`, `Hale`): none is split or kept (findQuotations and the
   * recorded attributions of the synthetic corpus 0.90-0.97x the CPU).
   */
  private personCandidates(): Array<{ name: string; words: string[]; count: number }> {
    const candidates: Array<{ name: string; words: string[]; count: number }> = [];
    const addCandidate = (count: number, candidate: string) => {
      if (candidate.includes(' ')) candidates.push({ name: candidate, words: candidate.split(' '), count });
    };
    if (!this.entryOpenersOnly.size) {
      this.counts.forEach(addCandidate);
      return candidates;
    }
    const counts = new Map(this.counts);
    for (const [name, count] of this.counts) {
      const space = name.indexOf(' ');
      if (space < 0 || name.indexOf(' ', space + 1) >= 0 || !this.isRunInHeading(name, space)) continue;
      counts.delete(name);
      const surname = name.slice(space + 1);
      counts.set(surname, (counts.get(surname) ?? 0) + count);
    }
    counts.forEach(addCandidate);
    return candidates;
  }

  /** True when the article writes a name only after a word for where (`of Harlow Green`, `in Harlow Green`). */
  private onlyAsPlace(name: string): boolean {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const mentions = [...this.fullText.matchAll(new RegExp(`(\\S+)\\s+${escaped}(?![\\p{L}])`, 'gu'))];
    return mentions.length > 0 && mentions.every((match) => PLACE_PREPOSITIONS.has(match[1]!.toLowerCase()));
  }

  /**
   * True when a one-word name is a name: the article writes it capitalised inside a sentence
   * somewhere, so it is not a common noun that opens sentences (`Talks began at once.`).
   */
  isProperWord(word: string): boolean {
    return this.midSentence.has(word);
  }

  /** True when a capitalised word is written only right after an entry's date and dash: a heading's, run into the entry. */
  isEntryHeadingWord(word: string): boolean {
    return this.entryOpenersOnly.has(word);
  }

  /**
   * True when a one-word name is a common noun the article writes in lower case too and never
   * capitalised inside a sentence: `Defendant` of a heading run into its entry (`Defendant gives
   * evidence Whitlock told the court`), when the story says `the defendant`; also one written
   * capitalised only right after an entry's date (`18 September – Inquiry opens Devlin opened …`).
   */
  isCommonNoun(word: string): boolean {
    return (!this.midSentence.has(word) || this.entryOpenersOnly.has(word)) && CAPITALISED_WORD.test(word) && this.writesInLowerCase(word.toLowerCase());
  }

  /**
   * `Campaign Mary Tobin` of `11 May – Campaign` / `Mary Tobin said:`: a word the article
   * capitalises only right after an entry's date, before a full name it gives elsewhere too, is the
   * heading's (at worst a middle name: the same person).
   */
  isHeadingBeforeName(word: string, name: string): boolean {
    // A title or role there describes the person (`Councillor Tim Ward says`): it is no heading's.
    return this.entryOpenersOnly.has(word) && name.includes(' ') && this.counts.has(name) && !isTitleWord(word) && !isRoleNoun(word);
  }

  /**
   * A word capitalised only right after an entry's date that is no given name: a small word
   * (isNotName), a common noun the article writes in lower case (isCommonNoun), also only in the
   * plural (`Protest` given `protests`, `Vigil` given `vigils`), or a word shaped as an abstract
   * noun no given name ends as (`Demolition`, `Announcement`, `Sponsorship`). `Chidi` stays a name.
   */
  isHeadingNoun(word: string): boolean {
    if (isNotName(word) || this.isCommonNoun(word)) return true;
    if (!this.entryOpenersOnly.has(word) || !CAPITALISED_WORD.test(word)) return false;
    const lower = word.toLowerCase();
    return ABSTRACT_NOUN.test(lower) || this.writesInLowerCase(`${lower}s`) || this.writesInLowerCase(`${lower}es`);
  }

  private readonly genders = new Map<string, 'he' | 'she' | null>();

  /**
   * True when the article gives a person a title of the other sex than the pronoun (`Mrs Vance`,
   * then `he`), or says so by their kin (`John Smith and his wife` counts as `Mr John Smith`):
   * that is all it knows of anyone's sex, and it never guesses from first names.
   */
  contradictsPronoun(person: string, pronoun: string): boolean {
    let gender = this.genders.get(person);
    if (gender === undefined) {
      // Titles given to the full name only: a short form's (`Mr Smith`) may be anyone's of that
      // name, and counting it would make Mrs Mary Smith a man whenever her husband is `Mr Smith`.
      const titled = (titles: string[]) => titles.some((title) => this.byTitle.get(title)?.has(person) ?? false);
      const [male, female] = [titled(MALE_TITLES), titled(FEMALE_TITLES)];
      gender = male === female ? null : male ? 'he' : 'she';
      this.genders.set(person, gender);
    }
    return gender !== null && gender !== pronoun;
  }

  /** How often the article names someone, in any form that resolves to `name`. */
  mentions(name: string): number {
    if (!this.mentionTotals) {
      // Once for the article: asked once per transcript turn, a loop over every name each time was quadratic.
      this.mentionTotals = new Map();
      for (const [mention, count] of this.counts) {
        const canonical = this.canonical(mention);
        for (const key of canonical === mention ? [mention] : [mention, canonical]) this.mentionTotals.set(key, (this.mentionTotals.get(key) ?? 0) + count);
      }
    }
    return this.mentionTotals.get(name) ?? 0;
  }

  /** How often each name is mentioned, as itself or as a short form of it (mentions). */
  private mentionTotals: Map<string, number> | undefined;

  /** "the mayor" → the one person this article calls Mayor, if exactly one; `context` is the paragraph the words stand in. */
  byRole(title: string, context?: string): string | null {
    const names = this.byTitle.get(roleOf(title));
    if (!names) return null;
    const canonical = new Set([...names].map((name) => this.canonical(name)));
    if (canonical.size === 1) return [...canonical][0]!;
    // A role that passed from one person to another (`Jane Ortiz was elected mayor`): its holder
    // where the words stand, the last to take it before them, or the one who held it all along.
    const changes = this.roleChanges.get(roleOf(title));
    const at = changes && context ? this.fullText.indexOf(context) : -1;
    if (!changes || at < 0) return null;
    const taken = changes.filter((change) => change.offset < at).at(-1);
    if (taken) return this.canonical(taken.name);
    const before = [...canonical].filter((name) => !changes.some((change) => this.canonical(change.name) === name));
    return before.length === 1 ? before[0]! : null;
  }
}

/**
 * The article's own framing of an interview: a block opening `Interview with Tomas Ilinca`
 * (`Interview With` in a title, `Q&A with`, `In conversation with`, `the novelist …`), or `we spoke
 * to`, `I talked with`, `we interviewed` anywhere outside quotation marks. Not `In an interview
 * with Laura Kuenssberg, she said` (the interviewer), `Police spoke to …` nor `“I spoke to Boris
 * Johnson,” he said`: someone else's talk.
 */
const INTERVIEWED =
  /(?:^(?:(?:An?|The|Our|Exclusive:?)\s+)?(?:[Ii]nterview|Q&A|[Cc]onversation)\s+[Ww]ith|^In [Cc]onversation [Ww]ith|\b(?:[Ww]e|I)\s+(?:spoke|talked)\s+(?:to|with)|\b(?:[Ww]e|I)\s+interviewed)\s+(?:the\s+(?:[a-z]+\s+){1,2})?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(\s+[a-z]+(?:\s+[a-z]+)?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)?/u;
/** A month's name, whole or cut short (`June`, `Aug`, `Sept`). */
export const MONTH_WORDS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((month) => month.slice(0, 3)), 'Sept']);
/** A day's number before its month: `3`, `21st`. */
export const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** The days of the week, as names are written. */
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTH_WORDS]);

/**
 * The names an article says it interviews, in its headings too, as written: whose answers its
 * `A:` turns give, when they are one person.
 */
export function intervieweesNamed(texts: string[]): string[] {
  const names: string[] = [];
  for (const text of texts) {
    if (!holdsInterviewHint(text)) continue;
    const match = INTERVIEWED.exec(text.replace(/[“"][^”"]*[”"]/g, ' '));
    // `Kessling Rovers manager Carl Mensah`: the role after a club's name describes the person after it.
    const described = match?.[2] !== undefined && match[2].trim().split(/\s+/).slice(0, -2).some((word) => isTitleWord(word));
    const name = match && intervieweeName(described ? match[2]! : match[1]!);
    if (name) names.push(name);
  }
  return names;
}
/**
 * What every match of INTERVIEWED holds, as written (`[Ii]nterview`, `[Cc]onversation`, `spoke`…):
 * looked for in every block, and a case-sensitive search of these is some 0.9x the CPU of a
 * case-insensitive one of the whole words.
 */
export const INTERVIEW_HINT = /nterview|Q&A|onversation|spoke|talked/;

/**
 * INTERVIEW_HINT.test, by the rarest letter of each of its words: each `v` is asked whether
 * `nterview` or `onversation` stands around it, each `k` whether `spoke` or `talked` does, and the
 * text whether it holds `Q&A`. The letters are found by indexOf, which skips the rest of the text
 * far faster than the pattern tries it at every character (over the corpus's blocks, nearly none
 * holding a hint, 0.4x the CPU). A position before the text's start is read from its start, so a
 * true answer is always a word the text holds; every word held has its letter at or past its
 * position in the word, so none is missed.
 */
export function holdsInterviewHint(text: string): boolean {
  for (let at = text.indexOf('v'); at >= 0; at = text.indexOf('v', at + 1)) {
    if (text.startsWith('nterview', at - 4) || text.startsWith('onversation', at - 2)) return true;
  }
  for (let at = text.indexOf('k'); at >= 0; at = text.indexOf('k', at + 1)) {
    if (text.startsWith('spoke', at - 3) || text.startsWith('talked', at - 3)) return true;
  }
  return text.includes('Q&A');
}

/**
 * The person in an interview's framing: `Kessling Rovers manager Carl Mensah` is Carl Mensah, `The
 * Novelist Tomas Ilinca On Leaving Romania` a title case's Tomas Ilinca, `Transport Secretary Louise
 * Haigh` Louise Haigh; `Tomas Ilinca's widow` no one named.
 */
function intervieweeName(run: string): string | null {
  let words = run.trim().replace(/[.,;:]+$/, '').split(/\s+/);
  // A possessive owns whoever is meant: `Labour's Rachel Reeves` is Rachel Reeves, `Ilinca's widow` unnamed.
  const owner = words.findIndex((word) => POSSESSIVE.test(word));
  if (owner === words.length - 1) return null;
  if (owner >= 0) words = words.slice(owner + 1);
  // A title case's small words and dates end the name (`… On Leaving Romania`, `… Tuesday`).
  const end = words.findIndex((word, index) => index > 0 && (isNotName(word) || DATE_WORDS.has(word)));
  if (end > 0) words = words.slice(0, end);
  while (words.length > 2 && (isNotName(words[0]!) || isRoleNoun(words[0]!))) words = words.slice(1);
  const mention = stripTitles(words);
  return mention && mention.name.includes(' ') ? mention.name : null;
}
