/**
 * Recognises page furniture that must never become a document: image credits, donation and
 * membership boxes, licence and republication notices, comment forms, share and menu labels.
 * Patterns, not a list of one site's strings; most apply only to short blocks, so a real
 * paragraph that happens to mention a photo is kept.
 */
import type { Block } from './blocks.ts';
import { parseLeadingDate } from './dates.ts';
import { OPENS_UPPER_CASE } from './letters.ts';
import { isNotName, isTitleWord, PARTICLES } from './names.ts';
import { literalFinder } from './literal-scan.ts';
import { asWord, caseless, sequenceFinder, type SequencePlace } from './sequence-scan.ts';
import { withoutCaptures } from './pattern-sources.ts';

const SHORT = 200;

/**
 * A byline standing alone: "By Sam Ortiz, Staff Writer", "By Ana Ruiz and Tom Lee | Reuters"; a
 * live page's or a report's "Edited by Owen Pryce and Farah Nadeem", "Prepared by Dr. Miriam
 * Okonjo, Independent Reviewer", with a full name (not a title's `Prepared by Hand`) and only
 * another after `and` (not `Written by Kate Bush and produced by Del Palmer`).
 */
const FULL_NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
/**
 * What may follow a byline's name: more names and the desk after a separator (`, Staff Writer`,
 * ` | Reuters`; after `By`, also ` AND JOHN ROE`, ` & John Roe`, not after `Written by Kate Bush`:
 * ` and produced by …`), or where, when and for whom (` in Ostbury`, ` @janedoe`, ` on March 3,
 * 2024`, ` Published March 3, 2024`, ` for the Ostbury Echo`).
 */
const bylineTail = (joiners: string) => String.raw`(?:\s*(?:,|\||—|-${joiners}).{0,80}|\s+(?:in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|@\w+|on\s+\S.{3,30}|for\s+(?:the\s+)?\p{Lu}.{0,60}|(?:[Pp]ublished|[Uu]pdated)\b.{0,60}))?`;
/** A time opening a sentence after `By` (`By Tuesday, Ostbury had no bridge.`), which no byline names. */
const NOT_A_TIME = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Then|Now|Noon|Midnight|Dawn|Nightfall)\b)`;
const BY_AUTHOR = new RegExp(
  // Never a sentence's end (`By Tuesday, Ostbury had no bridge.`).
  String.raw`^(?:(?:[Bb]y|BY)\s+${NOT_A_TIME}\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}${bylineTail(String.raw`|[Aa]nd\b|AND\b|&`)}|(?:[Ee]dited|[Cc]ompiled|[Cc]urated|[Ww]ritten|[Rr]eported|[Pp]repared|[Pp]osted)\s+by\s+${FULL_NAME}(?:\s+and\s+${FULL_NAME})?${bylineTail('')})(?<!\p{Ll}{2}[.!?])$`,
  'u',
);
/** What a credit's label names: `Words`, `Author`, `Reporting`, `Editing`, `Graphics`, in capitals too. */
const CREDIT_LABEL = `(?:${['words', 'text', 'author', 'authors', 'reporting', 'additional reporting', 'editing', 'editor', 'writer', 'writers', 'photography', 'pictures', 'illustration', 'illustrations', 'graphics', 'design', 'production', 'producer', 'video', 'story']
  .map((label) => `[${label[0]}${label[0]!.toUpperCase()}]${label.slice(1)}|${label.toUpperCase()}`)
  .join('|')})`;
/** One name or a few (`Kim Sato and Tom Reid`, `Kim Sato, Tom Reid`). */
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?:(?:,? and |, | & )\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}){0,4}`;

/** A name and a desk, unanchored: alone (NAME_AND_DESK) and after a story's kicker (`Exclusive | …`). */
const NAME_AND_DESK_WORDS = String.raw`\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,2},?(\s+[\p{L}-]+){0,3}\s+([Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Cc]ontributor)`;
/** A name and a desk: "Eleanor Pryce Transport correspondent", "Kim Sato, Staff Writer". */
const NAME_AND_DESK = new RegExp(`^${NAME_AND_DESK_WORDS}$`, 'u');

/** A newspaper's desk, or two joined (`Crime & Courts`, `Climate crisis`): what a section's name is made of. */
const DESK = String.raw`(?:(?:local |world |national |breaking |uk |us )?news|obituar(?:y|ies)|sports?|opinion|business|world|politics|metro|culture|arts|science|tech(?:nology)?|health|education|entertainment|lifestyle|features?|money|travel|crime|courts?|justice|environment|climate(?: crisis)?|transport|housing|weather|property|economy|football|cricket|rugby|motoring|food(?: & drink| and drink)?|books|film|music|television|tv|theatre|fashion|family|schools|jobs|careers|local|national|regional|international)`;
export const SECTION_NAME = new RegExp(String.raw`^${DESK}(?:\s*(?:&|and)\s*${DESK})?$`, 'i');
/**
 * A story's kind over its headline (`EXCLUSIVE`, `Analysis:`, `WATCH`), its line right over it
 * too: no menu's item, never the title.
 */
export const STORY_KIND = /^(?:exclusive|analysis|explainer|breaking(?: news)?|watch|listen|opinion|comment|review|interview|investigation|fact ?check|in pictures|live)\s*:?$/i;

/** A kicker's label standing alone: a desk's name (`Politics`, `Crime & Courts`) or a story's kind (`EXCLUSIVE`). */
export function isKickerLabel(text: string): boolean {
  return text.length <= 40 && (STORY_KIND.test(text) || SECTION_NAME.test(text));
}

/**
 * The heading over readers' comments (WordPress's `3 thoughts on “The bridge saga”`, `One response
 * to “…”`, Substack's `Discussion about this post`): what follows is readers', not the article's,
 * however it is dated and quoted.
 */
export function isCommentsHeading(text: string): boolean {
  return mayCloseCommentsHeading(text) && COMMENTS_HEADING.test(text);
}
/**
 * Whether a text's last character may close COMMENTS_HEADING: a quotation mark closing the post's
 * title (`"`, `'`, `”`, `’`), or the last letter of `post`, `article` or `story` in either case
 * (with `iu`, no other character folds to `t`, `e` or `y`). Asked of every line of a plain text,
 * nearly all ending in `.` or a figure: isCommentsHeading over the 16,114 lines of a pass over the
 * 100 synthetic text articles in a loop, 0.18 against 0.06 ms (least of 40 rounds, 3 processes).
 */
export function mayCloseCommentsHeading(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // `| 32` folds an ASCII capital onto its small letter, and moves no other code onto t, e or y.
  const folded = last | 32;
  return folded === 0x74 || folded === 0x65 || folded === 0x79 || last === 0x22 || last === 0x27 || last === 0x201d || last === 0x2019;
}
const COMMENTS_HEADING =
  /^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|comments?|replies|reactions?)\s+(?:on|to)\s+["“‘'].+["”’']|discussion about this (?:post|article|story))$/iu;

/** Writers' names alone, joined by commas, `and` or `&`: `Jane Doe and Tom Reid`. */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}`;
const NAMES_ONLY = new RegExp(String.raw`^(?!By )${NAME_WORDS}(?:(?:,? and |, | & )${NAME_WORDS}){0,3}$`, 'u');

/** Full names alone, one or a few joined (`Jane Doe and Tom Reid`): a byline where it stands under the headline. */
export function isNamesOnly(text: string): boolean {
  return text.length <= 120 && NAMES_ONLY.test(text);
}

/**
 * The names of a byline with no `By` and no stamp, as it stands under a plain text's headline:
 * two or more joined (`Jane Smith and Tom Lee`, `Jane Smith, Tom Lee and Ana Ruiz`), or one with
 * where it was written (`Jane Smith in Brussels`) or a job after a comma (`Jane Smith, Senior
 * Political Analyst`: its last word a role), or one alone (`Jane Smith`, `bare`). Only the line's
 * shape: where it stands, and whether its words are names rather than a heading's common words
 * (`Rising Costs and Falling Revenues`), are the reader's to ask (text-blocks.ts).
 */
export function bylineNamesOf(text: string): { names: string[]; bare: boolean } | null {
  if (text.length > LONGEST_BYLINE) return null;
  const placed = IN_PLACE.exec(text);
  const named = placed ? text.slice(0, placed.index) : text;
  const comma = named.lastIndexOf(', ');
  const job = !placed && comma > 0 ? named.slice(comma + 2) : '';
  if (job && isJobTitle(job)) {
    const name = named.slice(0, comma);
    return isWriterName(name) ? { names: [name], bare: false } : null;
  }
  const names = named.split(NAME_JOINERS);
  if (names.length > 4 || !names.every(isWriterName)) return null;
  return { names, bare: names.length === 1 && !placed };
}

/** The longest line bylineNamesOf reads: its readers may ask a longer line nothing else. */
export const LONGEST_BYLINE = 120;

/** What joins writers' names: `Jane Smith and Tom Lee`, `Jane Smith, Tom Lee and Ana Ruiz`, `Jane Smith & Tom Lee`. */
const NAME_JOINERS = /,? and |, | & /;

/** ` in Brussels`, ` in New Delhi`: where a correspondent's byline was written, ending it. */
const IN_PLACE = / in \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)?$/u;

/** A job after a byline's comma: a few capitalised words, the last a role (`Political Correspondent`, `Bureau Chief`). */
function isJobTitle(job: string): boolean {
  const words = job.split(' ');
  const last = words.at(-1)!;
  return words.length <= 5 && words.every((word) => OPENS_UPPER_CASE.test(word) || word === 'and' || word === 'of') && (isTitleWord(last) || BYLINE_ROLES.has(last.toLowerCase()));
}
/** A writer's roles that name no one's title before a name (isTitleWord's): `Staff Writer`, `Chief Photographer`. */
const BYLINE_ROLES = new Set(['writer', 'journalist', 'photographer', 'producer', 'critic', 'contributor', 'desk', 'team']);

/**
 * A writer's full name: two to four words, each a name's word, an initial or a particle inside it
 * (`Seán Ó Briain`, `J. K. Rowling`, `Ana de la Cruz`), the last a name's word.
 */
function isWriterName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4 || !isNameOnlyWord(words.at(-1)!)) return false;
  return words.slice(0, -1).every((word, index) => isNameOnlyWord(word) || INITIAL.test(word) || (index > 0 && PARTICLES.has(word)));
}
/** An initial, or a one-letter particle in capitals (`J.`, `Ó`). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * A name's word: capitalised and not a small word, a title, a month or a day (`The Timeline`,
 * `Mayor Hughes`, `May Day` name no writer), nor in capitals (`KEY DATES`: plain text sets headings so).
 */
function isNameOnlyWord(word: string): boolean {
  return NAME_WORD_SHAPE.test(word) && LOWER_CASE_LETTER.test(word) && !isNotName(word) && !isTitleWord(word) && !CALENDAR_WORD.test(word);
}
const NAME_WORD_SHAPE = /^\p{Lu}[\p{L}.'’-]*$/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Timeline|Update|Updates|Live)$/;

/** A share button's label, or a row of them: `Share this:`, `Facebook`, `Tweet | Email`. */
const SHARE_LABEL = /^(share|share this( article| story| post)?|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|copy link( to clipboard)?|copy the link|copy url)(\s*[|:•·,]\s*\w+)*\s*:?$/i;

/**
 * A share button's label on a line of its own, X's too (`X`, `𝕏`) when it stands among them: a
 * page's share buttons copied as text, a line each (`Share this:` / `Facebook` / `X` / `Email`).
 */
export function isShareLabel(text: string, amongShareLabels: boolean): boolean {
  return SHARE_LABEL.test(text) || (amongShareLabels && (text === 'X' || text === '𝕏'));
}

/** A byline on a line of its own, which a date beside it belongs to (page-date.ts, the readers). */
export function isBylineLine(text: string): boolean {
  return (opensByAuthor(text) && BY_AUTHOR.test(text)) || (patternsByLastCharacterOf(text).includes(NAME_AND_DESK) && NAME_AND_DESK.test(text));
}

/**
 * A wiki's notices of any length, copied as text: its licence footer (`Text is available under the
 * Creative Commons …`) and its maintenance boxes (`This article needs additional citations for
 * verification. …`, `This section has multiple issues.`).
 */
const WIKI_NOTICE = /^(?:text is available under the creative commons\b|this (?:article|section|page) (?:needs additional citations|has multiple issues|relies (?:largely|too much|excessively) on|does not cite any sources|needs to be updated|may (?:need to be rewritten|require cleanup|be too long)|is missing information)\b)/i;

/** A running header that ends with its page: "Northfield Water Board – Independent Review Page 7". */
const RUNNING_HEADER = /^[^.!?"“”]{3,80}\s(page|p\.)\s?\d{1,4}( of \d{1,4})?$/i;
/** A site's link home, copied with a news page's top: `The Guardian - Back to home`. */
const BACK_TO_HOME = /^[^.!?]{1,40}\s[-–—|]\s*back to home$/i;

const NEWSLETTER_SENT = /^get (?:the latest|all the latest|our|the)\b.{0,80}\b(?:sent to|in|delivered to) your inbox\b.{0,80}$/i;
const SIGN_UP_SMALL_PRINT = /^by (?:signing up|subscribing|clicking (?:sign up|subscribe|submit))\b.{0,60}\byou (?:agree|consent|accept)\b.{0,120}$/i;
const TAGS_LABEL_ALONE = /^(?:filed under|posted in)$/i;
const POWERED_BY = /^(?:[Pp]roudly )?[Pp]owered by \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u;
const LATEST_LABEL = /^(?:(?:latest|recent) (?:news|stories|posts|headlines|articles)|top stories)$/i;
/** A byline and its date set apart by a dot or bar: `Club Media · 21 May 2024`. */
const BYLINE_AND_DATE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+[·•|]\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})$/u;
/**
 * A story's kicker before its byline or stamp: "Exclusive | Kirsty Baird, Crime Reporter", "Live
 * updates | Last updated 9:48 p.m. PT, Aug. 17, 2023". Case by hand: `Updated` must be followed by
 * a date or time (`BREAKING | Updated death toll …` is news).
 */
const KICKER_OVER_BYLINE = new RegExp(
  String.raw`^([Ee]xclusive|EXCLUSIVE|[Aa]nalysis|ANALYSIS|[Oo]pinion|OPINION|[Bb]reaking|BREAKING|[Ii]nterview|[Ee]xplainer|[Ff]eature|[Ii]nvestigation|[Ll]ive|LIVE|[Ll]ive updates|LIVE UPDATES)\s*[|·•]\s*(([Bb]y\s+)?${NAME_AND_DESK_WORDS}|([Ll]ast\s+)?([Uu]pdated|[Pp]ublished|[Pp]osted)(\s+(on|at))?:?\s+[\p{Lu}\d].{0,60})$`,
  'u',
);
/** A section's name before the byline bar: "BUSINESS | By Carl Jansen and Mei Takahashi | Oct. 2, 2023 at 5:00 a.m. EDT". */
const SECTION_OVER_BYLINE = /^\p{Lu}[\p{Lu} &]{1,24}\s*[|·•]\s*By\s+\p{Lu}[\p{L}.'’-]+(\s+(and\s+)?\p{Lu}[\p{L}.'’-]+){1,6}\s*([|·•,].{0,60})?$/u;

/**
 * Patterns that mark a short block as furniture, each anchored at the block's start so that it is
 * tried there only; patterns that can match anywhere are GUARDED_PATTERNS.
 */
export const SHORT_BLOCK_PATTERNS: RegExp[] = [
  // Image credits: "Jane Doe / Flickr", "Photo: …", "(AP Photo/…)", "Getty Images".
  /^\(?(photo|image|picture|photograph|illustration|graphic|video|credit|source)s?( credit| by)?\s*[:|/]/i,
  /^\(?(AP|AFP|Reuters|Getty) (Photo|Images?)\b/i,
  BY_AUTHOR,
  // A long read's credits: "Words by Elodie Marchetti · Photographs by Sam Oyelaran".
  /^(?:[Ww]ords|[Tt]ext|[Rr]eporting|[Ss]tory|[Ii]nterview|[Pp]hotos|[Pp]hotographs|[Pp]hotography|[Pp]ictures|[Ii]llustrations?)(?: and (?:pictures|photos|photographs))? by \p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*[·|•,]\s*(?:[Pp]hotos|[Pp]hotographs|[Pp]hotography|[Pp]ictures|[Ii]llustrations?|[Vv]ideo)(?: by)?\s+\p{Lu}[^.!?]{0,60})?$/u,
  NAME_AND_DESK,
  // Contributor, reporting and contact lines.
  /^\(?(additional )?(reporting|writing|editing) by\b/i,
  // USA Today's `Contributing: Jane Doe, USA TODAY`, `With reporting by …`, an author box's `About the author: …`.
  /^(?:contributing:\s+\p{Lu}|with (?:additional )?reporting (?:by|from)\b|about the author\b)/iu,
  /^do you (know more|have (information|a tip|a story))\b/i,
  // Helplines under a hard story.
  /^if (this|the) (story|article) (has )?raised\b/i,
  /^if you or (someone|anyone) you know\b/i,
  /^if you (have been|are|were) affected by\b/i,
  /^to unsubscribe\b/i,
  // E-mail newsletters' own lines: why it came, how to stop it, where to read it.
  /^you(?:['’]re| are) receiving this (e-?mail|newsletter|because you (signed up|subscribed))\b/i,
  /^(was this (e-?mail |newsletter )?forwarded to you|forwarded this (e-?mail|newsletter)|view (this e-?mail|it) in (your|a) browser)\b/i,
  /^enjoyed (this|it|reading)\?\s*(forward|share|subscribe|sign up|tell)\b/i,
  // Publication stamps: "Fri 18 Nov 2022 07.00 GMT", "Published Saturday, 22 July 2023, 5:00am".
  // Not a live blog's post stamped so (`Updated at 3.20pm — The River Dane bursts its banks`).
  /^(?![^—–]*\s[—–]\s+(?:\S+\s+){2,}\S)(first |last )?(published|updated|posted|modified)( on| at)?:?\s+((mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}([:.]\d\d|\s*[ap]\.?m\b|\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[/-]\d)|\d{4}\b)[^!?]{0,70}$/i,
  /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s+\d{1,2}[.:]\d{2}\b/i,
  // Donations and memberships.
  /^liked it\?/i,
  /^(please )?(donate|make a donation|chip in|become a (member|patron|supporter|subscriber)|support (us|our (work|journalism)))\b/i,
  /^[Ss]upport (the |our )?\p{Lu}[\p{L}’' ]{0,40}[.!]?$/u,
  // Licence and republication notices.
  /^(the )?original (version )?of this (article|story|post)/i,
  /^this (article|story|post) (was )?(originally|first) (appeared|published|ran)/i,
  /^(republished|reprinted|cross-?posted) (from|with)/i,
  // Update and correction stamps: "This story has been updated.", "Updated: March 3, 2021, 10:04 a.m."
  /^this (article|story|post|page|report) (has been|was|is being) (updated|corrected)\b[^.!?]{0,80}[.!]?$/i,
  /^this (article|story|piece|post|page|report) (has been|was) (amended|corrected|updated) on\b/i,
  /^(last )?(updated|modified)( on| at)?:?\s+([a-z]+day,?\s+)?(\d{1,2}(st|nd|rd|th)?\s+[a-z]+|[a-z]{3,9}\.?\s+\d{1,2}\b|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})[^!?]{0,40}$/i,
  // A PDF's page numbers: "Page 3 of 12".
  /^page \d+( of \d+)?$/i,
  RUNNING_HEADER,
  /^(©|copyright\b)/i,
  // Comment forms.
  /^please enter (your|a) /i,
  /^(leave|post|add|write) a (reply|comment)/i,
  /^your email address will not be published/i,
  /^save my name,? email/i,
  /^(\d+ )?(comments?|replies|responses)$/i,
  /^comments?\s*\(\d+\)$/i,
  /^(sign in|log in)( or (create|register)| to (comment|continue|join))\b/i,
  /^privacy (notice|policy)\b/i,
  /^(reuse this content|our standards\b.*|exclusive|analysis|explainer|breaking news|watch|in pictures|fact ?check)\s*:?$/i,
  // Separators: "___", "* * *".
  /^[_\-–—=*~·•.\s]{3,}$/,
  /^(cancel reply|submit comment|post comment|notify me of)/i,
  /^required fields are marked/i,
  // A wire's or a release's sign-off and source line: `Follow AP's coverage of the elections at
  // https://…`, PR Newswire's `News provided by Acme Inc.`.
  /^follow (?:[\p{L}-]+['’]s |our |the )?(?:full |live |latest )?coverage of\b.{0,160}$/iu,
  /^news provided by\b.{0,100}$/i,
  BYLINE_AND_DATE,
  // A news site's links and stamps between entries: `Also Read | Chennai water crisis 2019: …`,
  // `Download The Indian Express App for more updates.`, `First uploaded on: 21-03-2024 at 18:42 IST`.
  /^(?:also read|read also|must read|also see)\s*[|:]\s*\S.{0,200}$/i,
  /^download (?:the |our )?[\p{L}' ]{1,40}\bapp\b.{0,80}$/iu,
  /^first (?:uploaded|published|posted) on:?\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)[^.!?]{0,50}$/i,
  // Sign-ups and appeals in a line: `Get the latest Pools news sent to your inbox. Sign up here.`,
  // `Support independent journalism in Munster. Please consider making a donation …`.
  NEWSLETTER_SENT,
  // A sign-up box's small print: `By signing up you agree to our privacy policy. You can unsubscribe at any time.`
  SIGN_UP_SMALL_PRINT,
  /^support (?:independent|local|quality|public[- ]interest|trusted) (?:journalism|news|reporting)\b[^.!?]{0,60}[.!]\s+(?:please|donate|make a|become|subscribe|give|every)\b.{0,160}$/i,
  // WordPress's likes and its post footer: `Like this: Like Loading...`, `Posted in News, Roads | Tagged bridge | 3 Comments`.
  /^(?:like this:?(?:\s+like\s+loading(?:\.{3}|…)?)?|(?:like )?loading(?:\.{3}|…))$/i,
  /^posted in\s+[^|.!?]{1,80}(?:\|\s*(?:tagged\s+[^|]{1,80}|\d+\s+comments?|leave a comment|comments? off)\s*)+$/i,
  // Share, follow, subscribe and navigation labels.
  SHARE_LABEL,
  // A row of share buttons' labels, set apart by marks or by spaces alone (`Share  Tweet  Email`).
  /^((share|tweet|post|facebook|twitter|x|instagram|tiktok|youtube|email|e-mail|whatsapp|linkedin|reddit|print|messenger|pinterest|telegram|bluesky|threads|flipboard|copy link)\s*[|:•·,]?\s*){2,}$/i,
  /^(share (on|via|to) (facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|bluesky|threads|messenger)\s*[|·•,]?\s*){2,}$/i,
  // A site's account links standing alone: "Subscribe", "Log in", "My account".
  /^(subscribe|subscribe now|log ?in|sign ?in|sign ?up|my account|create (an )?account|main menu|navigation menu|personal tools)$/i,
  // A site's edition switch and its link home, copied with a news page's top (`UK edition`, `The Guardian - Back to home`).
  /^(uk|us|u\.s\.|international|europe|australia|asia|global|canada|india) edition$/i,
  BACK_TO_HOME,
  /^enter your e-?mail( address)?( here| below)?[.:…]*$/i,
  // Appeals in a short box: "If you value our reporting, please consider making a donation."
  /^(if you (value|enjoy|appreciate|like)\b[^.!?"“”]{0,60},\s*)?please consider (making a (donation|contribution)|donating|supporting (us|our)|becoming a (member|subscriber|supporter))\b(?=[^"“”]*\b(our|us)\b)[^"“”]*$/i,
  /^(related|more)( posts| articles| stories| from [\w ]+)?:?$/i,
  /^(related|see also|read more|read next|read also|also read|must read|more on this story)\s*:/i,
  /^(read more|read next|read also|also read|must read|continue reading|advertisement|sponsored( content)?|skip to (main )?(content|navigation|search|footer)|menu|search|home|back to home|next( post| article)?|previous( post| article)?|back to top)[\s:.…»›>]*$/i,
  /^(sign up|subscribe)\b.*\b(newsletter|updates|email|inbox)\b/i,
  /^thanks for reading\b.{0,40}\b(subscribe|sign up|support)\b/i,
  /^(follow us|follow (me|him|her) on)\b/i,
  // "Follow NBS North East on Facebook, Twitter and Instagram.": a name or handle, then only platforms.
  /^[Ff]ollow (us|me|@\S+|\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,4}) on (Facebook|Twitter|X|Instagram|TikTok|LinkedIn|Bluesky|Threads|YouTube)((,| and|, and) (Facebook|Twitter|X|Instagram|TikTok|LinkedIn|Bluesky|Threads|YouTube))*([.!](\s|$)|$)/u,
  /^(tags?|categories|category|filed under|posted in|topics?)\s*:/i,
  // The same labels left alone once their links went as tags (`<span>Posted in</span> <a rel="tag">…</a>`).
  TAGS_LABEL_ALONE,
  // A hatnote: "For the dam itself, see Kessling Dam."
  /^for (the|other|more|a|an)\b[^.]{0,80},\s+see\b/i,
  // Press releases: "###", "SOURCE Lumora Biosystems, Inc.", "NEWS RELEASE", "Media contact:".
  /^#{3,}$/,
  /^SOURCE\s+\p{Lu}/u,
  /^(news|press|media) release$/i,
  /^(media|press|investor|investors) (contacts?|enquiries|inquiries|relations)\b/i,
  // Live blogs' controls: "Show key events only", "Please turn on JavaScript to use this feature".
  /^show key events only$/i,
  /^\d{1,2}\s*(h|hrs?|hours?|m|mins?|minutes?) ago\b/i,
  /^(you might also like|recommended( for you)?|trending( now)?|most (read|popular))\b/i,
  // A label over a site's latest stories, alone: `Latest news`, `Recent Posts`, `Top stories`.
  LATEST_LABEL,
  // Markers a page sets between a story's paragraphs: ads, embeds and promotions.
  /^(story continues below( advertisement)?|continue reading the main story|skip advertisement|supported by|listen to this article|view this post on instagram|related topics|see offers|(give|join|donate|subscribe) now|(article|story) continues (below|after) (this )?(advertisement|advert|ad))\s*[.:]?$/i,
  /^(skip past|after) newsletter promotion$/i,
  // Membership appeals and a post's reactions: "This story was made possible by our members.", "1.2K".
  /^this (story|article|journalism|work|reporting) (was|is) (made possible|funded|supported) by (our )?(members|readers|subscribers|supporters)\b/i,
  /^become a (member|subscriber|supporter|patron)\b[^.!?]{0,60}[.!]?$/i,
  /^\d+(\.\d+)?[km]$/i,
  // An editor's note on the text itself: "This interview has been edited for length and clarity."
  /^(this|the|our) (interview|conversation|transcript|exchange|q&a|discussion)( below| above)? (has|have|was|were) (been )?(lightly |slightly )?(edited|condensed)\b[^.]{0,60}\.?$/i,
  /^(it has been |has been )?(lightly |slightly )?(edited|condensed)( and (edited|condensed))? for (length|clarity|brevity)( and (length|clarity|brevity))?\.?$/i,
  /^(skip|end of) (twitter|x|instagram|facebook|tiktok|youtube|bluesky) (post|content|video)\b/i,
  /^image (caption|source),/i,
  /^a post shared by\b/i,
  /^♬/,
  /^\d[\d,.]*\s*likes?\s*\d[\d,.]*\s*(retweets|reposts)$/i,
  /^\d{1,2}\s*([Mm]in(ute)?s?|MIN(UTE)?S?) ([Rr]ead|READ)(?![a-z])/,
  // A report's compilers and stamp: "Compiled by Dr. Helga Sørensen and Amir Tavakoli · Last updated 12 April 2025".
  /^(compiled|written|edited|prepared) by \p{Lu}.{0,80}[·|•]\s*(last )?(updated|published)\b.{0,40}$/iu,
  /^you('ve| have) read \d+ of \d+ (free )?(articles|stories)\b/i,
  /^a version of this (article|story) appears in print\b/i,
  /^(this|a version of this) (story|article) (appeared|appears|ran|runs) in the\b.{0,60}\bprint edition\b/i,
  /^(see more on|explore more on (these|this) topics?)\b/i,
  // An author box's link to the writer's page: `More about Maren Oduya`, `More by Morag Keddie`, `View all posts by Tom Reid`.
  /^(?:[Mm]ore (?:about|by)|(?:[Vv]iew|[Ss]ee) all (?:posts|articles|stories) by) \p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u,
  /^listen to this article\b.{0,20}$/i,
  /^click here to (subscribe|sign up|read more|donate|support)\b/i,
  /^subscribe for (unlimited|full|free) access\b/i,
  /^comments?\s*\d+$/i,
  /^\p{Extended_Pictographic}+$/u,
  // Nothing but a separator: a byline's lone `·` once its name and date went (not a table's ✓ or ?).
  /^[·•|/\\:;,.\-–—_*~]{1,3}$/,
  // Tip lines, podcast apps and sponsor reads, badges, taglines and correction notes.
  /^(have|got) a (news )?tip\b[^?]{0,60}\?\s*(contact|email|e-mail|message|send|get in touch|reach|call|tell)\b/i,
  /^this (episode|show|podcast) is (sponsored|brought to you|supported) by [^,]{1,60}\.(\s|$)/i,
  /^live$/i,
  /^from wikipedia, the free encyclopedia$/i,
  // A page's footnotes: a wiki's citation with its link back (`^ Smith, J. (2020).`, `1. ^ a b
  // "…"`, `↑ …`) and a Markdown footnote's text (`[^1]: The petition was …`).
  /^(?:\d{1,3}[.)]\s*)?[\^↑]\s+\S/,
  /^\[\^[\w-]{1,20}\]:\s/,
  // A wiki page copied as text: its skip links, its table of contents' label, its last-edited stamp.
  /^jump to (navigation|search|content)$/i,
  // More of a wiki page copied as text: its tabs and tools, hatnotes, notices and footer.
  /^(?:article|talk|read|edit|view (?:source|history)|tools|watch)(?:\s+(?:article|talk|read|edit|edit source|view (?:source|history)|tools|watch))+$/i,
  /^(?:add languages|add links|authority control(?: databases)?|toggle the table of contents|(?:hide|show) table of contents)$/i,
  /^(?:retrieved from\s+["“]?https?:\/\/\S+?["”]?|hidden categories:.{0,200}|coordinates:\s*\d.{0,60}|find sources:.{0,200}|jump up to:.{0,200}|portals?:.{0,100}|wikimedia commons has media related to\b.{0,100})$/i,
  // (A quoted title's `“…” redirects here` is among GUARDED_PATTERNS.)
  /^(?:this (?:article|page) is about\b[^"“”]{0,120}\bsee\b[^"“”]{0,80}|(?:main articles?|further information):\s.{1,80})$/i,
  /^this page was last edited on\b[^.!?]{0,60}\.?$/i,
  /^(correction|clarification)s?(,\s+[^:]{3,30})?:\s+(an earlier|a previous) version of this (story|article|post)\b/i,
  // Cookie banners.
  /^we value your privacy\b/i,
  // CMS and tool chrome: Drupal's comment links and "Submitted by", Confluence's page stamp and
  // likes, Google Docs' publishing footer, Joomla's print and e-mail icons.
  /^(log in|sign in|register)( or register)? to post comments$/i,
  /^add new comment$/i,
  /^submitted by \S.{0,60} on \S.{3,40}$/i,
  /^created by \S.{0,60},? last (modified|updated)( by \S.{0,60})?( on \S.{3,40})?$/i,
  /^(like\s*)?be the first to (like|comment on) this\b/i,
  /^published using google docs$/i,
  // A site's credit to its software: `Proudly powered by WordPress`, `Powered by Ghost`.
  POWERED_BY,
  /^report abuse\s*(learn more)?$/i,
  /^(print|email|e-mail)(\s+(print|email|e-mail))+$/i,
  // A forwarded or pasted e-mail's headers.
  /^(from|to|cc|bcc):\s+\S.{0,80}(@|<)/i,
  /^(sent|date):\s+\S.{0,60}\d{4}\b.{0,20}$/i,
  /^subject:\s+\S/i,
  // A funding or series note: `The Local Democracy Reporting Service is funded by the BBC …`,
  // `This story was produced by …`, `This article is part of …`.
  /^(?:the local democracy reporting service (?:is|was) (?:funded|a |part of)|this (?:article|story|report|piece) (?:is|was) (?:part of|produced (?:by|with|in partnership with)|funded by|supported by) [^,;.!?"“”]{0,80}\.?$)/i,
  // A prompt to share, and a sign-off: `Kindly share this story:`, `Thanks for reading. …`.
  /^(?:kindly |please )?share (?:this|the) (?:story|article|post|page)\b[^.!?]{0,30}[:.!]?$/i,
  /^thanks? (?:you )?for reading(?:[.!,]|\s*$)/i,
  // A live page's label over its pinned post.
  /^pinned(?: post| update)?$/i,
  // A media player's position and length, and what follows it: `00:00 / 42:17 Listen on Apple Podcasts`.
  /^(?:play\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*$|\s+(?:listen|play|download|subscribe|share|apple|spotify|google|podcasts?|rss)\b)/i,
  // The page's own licence: `Text licensed under CC BY-NC 4.0.` (a story about a licence says whose work).
  /^(?:this\s+)?(?:text|article|story|content|work|post|page|site)s?\s+(?:is\s+|are\s+)?(?:licensed|published|available)\s+under\s+(?:a\s+|the\s+)?(?:CC[ -]BY|creative commons)/i,
  /^-{3,}\s*(forwarded|original) message\s*-{3,}$/i,
  // Forum and Reddit chrome: "Posted by u/name 3 years ago", "level 1", "412 points · 57 comments".
  /^posted by u\/\S+/i,
  /^last edited by \S.{0,40} on \S/i,
  /^level \d{1,2}$/i,
  /^\d[\d,.]*k?\s*(points?|upvotes?|votes?)(\s*[·•|]\s*\d[\d,.]*k?\s*comments?)?$/i,
  /^(share|save|hide|report|reply|give award|permalink|embed|follow)(\s+(share|save|hide|report|reply|give award|permalink|embed|follow))+$/i,
  /^sort by:?\s+(?:best|top|new|newest|oldest|old|controversial|q&a|most (?:recent|liked|popular))$/i,
  // A transcript's own notes, after a timestamp too: `(CROSSTALK)`, `[00:01:02] (LAUGHTER)`, `This transcript was produced by CQ Roll
  // Call and may contain errors.`, `Subscribe to CQ Roll Call transcripts | Terms of use`.
  /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?\((?:crosstalk|laughter|applause|inaudible|unintelligible|unknown|end (?:of )?(?:video|audio)(?: clip)?|begin (?:video|audio)(?: clip)?|commercial break|music|silence|pause|off mic|off camera)\)$/i,
  /^this transcript (?:was|has been|is|may have been) (?:produced|prepared|provided|generated|edited|created|automatically)\b.{0,100}\b(?:may (?:contain|include) errors|may not be in (?:its|their) final form|not (?:a |be )?verbatim|for (?:length and )?clarity|by (?:a )?machine)\b.{0,60}$/i,
  /^subscribe to\b[^.!?|]{1,60}(?:\|\s*(?:terms of (?:use|service)|privacy(?: policy)?)\s*)*$/i,
  KICKER_OVER_BYLINE,
  // A desk's byline: "By the Sierra Sentinel staff".
  /^[Bb]y the \p{Lu}[\p{L}.'’ -]{1,40}\s(staff|team|newsroom|desk)$/u,
  SECTION_OVER_BYLINE,
  // An old site's tools under a story: "Printer-friendly version | E-mail this story".
  /^(printer-friendly version|print this (story|article)|e-?mail this (story|article))(\s*[|·•]\s*(printer-friendly version|print this (story|article)|e-?mail this (story|article)))*$/i,
  // The reader's tools under a headline: "Gift this article Save Comment 58".
  /^gift (this )?(article|story)\b(\s+(save|share|full|article|story|comment|comments|\d+))*$/i,
  // A paywall's meter: "You have 2 free articles remaining this month. Subscribe for unlimited access."
  /^you have (?:\d+|no|one|two|three|four|five) (?:free |more )?(?:articles?|stories|story|reads?)\s+(?:left|remaining)\b[^"“”]{0,100}$/i,
  // A wire's publication note: "This report by The Canadian Press was first published April 16, 2024."
  /^this (?:report|story|article) by [^.!?"“”]{2,60} was first published(?: (?:on|in))? (?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+ \d{4}|[a-z]+ \d{4}|\d{4})\.?$/i,
  // A government page's feedback box, and a paper's links to its standards: "Is this page useful?",
  // "Report a problem with this page", "Report an error  Editorial code of conduct".
  /^(?:(?:is|was) this (?:page|article) (?:useful|helpful)\??(?:\s+(?:yes|no|maybe))*|report a problem with this page\.?)$/i,
  /^(?:report an? (?:error|correction|typo)|editorial (?:code of conduct|standards|guidelines)|corrections? policy)(?:\s*[|·•]?\s*(?:report an? (?:error|correction|typo)|editorial (?:code of conduct|standards|guidelines)|corrections? policy))*$/i,
  // Comments closed and reader chrome: "Comments are closed on this article.", "Most viewed",
  // "Have your say: 23 comments. Log in to comment."
  /^(comments? (are|is) (now )?closed( (on|for) this (article|story|post|page))?\.?|comment policy:.{0,100}|most (viewed|shared|commented)|have your say:?\s*\d+ comments?\b.{0,40}|log in to comment\.?)$/i,
  /^support (independent|local|quality|our) [\p{L} ]{0,30}journalism[.!]?\s+(donate|give|subscribe|become a)\b[^"“”]{0,60}$/iu,
  // A translation's credits: "Translated from the Romanian original published by …",
  // "Author: Irina Popescu | Translation: Mark Ellis", "Translation reviewed by our editors."
  /^(translated from the \p{L}+ (original|version)\b.{0,80}|translation (reviewed|edited|checked) by (our|the) [\p{L} ]{2,30}[.!]?(\s+read the original\b.{0,60})?|author:\s*\p{Lu}[^|]{0,40}\|\s*translat(ion|ed by):.{0,40})$/iu,
  // A live blog's own notices: "Follow our coverage on X @SierraSentinel", "This live blog is no longer being updated."
  /^(follow (our|the) (live )?coverage on\b.{0,60}|this live ?blog (is no longer being updated|has (now )?(ended|closed))\b.{0,80})$/i,
  // Its closing notes: "This live blog is now closed.", "We have now closed this live blog.",
  // "We're pausing our live coverage for now. You can read …".
  /^(?:this (?:live ?)?blog is (?:now )?(?:closed|paused|ending)|we(?:['’]ve| have| are|['’]re| will be| are now) (?:now )?(?:closed|closing|ended|ending|paused|pausing|finished|wrapping up) (?:this|our|the) live (?:blog|coverage|page|updates))\b[^"“”]{0,120}$/i,
  // More of a site's own asks and labels: "Like us on Facebook", "Send us your photos …", "For the
  // latest news, follow us on X", "Get breaking news alerts …", a paywall's "Subscribe to continue
  // reading.", "Already a subscriber? Log in", "Watch the video above", "Show comments", "Sponsored by Acme Ltd".
  /^(?:like us on (?:facebook|instagram|x|twitter)\b.{0,40}|send us your (?:photos?|pictures|videos?|stories|news|tips?)\b.{0,100}|for (?:the latest|more|all the latest|breaking) [\p{L} ]{0,30}, (?:follow|like|join) us\b.{0,60}|get (?:breaking )?news alerts\b.{0,60}|this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)\b.{0,80}|subscribe to (?:continue|keep) reading\b.{0,80}|already a (?:subscriber|member)\?.{0,40}|watch the video (?:above|below)\.?|continue reading below|(?:show|hide|view) comments?|(?:please )?log in to (?:leave a |post a )?comment\.?|newsletter:\s.{0,80}|sponsored by \p{Lu}.{0,60})$/iu,
  // Channels to follow the site on: "Join our WhatsApp channel", "Join the Ostbury Echo on WhatsApp".
  /^(?:click here to |tap here to )?(?:join|follow|subscribe to) (?:us|our|the [\p{L}'’ ]{1,40}?) (?:on )?(?:whatsapp|telegram|google news|signal|viber)\b(?: (?:channel|group|community))?[^.!?"“”]{0,60}[.!]?$/iu,
  // A post's sign-off asking for reactions: "Thanks for reading Packet Loss! If you found this useful, …",
  // "If you liked this, give it a clap or fifty and follow …".
  /^(thanks for reading [^.!?]{1,40}!|if you (liked|enjoyed) this,? (give it a clap|clap|share it|forward it)\b).{0,160}$/i,
];

/**
 * The patterns joined into one per set of flags and anchoring, so a block is scanned a few times
 * instead of once per pattern (every short block of every article goes through here). The
 * patterns anchored at the start share one `^(?:…|…)`, which the engine tries at the first
 * character only; the others can match anywhere. A union matches wherever one of its patterns
 * does: none of them refers back to a group. Its groups capture nothing (withoutCaptures).
 */
function unions(patterns: RegExp[]): RegExp[] {
  const groups = new Map<string, string[]>();
  for (const pattern of patterns) {
    const anchored = pattern.source.startsWith('^') && !hasTopLevelAlternative(pattern.source);
    const key = `${anchored ? '^' : ''}/${pattern.flags}`;
    const source = withoutCaptures(pattern.source);
    groups.set(key, [...(groups.get(key) ?? []), anchored ? source.slice(1) : source]);
  }
  return [...groups].map(([key, sources]) => {
    const [anchor, flags] = key.split('/');
    return new RegExp(`${anchor}(?:${sources.map((source) => `(?:${source})`).join('|')})`, flags);
  });
}
/**
 * Anchored patterns whose start says nothing (any words, a name), each behind the last character
 * it needs: in the unions, they read the first words of every block.
 */
const BY_LAST_CHARACTER: Array<[lastCharacters: string, pattern: RegExp]> = [
  ['0123456789', RUNNING_HEADER],
  ['eE', BACK_TO_HOME],
  // `… Correspondent`, `… Reporter`, `… Editor`, `… Writer`, `… Columnist`, `… Contributor`.
  ['tr', NAME_AND_DESK],
];
/**
 * BY_LAST_CHARACTER by the code of a block's last character, up to the highest code it names (an
 * empty list for any other). Read with one load instead of each entry's `includes`: isBoilerplate
 * over the 32,672 short blocks of the 200 synthetic articles, this step alone took 1.33 ms, now 0.72.
 */
export function patternsByLastCode(byLastCharacter: Array<[lastCharacters: string, pattern: RegExp]>): RegExp[][] {
  const table: RegExp[][] = [];
  for (const [lastCharacters, pattern] of byLastCharacter) {
    for (const character of lastCharacters) {
      if (character.length !== 1) throw new Error(`patternsByLastCode: ${JSON.stringify(character)} is not one code unit`);
      (table[character.charCodeAt(0)] ??= []).push(pattern);
    }
  }
  return Array.from(table, (patterns) => patterns ?? NO_PATTERNS);
}
const NO_PATTERNS: RegExp[] = [];
const PATTERNS_BY_LAST_CODE = patternsByLastCode(BY_LAST_CHARACTER);
/** The patterns of BY_LAST_CHARACTER a block is asked: none for an empty block (NaN) or a last code beyond the table. */
export function patternsByLastCharacterOf(text: string, table: RegExp[][] = PATTERNS_BY_LAST_CODE): RegExp[] {
  const last = text.charCodeAt(text.length - 1);
  return last < table.length ? table[last]! : NO_PATTERNS;
}
/**
 * The unions of the patterns a block may match by its first character: for each ASCII character,
 * the patterns that may open with it (`^\(?(photo|image…)` only with `(`, `p`, `i`, … in either
 * case), and for a block opening with any other character (or none), every pattern that may open
 * with one. A block is asked a few patterns' unions instead of all of them: the whole union, asked
 * of every short block, was the costliest of the furniture patterns, and most of its code was
 * for openings the block does not have.
 *
 * A pattern holding a Unicode property (`\p{L}`, `\p{Lu}`) is in none of those: such patterns are
 * joined into one union per set of flags, compiled once, asked of a block whenever one of its
 * patterns may open with the block's first character. Copied into the union of every opening it
 * admits (BY_AUTHOR's twelve, a name's twenty-seven), their classes (some 18 KB of bytecode each
 * `[\p{L}…]`) were compiled again in each: in a process's first pass over the 100 synthetic text
 * articles, the furniture patterns' first tests (their compiling) took 917 ms, now 322 ms, and the
 * pass 1,218 against 975 ms of CPU (medians of 5 processes). Once compiled, no slower.
 */
function unionsByOpening(patterns: RegExp[]): { ascii: RegExp[][]; beyondAscii: (opening: number) => RegExp[]; other: RegExp[] } {
  const openings = patterns.map(openingOf);
  // `opening` is one character (a code point), null any beyond ASCII.
  const admits = (index: number, opening: string | null) =>
    opening === null ? (openings[index]?.beyondAscii ?? true) : (openings[index]?.probe.test(opening) ?? true);
  const indexes = patterns.map((_pattern, index) => index);
  const holdsProperty = indexes.map((index) => HOLDS_PROPERTY.test(patterns[index]!.source));
  const sharedGroups = [...new Set(indexes.filter((index) => holdsProperty[index]).map((index) => patterns[index]!.flags))].map((flags) => {
    const members = indexes.filter((index) => holdsProperty[index] && patterns[index]!.flags === flags);
    return { members, unions: unions(members.map((index) => patterns[index]!)) };
  });
  const byKey = new Map<string, RegExp[]>();
  const unionsOf = (opening: string | null) => {
    const kept = indexes.filter((index) => !holdsProperty[index] && admits(index, opening));
    const key = kept.join(',');
    if (!byKey.has(key)) byKey.set(key, unions(kept.map((index) => patterns[index]!)));
    const shared = sharedGroups.filter((group) => group.members.some((index) => admits(index, opening))).flatMap((group) => group.unions);
    return [...byKey.get(key)!, ...shared];
  };
  const ascii = Array.from({ length: ASCII_CHARACTERS }, (_unused, code) => unionsOf(String.fromCharCode(code)));
  const other = unionsOf(null);
  const beyondAscii = keptForOpenings((opening) => unionsOf(String.fromCodePoint(opening)), other);
  return { ascii, beyondAscii, other };
}

/**
 * `answer` for an opening character beyond ASCII, kept for up to OPENINGS_BEYOND_ASCII of them;
 * `otherwise` for any opening after that, so that a text of many scripts cannot grow the table.
 */
function keptForOpenings<T>(answer: (opening: number) => T, otherwise: T): (opening: number) => T {
  const byOpening = new Map<number, T>();
  return (opening) => {
    let found = byOpening.get(opening);
    if (found === undefined) {
      if (byOpening.size >= OPENINGS_BEYOND_ASCII) return otherwise;
      found = answer(opening);
      byOpening.set(opening, found);
    }
    return found;
  };
}
/**
 * The most characters beyond ASCII given unions of their own, as blocks open with them (`“`, `É`,
 * `—`); a block opening with any other is asked every pattern that may open with one. A block
 * opening with `“` (a fifth of the synthetic articles') was asked four unions of those, now one of
 * the wiki's `“…” redirects here` and its like: isBoilerplate over the 32,672 short blocks of the
 * 200 synthetic articles 17.7 against 18.7 ms.
 */
const OPENINGS_BEYOND_ASCII = 256;
/** A Unicode property in a pattern's source: `\p{L}`, `\P{Lu}`. */
const HOLDS_PROPERTY = /\\[pP]\{/;
const ASCII_CHARACTERS = 128;

/**
 * What an anchored pattern's match opens with: a pattern of one character that matches the
 * characters it may open with (in the pattern's own flags, so that cases fold alike), and whether
 * one beyond ASCII may be among them. Null when it may open with anything: not anchored (or
 * anchored at every line, by `m`), able to match nothing, or holding what openingCharacters does
 * not follow.
 */
export function openingOf(pattern: RegExp): { probe: RegExp; beyondAscii: boolean } | null {
  // With `m`, `^` also matches after every line break, so the match need not open the text.
  if (!pattern.source.startsWith('^') || pattern.flags.includes('m') || hasTopLevelAlternative(pattern.source)) return null;
  const atoms = openingCharacters(pattern.source.slice(1));
  if (atoms === null) return null;
  const caseFoldsBeyondAscii = pattern.flags.includes('i') && pattern.flags.includes('u');
  return { probe: new RegExp(`^(?:${atoms.join('|')})`, pattern.flags), beyondAscii: atoms.some((atom) => !isAsciiOnly(atom, caseFoldsBeyondAscii)) };
}

/**
 * A test of whether a text's first character may open a match of any of `patterns` (openingOf),
 * answered from a table for ASCII and from the probes for others, kept for up to
 * OPENINGS_BEYOND_ASCII characters (then true for any that one of the patterns may open with).
 * True for every text when one of the patterns may open with anything, or the text is empty.
 */
export function openingTest(patterns: RegExp[]): (text: string) => boolean {
  const openings = patterns.map(openingOf);
  if (openings.some((opening) => opening === null)) return () => true;
  const admits = (character: string) => openings.some((opening) => opening!.probe.test(character));
  const ascii = Array.from({ length: ASCII_CHARACTERS }, (_unused, code) => admits(String.fromCharCode(code)));
  const anyBeyondAscii = openings.some((opening) => opening!.beyondAscii);
  const beyondAscii = keptForOpenings((opening) => admits(String.fromCodePoint(opening)), true);
  return (text: string) => {
    const code = text.charCodeAt(0);
    if (code < ASCII_CHARACTERS) return ascii[code]!;
    // An empty text (NaN) has no first character.
    if (code !== code || !anyBeyondAscii) return code !== code;
    return beyondAscii(text.codePointAt(0)!);
  };
}

/**
 * Whether a one-character pattern matches ASCII characters only: a character of ASCII (a letter
 * only when cases do not fold Unicode's way, where `k` matches the kelvin sign and `s` the long s),
 * an escaped mark, `\d`, or a class of these. Anything else (`\p{Lu}`, `\s`, `.`, `[^…]`) may match
 * a character beyond ASCII.
 */
function isAsciiOnly(atom: string, caseFoldsBeyondAscii: boolean): boolean {
  const inside = atom.startsWith('[') ? atom.slice(1, -1) : atom;
  if (inside.startsWith('^') && atom.startsWith('[')) return false;
  const parts = inside.match(/\\[\s\S]|[\s\S]/g) ?? [];
  return atom !== '.' && parts.every((part) => (part.length === 2 ? part === '\\d' || /^\\[!-\/:-@[-`{-~]$/.test(part) : part.charCodeAt(0) < ASCII_CHARACTERS && !(caseFoldsBeyondAscii && /[A-Za-z]/.test(part))));
}

/**
 * The one-character patterns a pattern's match may open with (`p`, `[Bb]`, `\(`, `\p{Lu}`), read
 * from its source after the anchor: the first characters each alternative must or may match, up
 * to the first it must. Null when the match may be empty, or the source holds what this reading
 * does not follow (a reference back to a group). Lookarounds and `\b` match no character, so they
 * are passed over: what they forbid is still among the openings, which is safe, only dearer.
 */
function openingCharacters(source: string): string[] | null {
  const reader = { source, index: 0 };
  const opening = readAlternatives(reader);
  return opening.atoms !== null && !opening.optional && reader.index === source.length ? opening.atoms : null;
}

interface PatternReader {
  source: string;
  index: number;
}
/** The one-character patterns a part of a pattern may open with (null: any), and whether it may match nothing. */
interface Opening {
  atoms: string[] | null;
  optional: boolean;
}
const MATCHES_NOTHING: Opening = { atoms: [], optional: true };
const ANY_OPENING: Opening = { atoms: null, optional: true };

function readAlternatives(reader: PatternReader): Opening {
  let atoms: string[] | null = [];
  let optional = false;
  for (;;) {
    const alternative = readSequence(reader);
    atoms = atoms && alternative.atoms && [...atoms, ...alternative.atoms];
    optional ||= alternative.optional;
    if (reader.source[reader.index] !== '|') return { atoms, optional };
    reader.index += 1;
  }
}

function readSequence(reader: PatternReader): Opening {
  let atoms: string[] | null = [];
  let optional = true;
  while (reader.index < reader.source.length && reader.source[reader.index] !== '|' && reader.source[reader.index] !== ')') {
    const term = readTerm(reader);
    // Past the first character the sequence must match, the rest is read only to find its end.
    if (!optional) continue;
    atoms = atoms && term.atoms && [...atoms, ...term.atoms];
    optional = term.optional;
  }
  return { atoms, optional };
}

/** A group's opening: `(`, `(?:`, a lookaround's `(?=`, `(?!`, `(?<=`, `(?<!`, a named group's `(?<name>`. */
const GROUP_OPENING = /\((?:\?(?::|<?[=!]|<[A-Za-z_$][\w$]*>))?/y;
/** An escape: a property, a code, a control, a named reference, or one character. */
const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/y;
const QUANTIFIER = /(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/y;
const ASTRAL_CHARACTER = /[\uD800-\uDBFF][\uDC00-\uDFFF]/y;

/** One atom of a pattern and its quantifier. */
function readTerm(reader: PatternReader): Opening {
  const { source } = reader;
  const start = reader.index;
  let opening: Opening;
  if (source[start] === '(') {
    const prefix = readSticky(GROUP_OPENING, reader)[0];
    const inside = readAlternatives(reader);
    reader.index += 1;
    opening = /[=!]/.test(prefix) ? MATCHES_NOTHING : inside;
  } else if (source[start] === '[') {
    // `]` ends the class at once after `[` or `[^` (`[]` matches nothing, `[^]` anything).
    let end = source[start + 1] === '^' ? start + 2 : start + 1;
    while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
    reader.index = end + 1;
    opening = { atoms: [source.slice(start, end + 1)], optional: false };
  } else if (source[start] === '\\') {
    const escape = readSticky(ESCAPE, reader)[0];
    if (escape === '\\b' || escape === '\\B') opening = MATCHES_NOTHING;
    else opening = /^\\(?:[1-9]|k<)/.test(escape) ? ANY_OPENING : { atoms: [escape], optional: false };
  } else if (source[start] === '^' || source[start] === '$') {
    reader.index += 1;
    opening = MATCHES_NOTHING;
  } else {
    ASTRAL_CHARACTER.lastIndex = start;
    reader.index += ASTRAL_CHARACTER.test(source) ? 2 : 1;
    opening = { atoms: [source.slice(start, reader.index)], optional: false };
  }
  QUANTIFIER.lastIndex = reader.index;
  const quantifier = QUANTIFIER.exec(source);
  if (!quantifier) return opening;
  reader.index += quantifier[0].length;
  const least = quantifier[0][0] === '+' ? 1 : quantifier[1] !== undefined ? Number(quantifier[1]) : 0;
  return least === 0 ? { ...opening, optional: true } : opening;
}

function readSticky(pattern: RegExp, reader: PatternReader): RegExpExecArray {
  pattern.lastIndex = reader.index;
  const match = pattern.exec(reader.source)!;
  reader.index += match[0].length;
  return match;
}

/**
 * Anchored patterns whose every match holds a separator, `|`, `·` or `•` (each pattern's
 * `[|·•]` or `[·•|]` outside any optional part), asked with the name-led lines behind
 * NAME_LED_GUARD, whose `[@|·•»›>]` holds all three: nearly no block has one. In the unions by
 * opening, the two opening with any capital (BYLINE_AND_DATE, SECTION_OVER_BYLINE) made every
 * capitalised block read its first words against them and ask the Unicode-property union, which
 * the kicker's opening words (`Analysis`, `Opinion`, `Live`) also made blocks so opening ask. The
 * time inside isBoilerplate in the real text parse, 4 processes each: 18.3 against 15.4 ms a pass.
 */
export const SEPARATED_PATTERNS = [BYLINE_AND_DATE, SECTION_OVER_BYLINE, KICKER_OVER_BYLINE];
/** The patterns the unions by opening hold: the short block's and the wiki's notices, but those asked by a block's last character or behind NAME_LED_GUARD. */
export const UNITED_PATTERNS = [...SHORT_BLOCK_PATTERNS, WIKI_NOTICE].filter((pattern) => !BY_LAST_CHARACTER.some(([, guarded]) => guarded === pattern) && !SEPARATED_PATTERNS.includes(pattern));
const SHORT_BLOCK_UNIONS = unionsByOpening(UNITED_PATTERNS);
/** The unions of UNITED_PATTERNS a block is asked, by its first character. */
export function unionsByOpeningOf(text: string): RegExp[] {
  const opening = text.charCodeAt(0);
  if (opening < ASCII_CHARACTERS) return SHORT_BLOCK_UNIONS.ascii[opening]!;
  // An empty block (NaN) has no first character.
  return opening === opening ? SHORT_BLOCK_UNIONS.beyondAscii(text.codePointAt(0)!) : SHORT_BLOCK_UNIONS.other;
}

/** The jobs an author's note names its writer by (authorNote), in lower case. */
const WRITERS_JOBS = ['reporter', 'journalist', 'correspondent', 'writer', 'editor', 'columnist', 'contributor', 'photographer', 'photojournalist', 'producer', 'critic'];

/**
 * Lines that open with a name or a short item, anchored, tried only when the line holds what one
 * of them needs (NAME_LED_GUARD, one scan): tried at every capitalised line's first words, they
 * cost more than all the other anchored patterns together.
 */
const NAME_LED_PATTERNS: RegExp[] = [
  // A writer's handle: `Jane Doe is on X as @janedoe`, `Follow Jane Doe on X: @janedoe`.
  /^(?:(?:follow|find) )?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:is )?on (?:X|Twitter|Bluesky|Threads|Instagram|Mastodon|TikTok)(?: as| at|:)? ?@[\w.]+\.?$/u,
  // A site's menu or breadcrumbs copied as a line, three short items or more between separators:
  // `Home | News | Sport | Business`, `Home » News » Local` (not a headline's `NHS | The crisis in our A&E`,
  // nor a story's heading set with slashes, `Before / During / After`).
  /^\p{Lu}[\p{L}&'’.-]*(?: (?:&|\p{L}[\p{L}&'’.-]*)){0,2}(?: [|·•»›>] \p{Lu}[\p{L}&'’.-]*(?: (?:&|\p{L}[\p{L}&'’.-]*)){0,2}){2,}$/u,
  // A wire's byline, and a name over its wire: `By the Associated Press`, `Jane Doe, Associated
  // Press`, `Jane Doe | Reuters` (not `Jane Doe, 34`, nor `Tom Reid, NHS`).
  /^(?:[Bb]y the \p{Lu}[\p{L}'’ -]{1,40}\s(?:Press|News|Agency|Wire|Newswire|News Service)|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*[,|/]\s*(?:[Tt]he\s+)?(?:Associated Press|Canadian Press|Press Association|PA Media|Reuters|AFP|AP|Bloomberg(?: News)?|\p{Lu}[\p{L}-]+ (?:Press|News Agency|News Service|Newswire)))$/u,
  // An author's note under the story (authorNote): its job in lower case; in capitals below.
  authorNote(WRITERS_JOBS.join('|')),
];
/** The name-led lines and those that need a separator (SEPARATED_PATTERNS): one union, as all are anchored with flags `u`. */
const NAME_LED = onlyUnion([...NAME_LED_PATTERNS, ...SEPARATED_PATTERNS]);
function onlyUnion(patterns: RegExp[]): RegExp {
  const [union, ...others] = unions(patterns);
  if (others.length > 0) throw new Error('boilerplate: patterns of differing flags or anchoring make no one union');
  return union!;
}

/**
 * An author's note under the story: "Jane Doe is a senior reporter covering health for the
 * Ostbury Echo.", "Tom Reid is the Echo's political editor. Follow him …" (or its `Local
 * Democracy Reporter`, the job's name in capitals), "Kim Sato covers
 * transport for the Echo." Not a story's `former editor`, nor one `who broke the story`, nor
 * `Jane Doe is a nurse`. `jobs` is the alternation of the jobs' names as written.
 */
function authorNote(jobs: string): RegExp {
  return new RegExp(
    String.raw`^${FULL_NAME} (?:is (?:a|an|the)\b(?![^.!?]*\bformer\b)[^.!?"“”]{0,60}?\b(?:${jobs})|(?:covers|writes about) [\p{L}, &]{2,60}? (?:for|at) (?:the )?\p{Lu})(?![^.!?]*\b(?:who|whose|which|that)\b)(?!.*\b(?:said|says|told|tells|testified|admitted|denied|resigned|was (?:sacked|fired|arrested|charged))\b)[^"“”]{0,160}$`,
    'u',
  );
}
const WRITERS_JOBS_CAPITALISED = WRITERS_JOBS.map((job) => `${job[0]!.toUpperCase()}${job.slice(1)}`);
/**
 * The note with its job in capitals (`Local Democracy Reporter`), a pattern of its own, asked
 * only of a line holding such a word: written `[Rr]eporter` in NAME_LED, the union ran four times
 * slower on every line its guard let through (V8 left it unoptimised), though few hold one.
 */
const AUTHOR_NOTE_JOB_CAPITALISED = authorNote(WRITERS_JOBS_CAPITALISED.join('|'));
export const NAME_LED_GUARD = /[@|·•»›>]|\b(?:is (?:a|an|the)|covers|writes about|Press|News|Agency|Wire|Reuters|AFP|AP|Bloomberg|PA Media)\b/;
/** NAME_LED_GUARD as sequences of characters (holdsAnyFurnitureGuard): a mark, or a word of its own. */
const NAME_LED_GUARD_SEQUENCES: SequencePlace[][] = [
  ...[...'@|·•»›>'].map((mark) => [mark]),
  ...['is a', 'is an', 'is the', 'covers', 'writes about', 'Press', 'News', 'Agency', 'Wire', 'Reuters', 'AFP', 'AP', 'Bloomberg', 'PA Media'].map(asWord),
];
/**
 * Whether a block's first character may open a name-led line (a capital, `f` of `follow`, `b` of
 * `by the`) or a separated one (the kicker's `analysis`, `live`, … in either case): a block opening otherwise (a quotation mark, a digit) is not scanned for
 * NAME_LED_GUARD's words, the dearest of the furniture's scans once the guard words went to a
 * table (4.9 of the 17.7 ms isBoilerplate took over the 32,672 short blocks of the 200 synthetic
 * articles, a fifth of which open with `“`).
 */
const mayOpenNameLed = openingTest([NAME_LED, AUTHOR_NOTE_JOB_CAPITALISED]);
/**
 * Whether a line's first character may open a byline with `By` (`By`, `Edited by`, …), asked
 * before BY_AUTHOR as mayOpenNameLed is (NAME_AND_DESK goes by its last character, `t` or `r`:
 * BY_LAST_CHARACTER), so that nearly every line is answered from a table without entering the
 * patterns' code. Its readers ask it of a line here and there among the parse's other work, where
 * the profile gave isBylineLine 4-10 ms for 10 passes over the 100 synthetic text articles (800
 * lines a pass) against 0.06 ms for the same lines in a loop of their own; the gain is below what
 * a pass's CPU time resolves on this machine. The same test before COMMENTS_HEADING (flags `iu`)
 * made a fresh process's second pass over the text articles dearer, 327 against 287 ms of CPU
 * (medians of 5 processes), and was left out.
 */
const opensByAuthor = openingTest([BY_AUTHOR]);


/**
 * Whether a pattern's source has a `|` outside every group and character class: `^a|b` is not
 * anchored as a whole, while `^(a|b)` and `^a[:|]` are.
 */
export function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') index += 1;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
}

/** Appeals that mark a block of any length: a donation box's body runs longer than a credit line. */
const ANY_BLOCK_PATTERN =
  /\bwe ask for your permission before anything is loaded\b|\btax-deductible (gift|donation)\b|\breader-(funded|supported)\b|\bin your inbox (every|each)\b|\bwe (and our partners )?use cookies\b|\bsmall favou?r to ask\b|\bunlike many (others|other (news )?(organisations|organizations|outlets)), we\b|\bsupport us with a (single|one-off|monthly|regular|small) (contribution|donation|gift)\b|\b(delivered )?straight to your inbox\b|\b(this|our) (site|website) uses cookies\b|\bby continuing to (browse|use)\b[^.]{0,40}\bcookies\b|\bwe (may|might|could|can) (earn|receive|get|make) (a |an )?(small )?(affiliate )?commission\b|^this (article|page|post|story) (contains|includes|may contain) affiliate links\b/i;

/**
 * Patterns that can match anywhere in a short block, each behind words or characters it needs
 * (lower case), so the many blocks without any are not scanned for it: scanned at every position,
 * these cost more than all the anchored patterns together.
 */
const GUARDED_PATTERNS: Array<[guards: string[], pattern: RegExp]> = [
  // Credits set as labels and names: `Words: Tom Reid`, `Author: Amy Lee`, `Reporting: Kim Sato. Editing: Tom Reid.`
  [[':'], new RegExp(String.raw`^${CREDIT_LABEL}:\s*${CREDIT_NAMES}(?:\s*[.;|·•]\s*${CREDIT_LABEL}:\s*${CREDIT_NAMES})*\.?$`, 'u')],
  // Image credits: "Jane Doe / Flickr", "Getty Images", a caption's credit at its end ("… at the gate. Picture: Supplied").
  [['/'], /\/\s*(Flickr|Getty( Images)?|Shutterstock|Reuters|AP|AFP|Wikimedia( Commons)?|Unsplash|Alamy|iStock|Creative Commons)\b/i],
  [['getty images', 'shutterstock', 'ap photo'], /\b(Getty Images|Shutterstock|AP Photo)\b/i],
  // A caption closed by its credit in brackets: "… outside the clerk's office on Dec. 3. (Ledger photo by Sam Ortega)".
  [['photo by', 'photograph by', 'picture by'], /\((?:[\p{L}.'’ -]+ )?(photo|photograph|picture)s? by [^()]{2,60}\)\s*$/iu],
  [[':'], /\b(photo|photograph|picture|image|credit)s?\s*:\s*\S+(\s+\S+){0,4}$/i],
  // Contributor and contact lines: "Reach her at mkessler@example.org".
  [['contributed'], /\bcontributed (to )?(this )?(report|story|article|reporting)\b/i],
  [['@'], /\b(reach|contact|email|write to|tips?)\b[^.]{0,60}\b[\w.+-]+@[\w-]+\.\w/i],
  // A byline with its stamp and reading time: "Rachel Doyle … Published … 5:00am 9 min", "6 min read".
  [['min'], /\b(published|updated)\b.*\b\d{1,2}\s*min(ute)?s?( read)?$|\b\d{1,2}\s*min(ute)?s? read$/i],
  // An author's page after their bio: "… covers health for The Times. More about Maren Oduya".
  [['more about'], /\.\s+[Mm]ore about \p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u],
  // A helpline's number under a hard story: "… can be contacted on 0800 319 6789".
  [['contacted'], /\bcan be contacted\b[^.!?\d]{0,40}?\s+((on|at)\s+)?(free ?phone\s+)?\+?\d[\d ]{6,}/i],
  // A contact line closing an author's note: "… Reach him at 570-555-0192." (the number ends the block).
  [['reach '], /(^|[.!?]\s+)(you can |to )?[Rr]each (him|her|them|me|us) (at|on)\s+\+?\(?\d[\d ()-]{6,}\d\.?\s*$/],
  // Donation boxes and e-mail newsletters.
  [['if you can'], /\bif you can (spare|afford|chip in)\b/i],
  [['unsubscribe'], /\bunsubscribe\b.{0,60}\b(preferences|update your|manage)\b|\b(preferences|update your|manage)\b.{0,60}\bunsubscribe\b|\byou can unsubscribe (?:at any time|anytime)\b/i],
  // A sign-up box's pitch closed by its call: `Our free morning briefing lands at 7am. Sign up to get the island’s news first.`
  [['sign up'], /(?:^|[.!?]\s+)Sign up (?:now |today |here )?(?:to (?:get|receive|hear|have|be)|for (?:our|free|updates|alerts|e-?mails?|newsletters?|the [\p{L}'’ ]{0,30}(?:newsletter|briefing|bulletin|digest|alerts|updates|e-?mail)))\b[^.!?,"“”]{0,80}[.!]?$/u],
  [['patreon'], /\bPatreon\b/i],
  // A nonprofit newsroom's footer: "Clearwater Investigations is a 501(c)(3) nonprofit. EIN 84-3320018."
  [['501(c)'], /\bis an? [^.]{0,40}\b501\(c\)\(3\)\s+(non-?profit|organi[sz]ation|charity)\b[^"“”]*(\bEIN\b|\b(support|donations? to|donate to) (us|our)\b)/i],
  // A newsroom's appeal in a box: "The Ledger depends on readers like you", "… for as little as $5 a month".
  [['like you', 'as little as'], /\b(depends|relies) on (readers|members|supporters|subscribers) like you\b|\b(become a (member|subscriber|supporter)|subscribe|join|donate)\b[^.!?"“”]{0,40}\bfor as little as [£$€]\d/i],
  [['inbox'], /\bdelivered (straight )?to your inbox\b/i],
  // A price in an appeal, `from just £10` or `Join today from £5`; not `Fares rose from £2 to £3`,
  // nor `Membership now costs from £5 a week`.
  [['small favo', 'funded by readers', 'from ', 'make a '], /\b(small favou?r to ask|funded by readers like you|from just [£$€]\d+|make a (one-off |monthly )?(contribution|donation))\b|^(join|subscribe|donate|support us|become a (member|supporter))\b[^.!?]{0,60}\bfrom [£$€]\d+/i],
  [['subscribe '], /\bsubscribe (for free|now|today|to (receive|get) (new|our|more))\b/i],
  // Licence notices.
  [['creative commons'], /creative commons/i],
  // A credit's licence: "Photo: Sasha Bellweather / CC BY-SA 4.0" (not `releases its images under CC BY 4.0`).
  [['cc by'], /(\/|\b(photo|image|picture|illustration|credit)s?\s*:)[^.!?]{0,80}\bCC BY(-(SA|ND|NC))*( \d\.\d)?[.)]?\s*$/i],
  [['all rights reserved'], /all rights reserved/i],
  [['©'], /©\s*\d{4}/],
  // Podcast apps and sponsor codes: "Listen on Apple Podcasts, Spotify, or wherever you get your podcasts", "use code DEEP for 20% off".
  [['podcasts'], /\bwherever you (get|listen to) your podcasts[.!]?$|^listen (on|via) (apple podcasts|spotify)\b/i],
  [['code'], /\buse (promo |discount )?code \S+ (for|to get) \d+% off( your (first )?(order|purchase|box|month|subscription))?[.!]?$/i],
  // A live blog's controls: "Please turn on JavaScript to use this feature".
  [['javascript'], /\bplease (turn on|enable) javascript\b/i],
  // A wiki's hatnote on a quoted title: `“The Bridge” redirects here. For the film, see …`. Anchored,
  // but here behind its words, which every match holds in either case: among the unions by
  // opening it was the only pattern a block opening with `“` or `"` was asked (a fifth of the
  // synthetic articles' short blocks: a story's quotations), now none.
  [['redirects here'], /^["“][^"“”]{1,60}["”] redirects here\b.{0,120}$/i],
];
/**
 * Words one of ANY_BLOCK_PATTERN's appeals needs: a long block without any of them is not scanned
 * for it (most blocks are story paragraphs).
 */
const ANY_BLOCK_GUARD_WORDS = ['favor', 'favour', 'unlike', 'support', 'inbox', 'permission', 'deductible', 'reader-', 'cookies', 'commission', 'affiliate'];
const ANY_BLOCK_GUARD = new RegExp(ANY_BLOCK_GUARD_WORDS.join('|'), 'i');

function isAppeal(text: string): boolean {
  return ANY_BLOCK_GUARD.test(text) && ANY_BLOCK_PATTERN.test(text);
}

/**
 * Any guard of GUARDED_PATTERNS, found in one scan: most blocks have none, and asking each guard
 * in turn cost more than all the anchored patterns together.
 */
const ANY_GUARD_WORDS = [...new Set(GUARDED_PATTERNS.flatMap(([guards]) => guards))];
const ANY_GUARD = new RegExp(ANY_GUARD_WORDS.map((guard) => guard.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

function isGuardedFurniture(text: string): boolean {
  if (!ANY_GUARD.test(text)) return false;
  const lower = text.toLowerCase();
  return GUARDED_PATTERNS.some(([guards, pattern]) => guards.some((guard) => lower.includes(guard)) && pattern.test(text));
}

/**
 * A helpline's number said to the reader: `Call 0800 …`, `For help, call …`, `… or call …`,
 * `please call …`, `you can call …`, `Samaritans can be reached on 116 123`.
 */
const HELPLINE_NUMBER = String.raw`(\+?\d[\d ]{6,}|116 ?\d{3}\b|988\b|1?-?\d{3}-\d{3}-\d{4}\b)`;
const HELPLINE = new RegExp(
  String.raw`\bcan be reached\s+((on|at)\s+)?${HELPLINE_NUMBER}|(^|[.!?:;,(–—-]\s*|\b(or|please|you can|you may|then)\s+|^(for|if|to)\b[^.!?]{0,80}?\s)call( or text)?( them| us)?\s+((on|at)\s+)?${HELPLINE_NUMBER}`,
  'i',
);
/**
 * The same with whom to call: `call the Samaritans on 116 123`, `Call the National Domestic Abuse
 * Helpline on …`. A name (capitalised) and no reported talk before it (`:`, a dash, a bracket):
 * `Call volumes to the Samaritans on 116 123 doubled`, `the messages ended – call the driver on …` are a story's.
 */
const NAMED_HELPLINE = new RegExp(
  String.raw`(^|[.!?;,]\s*|\b(?:or|please|you can|you may|then)\s+|^(?:[Ff]or|[Ii]f|[Tt]o)\b[^.!?]{0,80}?\s)[Cc]all(?: or text)? (?:the )?\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|for|and|&)){0,5}? (?:on|at) (?:free ?phone )?${HELPLINE_NUMBER}`,
  'u',
);
/**
 * A support service giving its number, with no call said to the reader: `StepChange offers free
 * advice on 0800 …`, `Al-Anon's confidential helpline is 0800 …`, `The Silver Line is free on
 * 0800 …`, `Talk Suicide is available on …`, `Young people can call Childline free on …`.
 */
const SERVICE_LINE = new RegExp(
  [
    String.raw`\b(?:offers?|gives?|provides?)\b[^.!?\d]{0,60}?\b(?:support|advice|help|counsell?ing|a listening ear)\b[^.!?]{0,40}?\bon\s+(?:free ?phone\s+)?${HELPLINE_NUMBER}`,
    String.raw`\b(?:helpline|hotline|lifeline|infoline|(?:support|advice|crisis|help|text) line)\b[^.!?\d]{0,40}?\bis\s+(?:(?:open|free|available)\b[^.!?\d]{0,30}?\s+)?(?:(?:on|at)\s+)?(?:free ?phone\s+)?${HELPLINE_NUMBER}`,
    String.raw`\bis (?:free|open|available)\b[^.!?]{0,40}?\s+(?:on|at)\s+(?:free ?phone\s+)?${HELPLINE_NUMBER}`,
    String.raw`\bcan (?:call|contact|ring)\s+(?:the\s+)?\p{Lu}[^.!?\d]{0,60}?\s+(?:free\s+)?(?:on|at)\s+(?:free ?phone\s+)?${HELPLINE_NUMBER}`,
  ].join('|'),
  'u',
);
/**
 * A text line's keyword and short code said to the reader: `Text SHOUT to 85258`, `or text HOME to
 * 741741`. The keyword in capitals, the code five or six digits: `text the landlord on …` is no
 * helpline's.
 */
const TEXT_HELPLINE = /(?:^|[.!?:;,(–—-]\s*|\b(?:or|please|you can|you may|then)\s+|^(?:[Ff]or|[Ii]f|[Tt]o)\b[^.!?]{0,80}?\s)(?:[Tt]ext|TEXT)\s+(?:the word\s+)?["“']?[A-Z]{2,}["”']?\s+to\s+\d{5,6}\b/;
const QUOTED_KEYWORD = /\b([Tt]ext|TEXT) ["“']([A-Z]{2,})["”'] to (?=\d{5,6}\b)/g;
/**
 * What makes the same words part of a story: a quotation, or someone's words told (`Officers urge
 * anyone … or call 0800 …`, `a text that reads: Call 0800 …`, `Its slogan, Call 0800 …`).
 */
const TOLD_WORDS = /["“”]|\b(say|says|said|tell|tells|told|reads?|urged?|urges|asks?|asked|appeals?|pleas?|begs?|begged|slogan|voicemail|letters?|leaflets?|added|adds|heard|wrote|writes|warned|warns|explained|according to)\b/i;

/** A helpline line: never a timeline's entry (it opens with its date), nor words told by someone, nor a story's paragraph. */
function isHelpline(block: string): boolean {
  // Asked before the keyword's marks go, which stand next to no figure: most blocks have no number.
  if (!HELPLINE_NUMBER_GUARD.test(block)) return false;
  // A text line's keyword in quotation marks (`text “SHOUT” to 85258`) is no one's words.
  const text = block.replace(QUOTED_KEYWORD, '$1 $2 to ');
  if (!HELPLINE_WORDS.test(text) || TOLD_WORDS.test(text) || parseLeadingDate(text)) return false;
  const call = HELPLINE.exec(text) ?? NAMED_HELPLINE.exec(text) ?? TEXT_HELPLINE.exec(text);
  const number = call ?? SERVICE_LINE.exec(text);
  if (!number) return false;
  // A call's match opens with what precedes `call` (`. Call …`): the number's sentence starts at
  // `call`; a service's at its match.
  const numberAt = call ? call.index + call[0].search(/call|reached|text/i) : number.index;
  const leadIn = sentencesBefore(text, numberAt);
  if (STORY_BEFORE_NUMBER.test(storyPart(leadIn))) return false;
  // The number's own sentence tells a story after a call by its time only (`If you were on the
  // 07:42 on Monday, call …`): `If this story has affected you, call …` is the reader's case.
  if (call) return !STORY_TIME.test(text.slice(leadIn.length, numberAt));
  // With no call said to the reader, nothing in the block may tell a story: not its own sentence
  // (`Ofcom fined the firm because its line is free on …`), read through the number so that
  // `Those affected can call …` is no event, nor what follows.
  const numberEnd = number.index + number[0].length;
  return !STORY_BEFORE_NUMBER.test(text.slice(leadIn.length, numberEnd)) && !tellsMoreAfter(text.slice(numberEnd));
}

/**
 * What every number of HELPLINE_NUMBER and TEXT_HELPLINE holds (seven digits and spaces, a short
 * code, 116 …, 988, 1-800-…), and a word one of the patterns needs: most blocks have neither, and
 * are not read further.
 */
const HELPLINE_NUMBER_GUARD = /\d[\d ]{6}|\d{5}|\b(?:116|988)\b|\d-\d{3}-/;
/** HELPLINE_NUMBER_GUARD as sequences of characters (holdsAnyFurnitureGuard), alternative by alternative. */
const DIGIT = '0123456789';
const HELPLINE_NUMBER_SEQUENCES: SequencePlace[][] = [
  [DIGIT, ...Array<string>(6).fill(`${DIGIT} `)],
  Array<string>(5).fill(DIGIT),
  asWord('116'),
  asWord('988'),
  [DIGIT, '-', DIGIT, DIGIT, DIGIT, '-'],
];
const HELPLINE_WORDS = /call|reached|text|offer|give|provide|line|is (?:free|open|available)|can (?:contact|ring)/i;

/**
 * Whether what follows a service's number goes on with a story: its sentence runs on (`…, yet
 * 40,000 calls went unanswered`, `…, the HSE announced`), or a later sentence tells what
 * happened. A service's line ends at its number or soon after (`; calls won't show on the phone bill`).
 */
function tellsMoreAfter(rest: string): boolean {
  const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
  return (sentenceEnd === -1 ? rest.length : sentenceEnd) > SERVICE_LINE_TAIL || STORY_BEFORE_NUMBER.test(rest);
}
/** The most a service's line says after its number, in characters. */
const SERVICE_LINE_TAIL = 40;

/**
 * What a lead-in says of the story: without the page's own stamp (`This article was amended on 12
 * May 2024.`) or a service's founding (`Childline was launched in 1986`), which read as events.
 */
function storyPart(leadIn: string): string {
  return leadIn.replace(PAGE_SENTENCE, ' ').replace(FOUNDING, ' ');
}
const PAGE_SENTENCE = /(?:^|(?<=[.!?]\s))(?:[Tt]his|[Tt]he) (?:article|story|piece|page|report|interview|feature|post)\b[^.!?]*[.!?]|(?:^|(?<=[.!?]\s))Editor['’]s note:[^.!?]*[.!?]/g;
const FOUNDING = /\b(?:(?:was|were|has been|have been)\s+)?(?:founded|launched|established|set up|formed|created)\b[^.!?]{0,40}?\b(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b|\bsince (?:it|they) (?:was|were) (?:founded|launched|established|set up|formed|created)\b/g;

/** Lower-case alternatives that may also open a sentence: `on|in` gives `[Oo]n|[Ii]n`. */
const anyCase = (alternatives: string) => alternatives.replace(/(^|\|)([a-z])/g, (_, bar: string, letter: string) => `${bar}[${letter}${letter.toUpperCase()}]`);
const DAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * What only a story says before its number: when something happened or happens (`closed in
 * March`, `on Saturday night`, `from 1 June`, `last year`, `in 1962`), or that it happened, has
 * happened or was done (`Thieves stole`, `has closed`, `was jailed`). A helpline's lead-in speaks
 * of always (`round the clock`, `24 hours a day`, `Monday to Friday`, `on Saturdays`), of the
 * page or of the reader. A number alone (`116 123`) says neither: local, freephone and national
 * numbers serve stories and helplines alike. A charity's history told as events (`has answered 5
 * million calls since 2010`, `Childline counselled 60,000 children`) reads as a story too; only
 * its founding is set aside (storyPart).
 */
const STORY_TIME = new RegExp(
  [
    // Not after a ratio: `1 in 2000` is no year.
    `(?<!\\b(?:\\d+|[Oo]ne)\\s+)\\b(?:${anyCase('(?:the )?(?:end|start|beginning|middle) of|on|from|since|until|till|by|in|before|after|during|over|early|late|mid-?')})\\s+(?:the\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}\\b|(?:1[89]|20)\\d\\d\\b(?![ -]?\\d)|${DAY_NAME}\\b(?!\\s*(?:to|-|–|through|and)\\s+${DAY_NAME}))`,
    `\\b(?:${anyCase('last|next|this|earlier this|later this')})\\s+(?:${DAY_NAME}|year|month|week|weekend|spring|summer|autumn|winter)\\b`,
    `\\b${DAY_NAME}\\s+(?:morning|afternoon|evening|night)\\b`,
    // A date without a preposition: `Dec. 3`, `9 June`, `02/06/2025`, `on the 14th`.
    `\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\b|\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b|\\b[Oo]n\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b`,
    `\\b(?:${anyCase('yesterday|tonight|tomorrow')})\\b`,
  ].join('|'),
  'u',
);
/**
 * A sentence that tells what happened in the simple past: `Thieves stole lead`, `The council
 * scrapped the night bus`. Not the service's own (`We answered`, `Our volunteers answered`), not a
 * participle after a linking verb (`The helpline is closed`), nor a relative clause's (`Men who
 * experienced abuse can call …`), nor one by, to or with someone or before a modal verb
 * (`Anyone affected by`, `Founded by bereaved parents`, `Those affected can call`), nor a
 * question to the reader (`Feeling isolated? Call …`).
 */
const PAST_TENSE = '(?:[a-z]{3,}ed|stole|took|broke|fell|left|lost|shut|cut|hit|put|set|spread|sold|won|went|came|ran|found|made|burned|burnt|struck|caught|sank|drove|flew|threw|fled|hid|rose|spent|paid|began|stood|bought|brought|built|fought|held|kept|led|met|sent|shot|sought|swept|told|wrote)';
const LINKING_VERB = '(?:is|are|am|be|been|being|remains?|stays?|seems?|looks?|feels?|gets?)';
const PAST_EVENT = `(?:^|(?<=[.!?]\\s))(?![Ww]e\\s|[Oo]ur\\s)(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+)?(?:(?!${LINKING_VERB}\\s|(?:who|that|which|by|of|for|with|from)\\s)[A-Za-z][a-z]+\\s+){0,2}?${PAST_TENSE}\\b(?!\\s+(?:by|to|in|with|about|can|could|should|may|might|must|will|would)\\b)(?![^.!?]*\\?)`;
/** A story's time, or that something happened, has happened or was done. */
const STORY_BEFORE_NUMBER = new RegExp(
  [
    STORY_TIME.source,
    PAST_EVENT,
    // Not the reader's own case: `if you have missed a payment`, `someone you know was affected`.
    '(?<!\\b(?:you|You|know|[Aa]nyone who|[Tt]hose who|[Ee]veryone who)\\s+)\\b(?:has|have|had|was|were)\\s+(?:(?:been|now|just|since|already|finally|recently)\\s+)?(?:[a-z]+ed|run|found|made|taken|given|held|left|lost|shut|seen|hit|cut|put|sent|sold|built|done|gone|won|struck|stolen|broken|beaten|caught|brought|bought|shot|spent|paid|fallen|grown)\\b',
  ].join('|'),
  'u',
);

/** The whole sentences of `text` before the one that holds `index`. */
function sentencesBefore(text: string, index: number): string {
  let end = 0;
  for (const boundary of text.slice(0, index).matchAll(/[.!?]["”’)]?\s+/g)) end = boundary.index + boundary[0].length;
  return text.slice(0, end);
}

/** A copyright notice of any length: `Copyright 2024 Daily Clarion. All rights reserved. This material …`. */
const COPYRIGHT_NOTICE = /^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b.{0,100}?\ball rights reserved\b/i;

/**
 * An emoji or an arrow a site sets before its notices (`📲 Join our WhatsApp channel`, `👉 Read
 * also: …`, `► READ MORE`): the notice is read without it. Asked only of a block opening with a
 * character beyond Latin and punctuation.
 */
const LEADING_MARK = /^(?:[\p{Extended_Pictographic}►▶▸→⇒➡➜]\uFE0F?\s*)+(?=\S)/u;

export function isBoilerplate(text: string): boolean {
  if (text.charCodeAt(0) >= 0x2190) {
    const mark = LEADING_MARK.exec(text);
    if (mark) text = text.slice(mark[0].length);
  }
  if (text.length > SHORT) return isAppeal(text) || COPYRIGHT_NOTICE.test(text) || WIKI_NOTICE.test(text);
  // Nearly every short block holds no guard at all: asked in one reading, it is asked only the
  // patterns by its first and last characters.
  if (!holdsAnyFurnitureGuard(text)) return isFurnitureByEnds(text);
  if (!holdsAnyUnanchoredGuard(text)) return isAnchoredFurniture(text);
  return isAppeal(text) || isAnchoredFurniture(text) || isGuardedFurniture(text) || isHelpline(text);
}

/**
 * Whether a short block holds a guard of any furniture test but the patterns by its first and
 * last characters: a guard of holdsAnyUnanchoredGuard's (its words and numbers) or NAME_LED_GUARD.
 * Read in one pass of a table (sequenceFinder) instead of three: the guard words' table, then
 * HELPLINE_NUMBER_GUARD and NAME_LED_GUARD over every line again. The three guards over the 16,314
 * lines a pass over the 100 synthetic text articles asks, in a loop: 5.7 against 2.4 ms;
 * isBoilerplate over them 7.4 against 5.3 ms, and over the 16,058 blocks of the HTML pass 7.6
 * against 5.4 ms (least CPU of 30 rounds, 3 processes each).
 */
export const holdsAnyFurnitureGuard = sequenceFinder([...[...ANY_BLOCK_GUARD_WORDS, ...ANY_GUARD_WORDS].map(caseless), ...HELPLINE_NUMBER_SEQUENCES, ...NAME_LED_GUARD_SEQUENCES]);

/**
 * Whether a short block holds a guard of isAppeal, isGuardedFurniture or isHelpline: nearly every
 * short block holds none. The words of the first two in one pass of a table (literalFinder), the
 * numbers after: one regular expression of all three (`favou?r|unlike|…|:|@|…|\d{5}|…`, with `i`)
 * cost twice as much a block (tried on the 32,672 short blocks of the 200 synthetic articles,
 * 15.2 ms against 6.6 ms).
 */
export function holdsAnyUnanchoredGuard(text: string): boolean {
  return holdsGuardWord(text) || HELPLINE_NUMBER_GUARD.test(text);
}
const holdsGuardWord = literalFinder([...ANY_BLOCK_GUARD_WORDS, ...ANY_GUARD_WORDS]);

/** A short block that the anchored patterns, or the name-led ones, mark as furniture. */
function isAnchoredFurniture(text: string): boolean {
  return isFurnitureByEnds(text) || (mayOpenNameLed(text) && NAME_LED_GUARD.test(text) && (NAME_LED.test(text) || (WRITERS_JOBS_CAPITALISED.some((job) => text.includes(job)) && AUTHOR_NOTE_JOB_CAPITALISED.test(text))));
}

/** A short block that the anchored patterns asked by its first character (the unions) or by its last mark as furniture. */
function isFurnitureByEnds(text: string): boolean {
  for (const union of unionsByOpeningOf(text)) if (union.test(text)) return true;
  for (const pattern of patternsByLastCharacterOf(text)) if (pattern.test(text)) return true;
  return false;
}

/**
 * A label standing alone over the words it labels: `Update, 3 May:`, `Update (3 May):`, `UPDATE:`,
 * `Editor's note:`, `Correction:`. Not a live blog's time stamp (`Update 11:42:`), which starts an
 * entry of its own (no colon inside the label's date).
 */
const LABEL_ALONE = /^(?:update[sd]?|editor['’]?s['’]? note|correction|clarification|note)(?:\s*[,(–—-]?\s*[^.!?:()]{1,30}\)?)?\s*:$|^update[sd]?$/i;

/**
 * A wire's credit closing its story's last paragraph (`… begin in May. (Reporting by Jane Doe in
 * Ostbury; Editing by Tom Reid)`): no words of the paragraph. Asked only of a block ending in `)`.
 */
const TRAILING_CREDIT = /(?<=[.!?"”’])\s*\((?:additional )?(?:reporting|writing|editing|compiled|written) by [^()]{2,200}\)$/i;
function withoutTrailingCredit(block: Block): Block {
  if (!block.text.endsWith(')') || !block.text.includes(' by ')) return block;
  const credit = TRAILING_CREDIT.exec(block.text);
  return credit ? { ...block, text: block.text.slice(0, credit.index) } : block;
}

/**
 * Labels standing alone joined to the paragraph under them (`Update, 3 May:` / `The council has
 * reversed …`): the update's words are the story, the label no passage of its own. Joined, a
 * correction's note (`Correction:` / `An earlier version of this story …`) is furniture whole.
 * A wire's credit closing a paragraph goes on the way (withoutTrailingCredit).
 */
export function withLabelsJoined(blocks: Block[]): Block[] {
  const result: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = withoutTrailingCredit(blocks[index]!);
    // A paragraph only: a heading `Updates` or `Update, 3 May` is its section's.
    if (block.kind !== 'paragraph' || block.text.length > 50 || !LABEL_ALONE.test(block.text)) {
      result.push(block);
      continue;
    }
    const next = blocks[index + 1];
    if (next?.kind !== 'paragraph') continue;
    index += 1;
    const text = `${block.text} ${next.text}`;
    if (!isBoilerplate(text)) result.push({ ...next, text, gapBefore: block.gapBefore });
  }
  return result;
}

