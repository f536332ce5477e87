/**
 * Dates as timelines write them: `Jun 16`, `June 16`, `Sept. 5`, `Jun 16, 2016`, `16 June 2016`,
 * `2016-06-16`, `2016/06/16`, `6/16/2016`, `16.6.2016`, `Monday, June 16, 2016`, month-only
 * `June 2016`, `Early June 2016` or, standing alone, `Mid-October`, year-only `Spring 2020` or `Late 2019`, each with an optional
 * time of day. A date either stands as a block of its own or opens a paragraph before a separator
 * (`May 4, 2021 — …`, `May 4, 2021: …`, `2014: …`, `2014–2016: …`); a full date also opens a
 * sentence the entry keeps whole (`On May 4, 2021, the council …`). Times of day alone stamp a
 * live blog's entries (parseLeadingTime).
 */
import { OPENS_LOWER_CASE, OPENS_UPPER_CASE } from './letters.ts';
import { withoutCaptures } from './pattern-sources.ts';

export interface ParsedDate {
  /** Null for year-only dates (`2014: …`, `Spring 2020`). */
  month: number | null;
  /** Null for month-only and year-only dates. */
  day: number | null;
  /** Null when the article leaves the year out. */
  year: number | null;
  /** The date as written. */
  text: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** A weekday's name, whole or short: `Tuesday`, `Tues`, `Tue`, `Thurs`. */
const WEEKDAY_NAME = '(?:Mon|Tues?|Wed(?:nes)?|Weds|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
const WEEKDAY = `(?:${WEEKDAY_NAME}\\.?,?\\s+)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** 1000–2199: a history's full dates and year labels too (`19 August 1745`, `1296:`). */
const YEAR = '((?:1\\d|20|21)\\d{2})';
/**
 * A second day after a dash (`June 16–18`, AP's `Aug. 30-Sept. 2`, `Between 3 and 5 June`, a
 * night's `4/5 March`, `May 10 & 11`, `From the 20th to the 22nd of April`) belongs to the same
 * date: keep the first.
 */
const DAY_RANGE = `(?:(?:\\s*[-–&]\\s*|/|\\s+(?:to|until|through|thru|and)\\s+)(?:${MONTH.replace('(', '(?:')}\\s+|the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?!\\d|[:.]\\d|\\s*[ap]\\.?m\\b))?`;
/** `Between 3 and 5 June`, `From May to July 2020`: a range said in words, dated by its first day. */
const BETWEEN = '(?:(?:between|from)\\s+)?';
/**
 * A part of a month: `Early June 2016`, `mid-June 2016`, `the end of June 2016`, and a week of it
 * (`The first week of March 2020`, `2nd week of June`, `the last weekend of May`), dated by the month.
 */
const PART_OF_MONTH =
  '(?:(?:early|mid|late|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of|(?:the\\s+)?(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+(?:week(?:end)?|fortnight|days)\\s+of)[\\s-]+)?';
/** The seasons' names, which a part of a year may be. */
const SEASON_NAMES = '(?:spring|summer|autumn|fall|winter)';
/**
 * A part of a year, which names no month: `Spring 2020`, `Summer of 2020`, `Mid-2019`, `Late 2019`,
 * and a part of a season or quarter (`Early autumn 2023`, `Late Q4 2022`).
 */
const PART_OF_YEAR =
  `(?:(?:early|mid|late)[\\s-]+(?=(?:${SEASON_NAMES}|q[1-4])\\b))?(?:early|mid|late|spring|summer|autumn|fall|winter|q[1-4]|h[12]|(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:quarter|half)|(?:the\\s+)?(?:end|beginning|start|middle)(?:\\s+of)?)(?:\\s+of)?[\\s-]+`;

/** A day written as an ordinal word: `first`, `twenty-first`, `thirtieth`. */
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_WORD = `((?:(?:twenty|thirty)[\\s-])?(?:${ORDINAL_UNITS.join('|')})|${ORDINAL_TEENS.join('|')}|twentieth|thirtieth)`;

type DateFields = Omit<ParsedDate, 'text'>;

/**
 * A date's fields with its text, written out. Spread with the text the fields lack (`{ ...date,
 * text }`), every date got a hidden class of its own in V8 (Node 20): about a microsecond each,
 * and every read of a date's fields after it a megamorphic one.
 */
function withText(date: DateFields, text: string): ParsedDate {
  return { month: date.month, day: date.day, year: date.year, text };
}

type DatePattern = { regex: string; read: (m: RegExpExecArray) => DateFields };

/** `The first of May`, `the twenty-first of June 2021`, `Fourteenth July`: a day written as an ordinal word. */
const ORDINAL_DATE: DatePattern = {
  regex: `(?:the\\s+)?${ORDINAL_WORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
  read: (m) => ({ day: ordinalDay(m[1]!), month: isMonthWord(m[2]!) ? monthNumber(m[2]!) : 0, year: m[3] ? Number(m[3]) : null }),
};

/** `June the thirtieth`, `July the 2nd`: the month, then its day after `the`. */
const MONTH_THE_DAY: DatePattern = {
  regex: `${MONTH}\\s+the\\s+(?:${ORDINAL_WORD}|${DAY})(?:,?\\s+${YEAR})?`,
  read: (m) => ({ month: isMonthWord(m[1]!) ? monthNumber(m[1]!) : 0, day: m[2] ? ordinalDay(m[2]) : Number(m[3]), year: m[4] ? Number(m[4]) : null }),
};

/** True when `second` is the last two figures of the year after `year`: `2019–20` is a season. */
export function isSeason(year: number, second: number): boolean {
  return second === (year + 1) % 100;
}

/**
 * `2019–20 season`, `2022/23`: a season across two years, dated by its first (the second is the
 * next year's figures). Else, written with a hyphen and nothing around it, an ISO month
 * (`2020-04`, as a table's first column writes it) when it cannot be a range of years.
 */
const SEASON_YEARS: DatePattern = {
  regex: `${YEAR}(\\s*[–/-]\\s*)(\\d{2})(?!\\d)(?:\\s+season)?`,
  read: (m) => {
    const [year, second] = [Number(m[1]), Number(m[3])];
    if (isSeason(year, second)) return { month: null, day: null, year };
    // An ISO month only where no range of years can be meant: `2020-04` (not `2001-05`, 2001 to
    // 2005, nor `1997-01`, 1997 to 2001).
    const month = m[2] === '-' && !m[0]!.endsWith('season') && second >= 1 && second <= 12 && year >= 2000 && second <= year % 100;
    return month ? { month: second, day: null, year } : { month: null, day: null, year: null };
  },
};

/**
 * A sporting season by its year or years, named so: `The 2023-24 season –`, `the 2022/23 campaign:`,
 * `2023 season –` (a summer sport's), `The 2021–2022 season:`, year-only by its first year.
 */
const SEASON_NAMED: DatePattern = {
  regex: `(?:the\\s+)?${YEAR}(?:\\s*[–/-]\\s*(?:\\d{4}|\\d{2})(?!\\d))?\\s+(?:season|campaign)`,
  read: (m) => ({ month: null, day: null, year: Number(m[1]) }),
};

/**
 * A football transfer window with its year: `Winter transfer window 2023 –`, `The summer window,
 * 2023 –` (year-only, as a season is), `January 2023 window:`, `The January transfer window 2024`
 * (that month), as a transfer saga dates its bids.
 */
const TRANSFER_WINDOW: DatePattern = {
  regex: `(?:the\\s+)?(?:(winter|summer)\\s+(?:transfer\\s+)?window,?\\s+${YEAR}|${MONTH}\\s+(?:(?:transfer\\s+)?window,?\\s+${YEAR}|${YEAR}\\s+(?:transfer\\s+)?window))`,
  read: (m) => (m[1] ? { month: null, day: null, year: Number(m[2]) } : { month: monthNumber(m[3]!), day: null, year: Number(m[4] ?? m[5]) }),
};

/** Short years: `Mar 15 '22`, `12th Sep '22`, `14 Mar 22`, and hyphens between (`12-Mar-2022`). */
const SHORT_YEAR = `['’]?(\\d{2})(?!\\d|[:.]\\d)`;
const WITH_SHORT_YEAR: DatePattern[] = [
  { regex: `${WEEKDAY}${MONTH}\\s+${DAY},?\\s+['’](\\d{2})(?!\\d)`, read: (m) => ({ month: monthNumber(m[1]!), day: Number(m[2]), year: fullYear(m[3]!) }) },
  { regex: `${WEEKDAY}(?:the\\s+)?${DAY}\\s+${MONTH},?\\s+${SHORT_YEAR}`, read: (m) => ({ month: monthNumber(m[2]!), day: Number(m[1]), year: fullYear(m[3]!) }) },
  {
    regex: `(\\d{1,2})-${MONTH}-(\\d{4}|\\d{2})(?!\\d)`,
    read: (m) => ({ month: monthNumber(m[2]!), day: Number(m[1]), year: fullYear(m[3]!) }),
  },
];

/** The full dates a sentence can open with (ON_DATE): ISO, month first, day first. */
const FULL_DATES: DatePattern[] = [
  // ISO `2016-06-16`, `2016/06/16`, and the year first in figures as East Asian pages write it in
  // English, one figure or two, dashed, slashed or dotted (`2023-5-2`, `2023/4/20`, `2023.4.8`,
  // Korea's `2023. 6. 1.`).
  {
    regex: `${YEAR}(?:[-/](\\d{1,2})[-/](\\d{1,2})|\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?!\\.\\d)\\.?)(?!\\d)`,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2] ?? m[4]), day: Number(m[3] ?? m[5]) }),
  },
  {
    regex: `${BETWEEN}${WEEKDAY}${MONTH}\\s+${DAY}${DAY_RANGE}(?:,?\\s+${YEAR})?`,
    read: (m) => ({ month: monthNumber(m[1]!), day: Number(m[2]), year: m[3] ? Number(m[3]) : null }),
  },
  {
    regex: `${BETWEEN}${WEEKDAY}(?:the\\s+)?${DAY}${DAY_RANGE}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
    read: (m) => ({ month: monthNumber(m[2]!), day: Number(m[1]), year: m[3] ? Number(m[3]) : null }),
  },
];

/** Between two months: `March–April`, `June to August`, `Between March and May`. */
const MONTH_RANGE_JOIN = '(?:\\s*[-–/]\\s*|\\s+(?:to|until|through|thru|and|into)\\s+)';

/**
 * `March–April 2020`, `June to August 2019`, `Between March and May 2021`, `August 2020 to January
 * 2021`: months given together, dated by the first (and by the year before, when it runs across
 * the turn of the year: `November–February 2021`).
 */
const MONTH_RANGE: DatePattern = {
  regex: `${BETWEEN}${PART_OF_MONTH}${MONTH}(?:,?\\s+${YEAR})?${MONTH_RANGE_JOIN}${PART_OF_MONTH}${MONTH},?\\s+${YEAR}`,
  read: (m) => {
    const [first, last, year] = [monthNumber(m[1]!), monthNumber(m[3]!), Number(m[4])];
    // `August 2020 to January 2021`: the first month's own year.
    if (m[2]) return { month: first, day: null, year: Number(m[2]) };
    return { month: first, day: null, year: first > last ? year - 1 : year };
  },
};

/** `On Monday, 11/03/2024, police arrived`, `Tue 14/03/2024 –`: a numeric date too, its order read as the article's (withSlashDatesDayFirst). */
const WEEKDAY_SLASH_DATE: DatePattern = {
  regex: `${WEEKDAY}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}(?![\\d/]))`,
  read: (m) => {
    const [first, second, year] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    const weekday = weekdayOf(m[0]!);
    // The weekday it names tells the order: 11 March 2024 was a Monday, 3 November a Sunday.
    // Only when one reading falls on it: 9 May and 5 September 2023 were both Tuesdays.
    const fits = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday;
    if (weekday !== null && first <= 12 && second <= 12 && fits(second, first) && !fits(first, second)) return { day: first, month: second, year };
    return dayAndMonth(first, second, year);
  },
};
/**
 * A quarter or half of a fiscal year, or of a year written short, as results are reported: `Q3
 * FY21`, `H2 FY2024`, `Q1 fiscal 2023`, `Q2'22`, the year first (`2023 Q2`, `2023-Q3`, `FY2023
 * Q4`), and analysts' `3Q21`, `1H 2021` (not `1h50`, a
 * French clock's time). Year-only, as `Q3 2021` is, by the year it is named for (as `FY2024` is),
 * its text as written. Unlike a fiscal year alone it may open a paragraph: results are told by
 * their quarter, seldom a forecast.
 */
const QUARTER_OF_YEAR: DatePattern = {
  regex: `(?:(?:Q[1-4]|H[12])\\s*(?:(?:FY|fiscal(?:\\s+year)?)\\s*(?:${YEAR}|(\\d{2}))|['’](\\d{2}))|[1-4]Q\\s?${YEAR}|[1-4]Q(\\d{2})|[12]H\\s?${YEAR}|(?:FY\\s?|fiscal\\s+)?${YEAR}[\\s-]?(?:Q[1-4]|H[12]))(?![\\d'’\\w])`,
  read: (m) => {
    const [fourFigures, twoFigures] = [m[1] ?? m[4] ?? m[6] ?? m[7], m[2] ?? m[3] ?? m[5]];
    return { month: null, day: null, year: fourFigures ? Number(fourFigures) : fullYear(twoFigures!) };
  },
};

/** Dotted `9.6.2016` is day first, as the countries that write it do. */
const DOTTED_DATE: DatePattern = { regex: `${WEEKDAY}(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`, read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) };
/** `6.3.`: the day and the month closed by a dot, without a year, as Central Europe writes it; only after `On` here (parseNumericDay reads it opening an entry). */
const DOTTED_DAY: DatePattern = { regex: `(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)`, read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: null }) };

/** The months in Roman numerals, in capitals: `IV` is April (a lower-case `iv` is no month here). */
const ROMAN_MONTHS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
/** The numerals of ROMAN_MONTHS, for the patterns that read a day before one. */
const ROMAN_MONTH_NUMERAL = 'XI{0,2}|IX|IV|VI{0,3}|I{1,3}';
/** `On 15.IV.2023, the dyke …`: a day with its month in Roman numerals (see ROMAN_MONTH_DATE), only after `On` here. */
const ROMAN_DATE: DatePattern = {
  regex: `(\\d{1,2})(?:\\.\\s?|\\s|-)(${ROMAN_MONTH_NUMERAL})(?:\\.\\s?|\\s|-)${YEAR}(?!\\d)`,
  read: (m) => ({ day: Number(m[1]), month: ROMAN_MONTHS[m[2]!] ?? 0, year: Number(m[3]) }),
};

const PATTERNS: DatePattern[] = [
  FULL_DATES[0]!,
  SEASON_YEARS,
  ...FULL_DATES.slice(1),
  { regex: `${PART_OF_MONTH}${MONTH},?\\s+${YEAR}`, read: (m) => ({ month: monthNumber(m[1]!), day: null, year: Number(m[2]) }) },
  // `May '23`, `Apr-2023`: a month with its year written short, as slides and spreadsheets do (not
  // `May 23`, a day).
  { regex: `${PART_OF_MONTH}${MONTH}(?:\\s?['’](\\d{2})|-${YEAR})(?!\\d)`, read: (m) => ({ month: monthNumber(m[1]!), day: null, year: m[2] ? fullYear(m[2]) : Number(m[3]) }) },
  MONTH_RANGE,
  // `2023 April 8`, `2023, Apr. 8`, `2023-Apr-08`: the year first, as chronologies, logs and
  // East Asian pages put into English write it (a range's first day, `2023 May 2–4`).
  {
    regex: `${YEAR}(?:,?\\s+|-)${MONTH}(?:\\s+|-)${DAY}(?!\\d)${DAY_RANGE}`,
    read: (m) => ({ year: Number(m[1]), month: monthNumber(m[2]!), day: Number(m[3]) }),
  },
  // `2023 March –`, `2023, May:`, `2024 Jan.` alone: the month of such a chronology, no day after it.
  { regex: `${YEAR},?\\s+${MONTH}(?![a-z]|\\s*\\d)`, read: (m) => ({ year: Number(m[1]), month: monthNumber(m[2]!), day: null }) },
  // Numeric `6/16/2015` is month first (US) unless the first number cannot be a month (`16/6/2015`).
  {
    regex: `(\\d{1,2})/(\\d{1,2})/${YEAR}`,
    read: (m) => dayAndMonth(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // `11-4-2023`, `4-11-2023`: figures joined by dashes, as the Netherlands and Scandinavia (day
  // first) and US forms (month first) write them, read in the article's order as slashes are; with
  // its four-figure year only, as `3-1-23` may be a score.
  {
    regex: `(\\d{1,2})-(\\d{1,2})-${YEAR}(?!\\d)`,
    read: (m) => dayAndMonth(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // `14/5/23`: a two-digit year, read as `date` and spreadsheets read it (00–68 this century).
  {
    regex: `(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])`,
    read: (m) => dayAndMonth(Number(m[1]), Number(m[2]), fullYear(m[3]!)),
  },
  // `Tue 14/03/2024 – …`: with its weekday, which may tell the figures' order.
  WEEKDAY_SLASH_DATE,
  ORDINAL_DATE,
  MONTH_THE_DAY,
  ...WITH_SHORT_YEAR,
  // `Easter Sunday 2023`, `Good Friday 2024`: the moveable feasts, with their year to place them.
  {
    regex: `(Good Friday|Easter(?:\\s+(?:Sunday|Day|Monday))?),?\\s+${YEAR}`,
    read: (m) => easterDate(m[1]!, Number(m[2])),
  },
  DOTTED_DATE,
  // `11.07.19`, with a short year: two figures each, as a version (`1.2.10`) is seldom written.
  { regex: `${WEEKDAY}(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])`, read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]!) }) },
  QUARTER_OF_YEAR,
  // `Winter 2019/20`: a season across the turn of a year is its first year's; so are two parts of
  // years together (`Late 2024/early 2025`, `Spring/summer 2023`, `Autumn 2019 to spring 2020`).
  {
    regex: `(?:${SEASON_NAMES}\\s*[/–-]\\s*)?${PART_OF_YEAR}${YEAR}(?:[/–-]\\d{2}(?!\\d))?(?:(?:\\s*[/–]\\s*|\\s+(?:to|into)\\s+)(?:early|mid|late|${SEASON_NAMES})[\\s-]+(?:1\\d|20|21)\\d{2}(?!\\d))?`,
    read: (m) => ({ month: null, day: null, year: Number(m[1]) }),
  },
  // `c. 1850`, `circa 1850`, `ca. 1850`: a year given as about, which the date's text keeps.
  { regex: `(?:c\\.|ca\\.|circa)\\s*${YEAR}`, read: (m) => ({ month: null, day: null, year: Number(m[1]) }) },
  // `Christmas Eve 2022`, `New Year's Day`: the days every calendar names.
  {
    regex: `(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Halloween|Valentine['’]s Day|Independence Day|the Fourth of July)(?:,?\\s+${YEAR})?`,
    read: (m) => {
      const { month, day } = HOLIDAYS[m[1]!.toLowerCase().replace('’', "'")]!;
      return { month, day, year: m[2] ? Number(m[2]) : null };
    },
  },
  // `The 1990s`, `the mid-1990s`, a history's `The 1340s`, `Early 1500s`: a decade (or a century
  // so written), as a year-only date of its first year.
  { regex: `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:1\\d|20)\\d0)['’]?s`, read: (m) => ({ month: null, day: null, year: Number(m[1]) }) },
  // `Late 12th century`, `The mid-18th century`: a century, as a year-only date of its first year
  // (the 12th is 1100; centuries before the 11th hold no year a date can have).
  { regex: `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(1[1-9]|2[01])(?:st|nd|rd|th)[\\s-]+century`, read: (m) => ({ month: null, day: null, year: (Number(m[1]) - 1) * 100 }) },
];

/** A year of four figures, or of two: 00–68 are this century's, 69–99 the last's (POSIX strptime's `%y`). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 69 ? 2000 + year : 1900 + year;
}

/** A numeric date's day and month, month first (US) unless the first number cannot be a month (`16/6/2015`). */
function dayAndMonth(first: number, second: number, year: number): DateFields {
  return first > 12 ? { month: second, day: first, year } : { month: first, day: second, year };
}

function ordinalDay(word: string): number {
  const [first, second] = word.toLowerCase().split(/[\s-]+/) as [string, string | undefined];
  const tens = second === undefined ? 0 : first === 'twenty' ? 20 : 30;
  const unit = second ?? first;
  if (unit === 'twentieth') return 20;
  if (unit === 'thirtieth') return 30;
  const teen = ORDINAL_TEENS.indexOf(unit);
  return teen >= 0 ? 10 + teen : tens + ORDINAL_UNITS.indexOf(unit) + 1;
}

/** `of May` is a month, `of may` a verb: a month written in words is capitalised. */
function isMonthWord(name: string): boolean {
  return OPENS_UPPER_CASE.test(name);
}

/** Days from Easter Sunday of the feasts set by it. */
const EASTER_OFFSETS: Record<string, number> = {
  'good friday': -2, easter: 0, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1,
  'shrove tuesday': -47, 'ash wednesday': -46, 'palm sunday': -7, 'maundy thursday': -3, 'holy saturday': -1,
  'ascension day': 39, 'whit sunday': 49, 'pentecost sunday': 49, pentecost: 49, 'whit monday': 50,
};

/** Easter Sunday of a Gregorian year by the anonymous Gregorian algorithm (Meeus), moved to the feast named. */
function easterDate(feast: string, year: number): DateFields {
  const a = year % 19;
  const [b, c] = [Math.floor(year / 100), year % 100];
  const [d, e] = [Math.floor(b / 4), b % 4];
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const l = (32 + 2 * e + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const sunday = Date.UTC(year, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1);
  const day = new Date(sunday + (EASTER_OFFSETS[feast.toLowerCase().replace(/\s+/g, ' ')] ?? 0) * 86_400_000);
  return { year, month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

const HOLIDAYS: Record<string, { month: number; day: number }> = {
  'christmas eve': { month: 12, day: 24 }, 'christmas day': { month: 12, day: 25 }, christmas: { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 }, "new year's eve": { month: 12, day: 31 }, "new year's day": { month: 1, day: 1 },
  halloween: { month: 10, day: 31 }, "valentine's day": { month: 2, day: 14 }, 'independence day': { month: 7, day: 4 },
  'the fourth of july': { month: 7, day: 4 },
};

/**
 * A bare year opens an entry only before a dash, colon or bar (`2014: Russia annexes Crimea`):
 * standing alone it is a year heading over the entries below it, and before a full stop it is
 * more likely the end of a sentence's number than a date.
 */
// A bare year opens an entry only before a capital or a figure (`1296: Edward invades`): `1200:
// homes flooded`, `2000: sandbags handed out` are counts.
const BARE_YEAR = { regex: new RegExp(`^(${YEAR})\\s*(?:[—–:|]|\\s-\\s)\\s*(?=\\S)(?!\\p{Ll})`, 'u'), read: (m: RegExpExecArray): DateFields => ({ month: null, day: null, year: Number(m[1]) }) };

/**
 * `On May 4, 2021, the council …`, `On 14 January 2019 the council …` (British, no comma): a full
 * date opening a sentence; the entry keeps the sentence whole. In Central European figures too
 * (`On 14.2.2023, the city …`, `On 6.3., stewards …`).
 */
const ON_DATE = [...FULL_DATES, WEEKDAY_SLASH_DATE, DOTTED_DATE, DOTTED_DAY, ROMAN_DATE].map(({ regex, read }) => ({ regex: new RegExp(`^On\\s+(${regex}),?\\s+(?=\\S)`, 'i'), read }));

/**
 * Reads a match of a pattern wrapped in a group of its own (group 1, the date as written): the
 * pattern's own groups start at index 2, so they are shifted back to where `read` expects them.
 */
function readWrapped(read: (m: RegExpExecArray) => DateFields, match: RegExpExecArray): DateFields {
  return read(match.slice(1) as unknown as RegExpExecArray);
}

function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * The months by every name MONTH matches as pages write them (`June`, `JUNE`, `june`, `Jun.`):
 * looked up whole, as a name of any other case (`jUNE`) is read through MONTHS.
 */
const MONTHS_AS_WRITTEN = new Map(
  Object.entries(MONTHS).flatMap(([name, month]) =>
    [name, `${name[0]!.toUpperCase()}${name.slice(1)}`, name.toUpperCase()].flatMap((written) => [[written, month], [`${written}.`, month]] as Array<[string, number]>),
  ),
);

function monthNumber(name: string): number {
  return MONTHS_AS_WRITTEN.get(name) ?? MONTHS[name.toLowerCase().replace('.', '')]!;
}

/** The days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of a month (1–12) in a Gregorian year, as the calendar (`Date`) counts them. */
function daysInMonth(year: number, month: number): number {
  // Date.UTC reads the years 0–99 as 1900–1999, and fails past its range: those are left to it.
  if (year < 100 || year > 9999 || !Number.isInteger(year)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function isValid(date: DateFields): boolean {
  if (date.month === null) return date.year !== null;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day === null) return true;
  return date.day >= 1 && date.day <= daysInMonth(date.year ?? 2000, date.month);
}

/**
 * Time zones' names: North American and European (`ET`, `GMT`, `CEST`), and the zones of papers
 * elsewhere (`AEDT`, `SAST`, `IST`, `NZST`). One list for a time's zone and a date's.
 */
const ZONE_NAMES = '[ECMP][SD]?T|GMT|BST|UTC|CES?T|AET|A[ECW][SD]T|NZ[SD]T|SAST|IST|JST|SGT|HKT';
/** A time zone after a time of day: `3 p.m. ET`, `4.15pm AEDT`, `12h30 SAST`, `10:41 IST`, `9am NZST`. */
const ZONE = `(?:\\s+(?:${ZONE_NAMES})\\b)`;
const MILITARY_HOUR = '(?:[01]\\d|2[0-3])[0-5]\\d';

/**
 * A time of day: `4 p.m.`, `11:05 AM`, `16:30`, `16.40` and `2100` before their zone (`16.40 GMT`,
 * a British live blog's), the military `0600 hrs` and `1130Z`, and `noon` and `midnight`.
 */
const HOUR = `(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?|[AP]M)|\\d{1,2}:\\d{2}|\\d{1,2}\\.\\d{2}(?=${ZONE})|${MILITARY_HOUR}(?:\\s*(?:hrs|hours)\\b|Z|(?=${ZONE}))|(?:[01]?\\d|2[0-3])h[0-5]\\d|(?:12\\s+)?noon|midnight)`;

/** An ISO date's own time, seconds and zone whole (`T09:30:00Z`): never a colon taken for a separator. */
const ISO_TIME = 'T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?![:\\d])(?:Z|[+-]\\d{2}:?\\d{2})?';
/** `2021-05-14T09:30:00Z A lease is agreed.`: a full ISO stamp needs no separator after it. */
const ISO_STAMP_LEADING = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${ISO_TIME}(?=\\s+\\S)`);

/** A part of the day after a date, no clock time: `July 19, late evening`, `June 9 (morning)`, `9 February 2024 — morning`. */
const PART_OF_DAY = `(?:,?\\s+|\\s*[-–—]\\s*)\\(?(?:(?:(?:early|late|mid)[\\s-]+)?(?:morning|afternoon|evening|night)|midday|noon|lunchtime|overnight|dawn|dusk|(?:the\\s+)?early\\s+hours)\\)?`;

/**
 * A time of day after a date: `June 9, 2016, 4 p.m.`, `June 9 at 16:30`, `June 9, 2016 11:05 AM`,
 * after a dash (`12 March 2024 – 3pm: …`, `May 4 - 10:30 a.m. — …`, a day's stamp before its
 * entry's separator), a range of hours (`June 9, 3pm-5pm`, by its first), an ISO date's own
 * (`2023-03-16T14:00Z`), or a part of the day (`July 19, late evening`).
 */
const TIME = `(?:(?:,?\\s+|\\s*[-–—]\\s*)(?:(?:at|around|about)\\s+)?${HOUR}(?:\\s*[-–]\\s*${HOUR})?${ZONE}?|${ISO_TIME}|${PART_OF_DAY})?`;

/**
 * A time of day on its own, as live blogs stamp their entries: `10:05 a.m.`, `3 p.m. ET`, `14:30`,
 * `16.40 GMT`, with the same moment in a second zone (`6.45pm BST (1.45pm EDT)`, `3pm GMT / 10am ET`).
 */
const CLOCK = `${HOUR}(?:\\s*[-–]\\s*${HOUR})?${ZONE}?(?:\\s*(?:/\\s*|\\()${HOUR}${ZONE}\\)?)?`;

/** Trailing punctuation a date heading may carry: `Jun 16:`, `June 16 —`, `Jun 16.` */
const STANDALONE_TAIL = '\\s*[:.,—–-]?\\s*$';
/** What separates a leading date from the entry's text. */
const SEPARATOR = '\\s*(?:[—–:|]|\\s-\\s|\\.\\s)\\s*';
/** SEPARATOR's mark anywhere in a text: without one, no leading date's pattern can match it. */
const MAY_SEPARATE = /[—–:|]|\s-\s|\.\s/;

/**
 * `c. May 2021`, `circa 1990`: an approximate date is still the entry's date; and so is the day a
 * week commences (`w/c 20 May`, `week of May 20`, `week beginning 3 June 2024`), which dates it.
 */
const CIRCA = '(?:(?:c\\.|ca\\.|circa|around|about|approximately|approx\\.|w/[cb]\\.?|week\\s+(?:of|commencing|beginning|starting)(?:\\s+on)?)\\s+)?';
/**
 * Words before a date that say which part of its day, or of a range around it, is meant: `The
 * week of 10 July`, the first of a weekend's days (`The weekend of 15-16 July`), the day a part of
 * the day or a night belongs to (`The night of 20 July`, `Overnight 21-22 July`, `The early hours
 * of 23 July`, `Late on 6 March`), a court's `On or about 10 March 2023`, `Sometime in April 2023`.
 * Read off once before the patterns are tried, not as one more prefix of each: in CIRCA they made
 * every pattern three times slower.
 */
const DATE_PREFIX =
  /^(?:(?:the\s+)?(?:week|weekend|night|morning|afternoon|evening|early\s+hours)\s+of|overnight(?:\s+on)?|(?:late|early)\s+on|on\s+or\s+(?:about|around)|some\s?time\s+in)\s+(?=\d|[a-z])/i;

/** The first two letters DATE_PREFIX's words open with, in lower case, as char codes: most texts are asked nothing more. */
const DATE_PREFIX_STARTS = new Set(['th', 'we', 'ni', 'mo', 'af', 'ev', 'ea', 'ov', 'la', 'on', 'so'].map((pair) => pair.charCodeAt(0) * 128 + pair.charCodeAt(1)));

function datePrefixOf(text: string): RegExpExecArray | null {
  // `| 32` folds an ASCII capital to its small letter.
  const start = (text.charCodeAt(0) | 32) * 128 + (text.charCodeAt(1) | 32);
  return DATE_PREFIX_STARTS.has(start) ? DATE_PREFIX.exec(text) : null;
}

/** A date read after DATE_PREFIX's words, its text holding them: `The night of 20 July`. */
function withPrefix(prefix: string, date: ParsedDate): ParsedDate {
  return { ...date, text: `${prefix}${date.text}` };
}
/**
 * A time zone after a date without a time, bare or in brackets: `Jan 29, 2024 (IST):`, `March 4
 * ET —`, `(local time)`. A wire's dateline says where and when a day was, so the zone is the date's.
 */
const DATE_ZONE = `(?:\\s*\\((?:${ZONE_NAMES}|local time)\\)|\\s+(?:${ZONE_NAMES})(?=\\s*[:—–|]))?`;
/**
 * The weekday after its date: `9 February 2024 (Friday)`, `14 May, Tuesday`, `9 February 2024 –
 * Friday`, `March 3, a Friday`; and a range's end with its own (`Feb. 20 (Tue.)–21 (Wed.)`, as Japanese pages in English
 * write two days).
 */
const WEEKDAY_AFTER = `(?:\\s*\\(${WEEKDAY_NAME}\\.?\\)(?:\\s*[-–]\\s*\\d{1,2}\\s*\\(${WEEKDAY_NAME}\\.?\\))?|(?:,|\\s+[-–—])\\s*(?:a\\s+)?${WEEKDAY_NAME}\\b\\.?)?`;
/**
 * A short gloss in brackets after the date, before its separator: `Q1 2023 (January–March) – …`,
 * `Summer 2019 (June–August):`, `14 March 2020 (Day 1) –`; and a name for the day after a comma
 * (`Nov. 5, 2024, Election Day —`). The writer's note on the date, kept in its text; without it
 * the date is no entry's and its entry runs into the one before.
 */
const DATE_GLOSS = "(?:\\s+\\([^()\\n]{1,40}\\)|,\\s+(?:[a-z'’-]+\\s+){1,2}(?:day|night|eve)\\b)?";
/** A date pattern's source standing alone: what may come before and after the date itself. */
const standaloneSource = (regex: string) => `^${CIRCA}${regex}${TIME}${DATE_ZONE}${WEEKDAY_AFTER}${DATE_GLOSS}${STANDALONE_TAIL}`;
const asStandalone = ({ regex, read }: DatePattern) => ({ regex: new RegExp(standaloneSource(regex), 'i'), read });
const asLeading = ({ regex, read }: DatePattern) => ({ regex: new RegExp(`^(${CIRCA}${regex}${TIME}${DATE_ZONE}${WEEKDAY_AFTER}${DATE_GLOSS})${SEPARATOR}(?=\\S)`, 'i'), read });
/**
 * `FY2024`, `FY 2025`, `fiscal 2023`, `FY24` standing alone, as a heading over a year's entries:
 * a fiscal year, by the year it is named for. Not opening a paragraph (`FY25: a surplus is
 * forecast`), which under a day's entry is often a forecast, not when it happened.
 */
const FISCAL_YEAR: DatePattern = {
  regex: `(?:FY|fiscal(?:\\s+year)?)\\s*(?:${YEAR}(?:[/–-]\\d{2}(?!\\d))?|(\\d{2})(?!\\d))`,
  read: (m) => ({ month: null, day: null, year: m[1] ? Number(m[1]) : fullYear(m[2]!) }),
};
const STANDALONE = [...PATTERNS, FISCAL_YEAR].map(asStandalone);
/**
 * Whether any of STANDALONE's patterns reads the text: all of them as one pattern (none of their
 * sources holds an alternative at its top or refers back to a group), asked first. A line none
 * reads (a title, `The harbour affair, part 1`) was tried by each in turn, some 22 µs a line with
 * their code cold, as it is between articles.
 */
const ANY_STANDALONE = new RegExp(withoutCaptures(standaloneSource(`(?:${[...PATTERNS, FISCAL_YEAR].map(({ regex }) => regex).join('|')})`)), 'i');
const FISCAL_YEAR_LEADING = asLeading(FISCAL_YEAR);

/**
 * A fiscal year opening a paragraph before a separator (`FY2023 – Revenue falls by a third`), its
 * date and the entry's text. Only timeline.ts asks, among entries dated by the year alone: under a
 * day's entry the label is a forecast's (`Fiscal 2025: the company now expects a loss`).
 */
export function parseLeadingFiscalYear(text: string): { date: ParsedDate; rest: string } | null {
  // Most paragraphs open with another letter: asked nothing more.
  if (text[0] !== 'F' && text[0] !== 'f') return null;
  const match = FISCAL_YEAR_LEADING.regex.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  if (rest.length < 2 || OPENS_LOWER_CASE.test(rest)) return null;
  return { date: withText(readWrapped(FISCAL_YEAR_LEADING.read, match), match[1]!.trim()), rest };
}
// A season named so (or a transfer window) only opens a paragraph: alone, `The 2019 season.` is a
// heading or a sentence.
const LEADING = [...PATTERNS, SEASON_NAMED, TRANSFER_WINDOW].map(asLeading);
/** The dates written without a digit, besides a month alone: `The first of May`. */
const WORDS_ONLY = { standalone: [ORDINAL_DATE, MONTH_THE_DAY].map(asStandalone), leading: [ORDINAL_DATE, MONTH_THE_DAY].map(asLeading) };
/** What a date without a digit opens with: an ordinal word, or a month and `the`. */
const WORDS_DATE_START = new RegExp(`^(?:(?:the\\s+)?${ORDINAL_WORD}[\\s-]|${MONTH}\\s+the\\s)`, 'i');
const LEADING_THEN_BARE_YEAR = [...LEADING, BARE_YEAR];
const NO_PATTERNS: typeof LEADING = [];
/**
 * The end of a range: a date of any form, a bare year or its last two figures (`2016–19`), then a
 * separator (a dash too, with spaces around it: `2016–2019 – Oversees the merger`). Its one group
 * is the end's text: the patterns' own groups capture nothing (withoutCaptures), as there were 69
 * of them and V8 ran each try, after every dash-separated date, through its slow path.
 */
const LEADING_RANGE_END = new RegExp(
  `^((?:${withoutCaptures([...PATTERNS.map(({ regex }) => regex), YEAR, '\\d{2}(?!\\d|[:.]\\d)'].join('|'))}))\\s*(?:[:|]|\\.\\s|\\s[—–-]\\s)\\s*(?=\\S)`,
  'i',
);
/** `11.50 — The chancellor arrives`: a British blog's time with a dot, before a dash (a dotted number alone is no time). */
const DOTTED_TIME = '(?:[01]?\\d|2[0-3])\\.[0-5]\\d';
const DOTTED_CLOCK = `${DOTTED_TIME}(?=\\s*[—–]\\s)`;
const STANDALONE_CLOCK = new RegExp(`^(${CLOCK})\\s*[:,—–-]?\\s*$`, 'i');
const LEADING_CLOCK = new RegExp(`^(${CLOCK}|${DOTTED_CLOCK})${SEPARATOR}(?=\\S)`, 'i');

/**
 * A time of day standing alone or opening a paragraph before a separator (`10:05 a.m. — The
 * hearing opens`): returns the time as written and the rest of the paragraph (null when none).
 */
const NOON_OR_MIDNIGHT = /^(?:noon|midnight)\b/i;

export function parseLeadingTime(text: string): { time: string; rest: string | null } | null {
  // `Update, 11:42: Services are restored`: a live blog's label before its stamp.
  if (!startsWithDigit(text) && !NOON_OR_MIDNIGHT.test(text)) {
    // `At 6pm — …`, `Updated at 3.20pm — …`: the same stamp after a word or two.
    // `At` only before a dash: `At 3:40 a.m. the spillway fails` is a sentence.
    // `Around 3pm`, `Shortly after 9am —`: a time given as about, inside a dated day, is that day's too.
    const label = /^(?:(?:update|updated|latest|breaking|edit)(?:\s+at)?|at(?=\s+[^—–:]{1,20}\s[—–]\s)|(?:around|about|approximately|(?:shortly|just)\s+(?:after|before))(?=\s+\S{1,12}(?:\s*$|\s*[—–:|]|\s-\s)))\s*[,:—–-]?\s+(?=\d|noon\b|midnight\b)/i.exec(text);
    return label ? parseLeadingTime(text.slice(label[0].length)) : null;
  }
  const standalone = STANDALONE_CLOCK.exec(text);
  if (standalone) return { time: standalone[1]!.trim(), rest: null };
  const leading = LEADING_CLOCK.exec(text) ?? BARE_CLOCK.exec(text);
  // `10 a.m. The hearing…`: the full stop of `a.m.` doubled as the separator.
  return leading ? { time: leading[1]!.trim().replace(/([ap]\.m)$/i, '$1.'), rest: text.slice(leading[0].length).trim() } : null;
}

const WEEKDAY_NUMBERS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const LEADING_WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s/i;

/**
 * The weekday after the date: `14 March (Tuesday)`, `Jan. 12 (Thu.)`, `20 March, Monday`, `9
 * February 2024 – Friday`, `Nov. 7, a Saturday`; a range's first (`Feb. 20 (Tue.)–21 (Wed.)`).
 */
const WEEKDAY_AFTER_DATE = new RegExp(`(?:\\(|,\\s+(?:a\\s+)?|\\s[-–—]\\s*)(${WEEKDAY_NAME})\\.?(?:\\)|\\s*$)`, 'i');

/** 0 (Sunday) to 6 for a date written with its weekday (`Tuesday 14 March`, `14 March (Tuesday)`), else null. */
export function weekdayOf(dateText: string): number | null {
  const match = LEADING_WEEKDAY.exec(dateText) ?? WEEKDAY_AFTER_DATE.exec(dateText);
  return match ? WEEKDAY_NUMBERS[match[1]!.slice(0, 3).toLowerCase()]! : null;
}

/** How a label told from the entry before ends: a separator before the entry's text, or the line's end. */
const LABEL_END = '(?:\\s*(?:[—–:|]|\\s-\\s)\\s*(?=\\S)|\\s*[:.—–-]?\\s*$)';
/** Labels are short: a long block is read no further than a sentence would be. */
const LONGEST_LABELLED = 400;

/**
 * A day named without its month, as a timeline of one week or one month labels its entries:
 * `Tuesday — …`, `Wednesday: …`, `Thursday, 10am: …`, `Thursday 11th —`, `Sun. 5 —`, `18th:`. Read against
 * the entry before it (timeline.ts); alone it is no date. Only before a separator or standing
 * alone: `Tuesday was quiet.` is a sentence.
 */
const DAY_LABEL = new RegExp(
  `^((${WEEKDAY_NAME})\\.?(?:\\s+(?:morning|afternoon|evening|night))?(?:,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|(?![\\d:.]|\\s*[ap]\\.?m\\b)))?(?:,?\\s+(?:at\\s+)?(${HOUR}))?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th))${LABEL_END}`,
  'i',
);

export interface DayLabel {
  /** 0 (Sunday) to 6, when a weekday is named. */
  weekday: number | null;
  /** The day of the month, when named (`11th`). */
  day: number | null;
  time: string | null;
  /** Whether a part of the day follows the weekday (`Monday night`): later that day, as a time is. */
  partOfDay: boolean;
  text: string;
  /** The text after the label; null when it stands alone. */
  rest: string | null;
}

const PART_OF_DAY_AFTER_WEEKDAY = /^\S+\s+(?:morning|afternoon|evening|night)\b/i;

export function parseDayLabel(text: string): DayLabel | null {
  const match = text.length < LONGEST_LABELLED ? DAY_LABEL.exec(text) : null;
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  const weekday = match[2] ? WEEKDAY_NUMBERS[match[2].slice(0, 3).toLowerCase()]! : null;
  const day = match[3] ?? match[5];
  return { weekday, day: day ? Number(day) : null, time: match[4] ?? null, partOfDay: PART_OF_DAY_AFTER_WEEKDAY.test(match[1]!), text: match[1]!.trim(), rest: rest || null };
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A moment told from the entry before, as a label of its own or before a separator: `The next
 * morning`, `Two days later`, `A week later —`, `That evening:`, `Weeks later`, `48 hours later`. Not `Two days
 * later, the council met.`: a sentence's opening phrase.
 */
const RELATIVE_LABEL = new RegExp(
  `^((?:the\\s+)?(?:next|following)\\s+(?:morning|day|afternoon|evening|night)|later\\s+that\\s+(?:day|morning|afternoon|evening|night)|that\\s+(?:same\\s+)?(?:morning|afternoon|evening|night|day)|(?:hours|minutes)\\s+later|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?)\\s+later|(?:days|weeks|months)\\s+later|(?:a\\s+)?(?:few|couple\\s+of)\\s+(?:days|weeks|months)\\s+later|(\\d{1,3})\\s+hours\\s+later)${LABEL_END}`,
  'i',
);

export interface RelativeLabel {
  /** Days after the entry before; null when the label says no more than `weeks later`. */
  days: number | null;
  text: string;
  rest: string | null;
}

export function parseRelativeLabel(text: string): RelativeLabel | null {
  const match = text.length < LONGEST_LABELLED ? RELATIVE_LABEL.exec(text) : null;
  if (!match) return null;
  const label = match[1]!.toLowerCase();
  const rest = text.slice(match[0].length).trim() || null;
  let days: number | null = null;
  if (/^(?:the\s+)?(?:next|following)/.test(label)) days = 1;
  else if (/^(?:later\s+that|that|hours|minutes)/.test(label)) days = 0;
  else if (match[2]) days = (NUMBER_WORDS[match[2].toLowerCase()] ?? Number(match[2])) * (/^week/i.test(match[3]!) ? 7 : 1);
  // `48 hours later`: whole days, counted down (`36 hours later` is the next day).
  else if (match[4]) days = Math.floor(Number(match[4]) / 24);
  return { days, text: match[1]!, rest };
}

/**
 * A season standing alone as an entry's label, or before a separator and a capital: `Summer`,
 * `Late autumn:`, `Winter – The pond freezes`, and so a quarter or a half (`Q3 – The plant
 * opens`, `H1`), as a company's years are told under their headings. Without its year it dates nothing alone: only after
 * a dated entry, whose year it runs on from (timeline.ts), as `Spring 2021` dates its year.
 */
const SEASON_LABEL = /^((?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)|Q[1-4]|H[12])(?:\s*[:.,—–-]?\s*$|\s*(?:[—–:|]|\s-\s)\s*(?=\p{Lu}))/iu;

export function parseSeasonLabel(text: string): { date: ParsedDate; rest: string | null } | null {
  const match = text.length < LONGEST_LABELLED ? SEASON_LABEL.exec(text) : null;
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  return { date: { month: null, day: null, year: null, text: match[1]! }, rest: rest || null };
}

/**
 * The month a season's date is ordered by (`Spring 2021`, `Summer`): its first, winter's December;
 * and a quarter's or a half's (`Q3 2021`, `Q4`, `H2`), its first month.
 */
const SEASON_ORDER: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const SEASON_WORD = /\b(spring|summer|autumn|fall|winter)\b/i;
const QUARTER_OR_HALF = /\b(?:Q([1-4])|H([12]))\b/i;

export function seasonMonthOf(dateText: string): number | null {
  const season = SEASON_WORD.exec(dateText);
  if (season) return SEASON_ORDER[season[1]!.toLowerCase()]!;
  const part = QUARTER_OR_HALF.exec(dateText);
  if (!part) return null;
  return part[1] ? (Number(part[1]) - 1) * 3 + 1 : (Number(part[2]) - 1) * 6 + 1;
}

/** The time of day a date's text ends with (`14 March 2023, 16.40 GMT`, `June 9 at 4 p.m.`), in minutes after midnight. */
const TIME_AT_END = new RegExp(`(?:,\\s*|\\s+at\\s+|\\s+)(${CLOCK}|${DOTTED_TIME})\\s*$`, 'i');

export function timeOfDate(text: string): number | null {
  const time = TIME_AT_END.exec(text);
  if (time) return minutesOfDay(time[1]!);
  // An ISO stamp's time, as written (`2024-01-19T15:20Z`, `…T09:30:00+05:30`).
  const iso = ISO_TIME_AT_END.exec(text);
  return iso ? Number(iso[1]) * 60 + Number(iso[2]) : null;
}
const ISO_TIME_AT_END = /\dT([01]\d|2[0-3]):([0-5]\d)(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Minutes after midnight of a clock time as `parseLeadingTime` gives it (`23:50`, `4 p.m.`, `16.40 GMT`); null when unreadable. */
export function minutesOfDay(time: string): number | null {
  if (/^(?:12\s+)?noon/i.test(time)) return 12 * 60;
  if (/^midnight/i.test(time)) return 0;
  const military = /^([01]\d|2[0-3])([0-5]\d)(?!\d)/.exec(time);
  if (military) return Number(military[1]) * 60 + Number(military[2]);
  const clock = /^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?/i.exec(time);
  if (!clock) return null;
  let hours = Number(clock[1]);
  const meridiem = clock[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours > 23 ? null : hours * 60 + Number(clock[2] ?? 0);
}

/** A year standing alone, as a heading or a year's label: `2019`, `2019:`. */
export const YEAR_ALONE = /^(?:1[89]\d{2}|2[01]\d{2})[:.]?$/;

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A live blog's stamp pasted as text with no separator: `02:40 The river bursts …`, `11am The
 * army …`, `2.05pm The chair …` (a clock time with its minutes or its am/pm, then a capital). Not
 * `14.05 The …` with a full stop and nothing else: a report's numbered paragraph (`10.12 The
 * panel …`), a version (`22.04 ships`) or a time in a race reads the same.
 */
const BARE_CLOCK = /^((?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]m)\s+(?=\p{Lu})(?!(?:AM|PM|A\.M|P\.M)\b)/u;

/**
 * Every date holds a digit (its day or its year) after 40 other characters at most, even `The
 * beginning of September 2016` or `On Wednesday, September 30`; most paragraphs do not.
 */
const DIGIT_EARLY_WITHIN = 41;
const DIGIT = /\d/;

/**
 * Whether a digit stands among the first DIGIT_EARLY_WITHIN characters, as `/^\D{0,40}\d/` asks:
 * sought in those characters alone, as that pattern backtracked through all forty before failing,
 * at twice the cost.
 */
function hasDigitEarly(text: string): boolean {
  return DIGIT.test(text.length > DIGIT_EARLY_WITHIN ? text.slice(0, DIGIT_EARLY_WITHIN) : text);
}

/** Longer than `Wednesday, September 30th–31st, 2016, at 11:05 a.m.:` with room to spare. */
const LONGEST_STANDALONE = 64;

/**
 * A month standing alone, with no year (`October`, `Mid-October`, `Late March`): the one date
 * without a digit. Only as a block of its own: opening a sentence, `May` is a word.
 */
const MONTH_ALONE = new RegExp(`^${BETWEEN}${PART_OF_MONTH}${MONTH}(?:${MONTH_RANGE_JOIN}${PART_OF_MONTH}${MONTH})?${STANDALONE_TAIL}`, 'i');

const YEAR_RANGE_ALONE = new RegExp(`^${YEAR}\\s*[–—-]\\s*${YEAR}\\s*[:.,]?$`);

/**
 * Days known by name that fall on the same date every year: `Christmas Eve`, `Boxing Day`, `New
 * Year's Day`, `Bonfire Night`, with or without a year after them. Not moveable feasts (Easter, by
 * the computus: MOVABLE_FEAST) nor floating holidays (Thanksgiving, by the weekdays of their
 * month: FLOATING_HOLIDAY), which need a calendar, nor `Christmas` alone, which may be the season.
 */
const FIXED_DAYS: Array<[name: string, month: number, day: number]> = [
  ['Christmas Eve', 12, 24], ['Christmas Day', 12, 25], ['Boxing Day', 12, 26], ["New Year['’]s Eve", 12, 31], ['Hogmanay', 12, 31],
  ["New Year['’]s Day", 1, 1], ["Valentine['’]s Day", 2, 14], ["St\\.? Patrick['’]s Day", 3, 17], ['Halloween', 10, 31],
  ['Bonfire Night', 11, 5], ['Guy Fawkes Night', 11, 5], ['Armistice Day', 11, 11], ['Remembrance Day', 11, 11], ['the Fourth of July', 7, 4], ['Fourth of July', 7, 4],
];
/**
 * The feasts Easter sets, by name (`Good Friday`, `Easter Monday`, `Whit Monday`): a named day as
 * the fixed ones are, its date the computus's for its year (easterDate). Not `Easter` alone, which
 * may be the holiday's days, as `Christmas` alone may be the season.
 */
const MOVABLE_FEAST = new RegExp(`^(Good Friday|Easter (?:Sunday|Day|Monday)|Shrove Tuesday|Ash Wednesday|Palm Sunday|Maundy Thursday|Holy Saturday|Ascension Day|Whit (?:Sunday|Monday)|Pentecost(?: Sunday)?)(?![\\p{L}'’])(?:,?\\s+${YEAR}(?!\\d))?`, 'u');
const MOVABLE_FEAST_FIRSTS = new Set(['G', 'E', 'S', 'A', 'P', 'M', 'H', 'W']);
/**
 * A year in which Easter falls near the middle of its dates (8 April 2012): a feast without its
 * year takes its month from it, to be ordered among its neighbours until its year is known
 * (movableFeastOn). No day: a moment told from it (`The next day`) would be counted from a day it
 * is not, so it is left undated rather than misdated.
 */
const TYPICAL_EASTER_YEAR = 2012;

/** The movable feast named at the start of `text` (group 1), with its year when written (group 2). */
function movableFeastMatch(text: string): RegExpExecArray | null {
  return MOVABLE_FEAST_FIRSTS.has(text[0]!) ? MOVABLE_FEAST.exec(text) : null;
}

/** A movable feast by its name at the start of `text`, and where its name (and year) ends. */
function movableFeastAt(text: string): { date: ParsedDate; end: number } | null {
  const match = movableFeastMatch(text);
  if (!match) return null;
  const year = match[2] ? Number(match[2]) : null;
  const { month, day } = easterDate(match[1]!, year ?? TYPICAL_EASTER_YEAR);
  return { date: { month, day: year === null ? null : day, year, text: match[0] }, end: match[0].length };
}

/**
 * The month and day of a movable feast's date (`Easter Monday`) in the year the timeline gave it:
 * null for any other date's text. A feast without its year is dated by chronology as a fixed day
 * is (`Christmas Eve —`), then moved to its own day in that year.
 */
export function movableFeastOn(dateText: string, year: number): { month: number; day: number } | null {
  const feast = movableFeastMatch(dateText);
  if (!feast) return floatingHolidayOn(dateText, year);
  const { month, day } = easterDate(feast[1]!, year);
  return { month: month!, day: day! };
}

/** The month and day of a floating holiday's date (`Thanksgiving Day`) in the year the timeline gave it: null for any other date's text. */
function floatingHolidayOn(dateText: string, year: number): { month: number; day: number } | null {
  const holiday = floatingHolidayMatch(dateText);
  // Only the holiday's whole text: a date's text that merely opens with one is another date.
  if (!holiday || holiday.length !== dateText.length) return null;
  return { month: FLOATING_HOLIDAYS[holiday.which]![1], day: floatingHolidayDay(holiday.which, year) };
}

/**
 * The US floating holidays, each the nth weekday of its month (`nth` -1: the last), by every name
 * timelines give them (`Thanksgiving Day`, `Presidents' Day`, `Martin Luther King Jr. Day`).
 * Election Day is the Tuesday after the first Monday of November: the first Tuesday that is not
 * the 1st, as `after` 1 says. Computed for any year by rule (floatingHolidayDay), as Easter's
 * feasts are, never looked up by year: the rule as it stands now, not as it stood before a law
 * moved the day (Memorial Day was 30 May before 1971).
 */
const FLOATING_HOLIDAYS: Array<[name: string, month: number, weekday: number, nth: number, after?: number]> = [
  ['Thanksgiving(?: Day)?', 11, 4, 4],
  ['Labou?r Day', 9, 1, 1],
  ['Memorial Day', 5, 1, -1],
  ['(?:Martin Luther King,? Jr\\.?|Martin Luther King|MLK) Day', 1, 1, 3],
  ["Presidents?['’]? Day", 2, 1, 3],
  ["Mother['’]s Day", 5, 0, 2],
  ["Father['’]s Day", 6, 0, 3],
  ['Columbus Day', 10, 1, 2],
  ['Election Day', 11, 2, 1, 1],
];
/** One group per holiday, in FLOATING_HOLIDAYS' order, then the year's; not a longer word (`Thanksgivings`, `Labor Day's`). */
const FLOATING_HOLIDAY = new RegExp(`^(?:${FLOATING_HOLIDAYS.map(([name]) => `(${name})`).join('|')})(?![\\p{L}'’])(?:,?\\s+${YEAR}(?!\\d))?`, 'u');
/**
 * The first four characters of the holidays' names: most blocks open otherwise (`The`, `Mar`ch,
 * `Pres`ident are asked the pattern; nothing else that opens with their first letters is), so
 * their first letter alone, as MOVABLE_FEAST_FIRSTS asks, would let in every `The …`.
 */
const FLOATING_HOLIDAY_OPENINGS = ['Than', 'Labo', 'Memo', 'Mart', 'MLK ', 'Pres', 'Moth', 'Fath', 'Colu', 'Elec'];
/**
 * The openings by the code of their first letter: a text opening with none of those letters is
 * asked nothing more, one opening with one of them `startsWith` of its one or two openings (no
 * slice of its first four characters, a copy, for every `M…` and `F…`: every March and February).
 */
const FLOATING_HOLIDAY_OPENINGS_BY_FIRST = new Map<number, string[]>();
for (const opening of FLOATING_HOLIDAY_OPENINGS) {
  const first = opening.charCodeAt(0);
  FLOATING_HOLIDAY_OPENINGS_BY_FIRST.set(first, [...(FLOATING_HOLIDAY_OPENINGS_BY_FIRST.get(first) ?? []), opening]);
}

/** Whether `text` opens with one of FLOATING_HOLIDAY_OPENINGS, as every FLOATING_HOLIDAY match does. */
export function opensLikeFloatingHoliday(text: string): boolean {
  const openings = FLOATING_HOLIDAY_OPENINGS_BY_FIRST.get(text.charCodeAt(0));
  return openings !== undefined && openings.some((opening) => text.startsWith(opening));
}
/** Longer than `Martin Luther King, Jr. Day, 2024 –` alone, which parseStandaloneDate's 32 for other named days would refuse. */
const LONGEST_FLOATING_HOLIDAY = 40;

/** The floating holiday named at the start of `text`: its index in FLOATING_HOLIDAYS, its year when written, its length. */
function floatingHolidayMatch(text: string): { which: number; year: number | null; length: number } | null {
  if (!opensLikeFloatingHoliday(text)) return null;
  const match = FLOATING_HOLIDAY.exec(text);
  if (!match) return null;
  const year = match[FLOATING_HOLIDAYS.length + 1];
  return { which: match.findIndex((group, index) => index > 0 && group !== undefined) - 1, year: year ? Number(year) : null, length: match[0].length };
}

/** The day of the month of a holiday (index in FLOATING_HOLIDAYS) in a Gregorian year: its nth (or last) weekday, after its `after`th day. */
function floatingHolidayDay(which: number, year: number): number {
  const [, month, weekday, nth, after = 0] = FLOATING_HOLIDAYS[which]!;
  if (nth < 0) {
    const last = daysInMonth(year, month);
    return last - ((new Date(Date.UTC(year, month - 1, last)).getUTCDay() - weekday + 7) % 7);
  }
  // Date.UTC reads the years 0–99 as 1900–1999: a year that early is no US holiday's, and only the weekday is wrong.
  const first = after + 1 + ((weekday - new Date(Date.UTC(year, month - 1, after + 1)).getUTCDay() + 7) % 7);
  return first + (nth - 1) * 7;
}

/**
 * A floating holiday by its name at the start of `text`, and where its name (and year) ends. With
 * no year, its month alone (fixed for each) orders it by chronology, as a movable feast without
 * its year is; its day then comes from the year so found (movableFeastOn).
 */
function floatingHolidayAt(text: string): { date: ParsedDate; end: number } | null {
  const match = floatingHolidayMatch(text);
  if (!match) return null;
  const { which, year } = match;
  const day = year === null ? null : floatingHolidayDay(which, year);
  return { date: { month: FLOATING_HOLIDAYS[which]![1], day, year, text: text.slice(0, match.length) }, end: match.length };
}

/** One group per named day, in FIXED_DAYS' order, then the year's. */
const FIXED_DAY = new RegExp(`^(?:${FIXED_DAYS.map(([name]) => `(${name})`).join('|')})(?:,?\\s+${YEAR})?`);
/** The letters the named days start with: most blocks are asked nothing more. */
const FIXED_DAY_FIRSTS = new Set(FIXED_DAYS.map(([name]) => name[0]));

/** A dash or bar, or a colon before a capital: `Boxing Day. The sales began` and `Christmas Day: a time for family` are sentences. */
const NAMED_DAY_SEPARATOR = /^\s*(?:(?:[—–|]|\s-\s)\s*(?=\S)|:\s*(?=[\p{Lu}\d"“‘]))/u;

/** A capital after a space: an entry's text opening with no separator of its own. */
const CAPITAL_AFTER_SPACE = /^\s+(?=\p{Lu})/u;
/** What separates a Roman month's date from its entry: a dash, colon or bar (a full stop too after the year). */
const ROMAN_DATE_SEPARATOR = /^\s*(?:[—–:|]|\s-\s|\.\s)\s*(?=\S)/;

/** A fixed day by its name at the start of `text`, and where its name (and year) ends. */
function fixedDayAt(text: string): { date: ParsedDate; end: number } | null {
  if (!FIXED_DAY_FIRSTS.has(text[0])) return null;
  const match = FIXED_DAY.exec(text);
  if (!match) return null;
  const which = match.findIndex((group, index) => index > 0 && group !== undefined) - 1;
  const [, month, day] = FIXED_DAYS[which]!;
  const year = match[FIXED_DAYS.length + 1];
  return { date: { month, day, year: year ? Number(year) : null, text: match[0] }, end: match[0].length };
}

/**
 * `15.IV.2023`, `15 IV 2023`, `15-IV-2023`, `3.XI.`: the month in Roman numerals, as Central and
 * Eastern European writers date their entries (IV is April). Written in capitals, after a day in
 * figures: `World War II`, `Henry VIII`, `Part IV` or a list's `II.` hold no day before it. Without
 * a year only dotted and closed by a dot (`3.XI.`), as the numeral alone may be a list's.
 */
const ROMAN_MONTH_DATE = new RegExp(`^(\\d{1,2})(\\.\\s?|\\s|-)(${ROMAN_MONTH_NUMERAL})(?![\\p{L}\\d])(?:(?:\\.\\s?|\\s|-)${YEAR}(?!\\d)|(\\.))?`, 'u');
/** A time of day after a Roman month's date (TIME, which may match nothing). */
const ROMAN_DATE_TIME = new RegExp(`^${TIME}`, 'i');
/** What a Roman month's date opens with: asked first, so most blocks are asked nothing more. */
const ROMAN_MONTH_START = /^\d{1,2}[.\s-]\s?[IVX]/;

/** A day with its month in Roman numerals at the start of `text`, and where it ends. */
function romanMonthDateAt(text: string): { date: ParsedDate; end: number; timeAfterDash: boolean } | null {
  if (!startsWithDigit(text) || !ROMAN_MONTH_START.test(text)) return null;
  const match = ROMAN_MONTH_DATE.exec(text);
  if (!match) return null;
  const year = match[4];
  // `3.XI.`: with no year, the dotted form closed by its dot only.
  if (!year && !(match[2] === '.' && match[5])) return null;
  const date = { day: Number(match[1]), month: ROMAN_MONTHS[match[3]!]!, year: year ? Number(year) : null };
  if (!isValid(date)) return null;
  // `15.IV.2023, 14:30 –`: a time of day after it is the date's, as after any other.
  const time = ROMAN_DATE_TIME.exec(text.slice(match[0].length))![0];
  return { date: withText(date, match[0] + time), end: match[0].length + time.length, timeAfterDash: /^\s*[-–—]/.test(time) };
}

const WEEKDAY_FIRSTS = new Set(['M', 'T', 'W', 'F', 'S', 'm', 't', 'w', 'f', 's']);
/** `Sunday (June 9)`, `Tues. (14 May 2024)`: a weekday, then its date in brackets. */
const WEEKDAY_THEN_BRACKETED = new RegExp(`^(${WEEKDAY_NAME}\\.?,?\\s*\\(([^()]{3,40})\\))`, 'i');

/** A weekday with its date in brackets at the start of `text`, the date's text the whole label, and where it ends. */
function weekdayBracketedAt(text: string): { date: ParsedDate; end: number } | null {
  // Most blocks open with no weekday, or hold no bracket among their first words: asked nothing more.
  if (!WEEKDAY_FIRSTS.has(text[0]!) || !text.slice(3, 13).includes('(')) return null;
  const match = WEEKDAY_THEN_BRACKETED.exec(text);
  const inner = match && parseStandaloneDate(match[2]!.trim());
  return inner && inner.day !== null ? { date: { ...inner, text: match![1]! }, end: match![1]!.length } : null;
}

/**
 * A block that is only a date (`Jun 16`, `June 2016`, `2016-06-16`, `(Aug. 30, 2019)`, `Mid-October`, `Sunday (June 9)`).
 * Read afresh at every call, so every answer is a new object the caller may change. Its answers
 * were kept by text (keptByText) for the blocks asked again, but the texts kept are slices of
 * their article's source (V8 slices strings of 13 characters or more), which kept the sources of
 * the last few thousand short blocks alive, and the kept map's upkeep cost more than the reading
 * it saved: read afresh, a pass over the synthetic text articles cost 0.84-0.97x the CPU (five
 * runs of 8-10 processes, four of them 0.92x or less); HTML 0.95-1.00x, within its noise.
 */
export function parseStandaloneDate(text: string): ParsedDate | null {
  // Every block of every article is asked, and most are sentences far longer than any date.
  return text.length > LONGEST_STANDALONE ? null : readStandaloneDate(text);
}

/**
 * `June 16, 2016` alone, the way most timelines head their entries, read first (plainMonthDayYear
 * reads what this pattern matches): the list below reads it by its month-first date, after two
 * patterns that fail on it, at about a microsecond a date. Its text is the whole block, as the
 * list's would be (no closing mark to drop).
 */
const PLAIN_DATE = `(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), ${YEAR}`;
export const PLAIN_MONTH_DAY_YEAR = new RegExp(`^${PLAIN_DATE}$`);

/** The figure at `at` (0 to 9), or -1 for any other character or none. */
function figureAt(text: string, at: number): number {
  const figure = text.charCodeAt(at) - 48;
  return figure >= 0 && figure <= 9 ? figure : -1;
}

/** The number (1 to 12) of the month whose name is the whole of `text` before `end`, or 0. */
function monthNamedBefore(text: string, end: number): number {
  for (let index = 0; index < MONTH_NAMES.length; index += 1) {
    const name = MONTH_NAMES[index]!;
    if (name.length === end && text.startsWith(name)) return index + 1;
  }
  return 0;
}

/**
 * The fields of what PLAIN_MONTH_DAY_YEAR matches (`June 16, 2016`), read off the characters from
 * the end: a month's name, a space, one or two figures, a comma, a space and a year of 1000-2199.
 * Most timelines head their entries so (nine in ten of the short texts parseStandaloneDate was
 * asked in a pass over the synthetic articles), and the pattern cost a match, three substrings and
 * a month looked up by name for each: parseStandaloneDate over the texts it was asked in that pass
 * 0.54x and 0.56x the CPU (8 processes each), some 1.6 ms of a pass over both kinds.
 */
export function plainMonthDayYear(text: string): { month: number; day: number; year: number } | null {
  // `May 1, 2016` is the shortest, `September 30, 2016` the longest.
  const length = text.length;
  if (length < 11 || length > 18) return null;
  const comma = length - 6;
  if (text.charCodeAt(comma) !== 44 || text.charCodeAt(comma + 1) !== 32) return null;
  const millennia = figureAt(text, length - 4);
  const centuries = figureAt(text, length - 3);
  const decades = figureAt(text, length - 2);
  const years = figureAt(text, length - 1);
  // YEAR: `1` and three figures, or `20` or `21` and two.
  if (!(millennia === 1 || (millennia === 2 && (centuries === 0 || centuries === 1))) || centuries < 0 || decades < 0 || years < 0) return null;
  const units = figureAt(text, comma - 1);
  if (units < 0) return null;
  const tens = figureAt(text, comma - 2);
  const space = tens < 0 ? comma - 2 : comma - 3;
  if (text.charCodeAt(space) !== 32) return null;
  const month = monthNamedBefore(text, space);
  if (month === 0) return null;
  return { month, day: tens < 0 ? units : tens * 10 + units, year: millennia * 1000 + centuries * 100 + decades * 10 + years };
}

function readStandaloneDate(text: string): ParsedDate | null {
  const plain = plainMonthDayYear(text);
  // An impossible day (`February 30, 2021`) is left to the list, as before.
  if (plain && isValid(plain)) return withText(plain, text);
  const named = text.length <= 32 ? (fixedDayAt(text) ?? movableFeastAt(text) ?? weekdayBracketedAt(text) ?? romanMonthDateAt(text)) : null;
  if (named && /^\s*[:.,—–-]?\s*$/.test(text.slice(named.end))) return named.date;
  // `Thanksgiving Day`, `Martin Luther King, Jr. Day, 2024` alone: a US floating holiday.
  const holiday = named || text.length > LONGEST_FLOATING_HOLIDAY ? null : floatingHolidayAt(text);
  if (holiday && /^\s*[:.,—–-]?\s*$/.test(text.slice(holiday.end))) return holiday.date;
  // Most headings and short lines lack the digit every date holds (but a month alone).
  if (!hasDigitEarly(text)) {
    const month = text.length <= 32 ? MONTH_ALONE.exec(text) : null;
    if (month) return { month: monthNumber(month[1]!), day: null, year: null, text: text.replace(/\s*[:.,—–-]\s*$/, '').trim() };
    return WORDS_DATE_START.test(text) ? firstStandalone(WORDS_ONLY.standalone, text) : null;
  }
  const prefix = datePrefixOf(text);
  if (prefix) {
    const date = parseStandaloneDate(text.slice(prefix[0].length));
    return date && withPrefix(prefix[0], date);
  }
  const first = text.charCodeAt(0);
  if (first === 40 || first === 91) {
    const bracketed = /^[([]([^()[\]]+)[)\]][:.,—–-]?$/.exec(text);
    return bracketed ? parseStandaloneDate(bracketed[1]!.trim()) : null;
  }
  // `1998–2001` standing alone: a range of years, dated by its first.
  const years = YEAR_RANGE_ALONE.exec(text);
  if (years) return { month: null, day: null, year: Number(years[1]), text: text.replace(/\s*[:.,]\s*$/, '') };
  return (ANY_STANDALONE.test(text) ? firstStandalone(STANDALONE, text) : null) ?? (text.includes(', ') ? standaloneWithCommaGloss(text) : null);
}

/** `Nov. 6, the morning after` alone over its entry: the date, its text holding the gloss (see COMMA_GLOSS_WORDS). */
function standaloneWithCommaGloss(text: string): ParsedDate | null {
  const line = text.replace(/\s*[:.—–-]\s*$/, '');
  const comma = line.lastIndexOf(', ');
  if (comma < 3) return null;
  if (isCommaGloss(line.slice(comma + 2).trim())) {
    const date = parseStandaloneDate(line.slice(0, comma));
    return date && date.month !== null ? { ...date, text: line } : null;
  }
  // `The following Monday, 3 April`, `Two days later, 5 April`: the gloss before a day's date.
  const first = line.indexOf(', ');
  if (!opensWithCapital(line) || !isCapitalisedGloss(line.slice(0, first))) return null;
  const date = parseStandaloneDate(line.slice(first + 2));
  return date && date.day !== null ? { ...date, text: line } : null;
}

function firstStandalone(patterns: typeof STANDALONE, text: string): ParsedDate | null {
  for (const { regex, read } of patterns) {
    const match = regex.exec(text);
    if (!match) continue;
    const date = read(match);
    // `May 2016` as a month, but a bare `May 12` with a day too large is no date at all.
    // The closing mark goes, but not the full stop of `4 p.m.`.
    if (isValid(date)) return withText(date, text.replace(/\s*(?:[:,—–-]|(?<![ap]\.m)\.)\s*$/i, '').trim());
  }
  return null;
}

/**
 * A date opening a paragraph: returns the date and the entry's text, which is the rest of the
 * paragraph after a separator, or the whole paragraph when the date opens its first sentence.
 */
const MONTH_LEADING = new RegExp(`^(${BETWEEN}${PART_OF_MONTH}${MONTH}(?:${MONTH_RANGE_JOIN}${PART_OF_MONTH}${MONTH})?)\\s*(?:[—–:]|\\s-\\s)\\s*(?=\\S)`, 'i');

/**
 * A month without its year before a separator: `January — …`, `Late February: …`, `Mid-December —
 * …` (its year comes by chronology, as a month standing alone does).
 */
function parseLeadingMonth(text: string): { date: ParsedDate; rest: string } | null {
  const match = MONTH_LEADING.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  // `May – the month the club was relegated – was …`: an aside between dashes, as for full dates.
  if (rest.length < 2 || isAside(rest)) return null;
  return { date: { month: monthNumber(match[2]!), day: null, year: null, text: match[1]!.trim() }, rest };
}

/** A separator that is a dash alone, with its spaces: a date before it may open an aside or a range. */
const DASH_ALONE = /^\s*[—–-]\s*$/;
/** A dash with spaces around it: `– the year the stations were automated –`, an aside's. */
const SPACED_DASH = /\s[—–]\s/;
/** What follows a date as an aside between dashes: lower case, another dash further on. */
function isAside(rest: string): boolean {
  return OPENS_LOWER_CASE.test(rest) && SPACED_DASH.test(rest);
}

/**
 * `June 16, 2016 — The council votes`, as most timelines open their entries, read by one small
 * pattern (see PLAIN_MONTH_DAY_YEAR): the list below reads it by its third pattern, every optional
 * part of it tried. Not before a word those parts may take into the date (a time, a part of the
 * day, a weekday: `June 16, 2016 — Morning: …`, `— At 3 p.m.`), which is left to the list.
 */
const PLAIN_LEADING = new RegExp(`^(${PLAIN_DATE}) — (?=[A-Z])`);
const TAKEN_INTO_DATE = /^(?:at|around|about|noon|midnight|early|late|mid|morning|afternoon|evening|night|lunchtime|overnight|dawn|dusk|the|mon|tue|wed|thu|fri|sat|sun)/i;

function plainLeadingDate(text: string): { date: ParsedDate; rest: string } | null {
  const plain = PLAIN_LEADING.exec(text);
  if (!plain || TAKEN_INTO_DATE.test(text.slice(plain[0].length))) return null;
  const date = { month: monthNumber(plain[2]!), day: Number(plain[3]), year: Number(plain[4]) };
  const rest = text.slice(plain[0].length).trim();
  if (!isValid(date) || rest.length < 2) return null;
  // What the list does after its match: a range's end (`June 16, 2016 — June 18, 2016: …`), a time after the dash.
  return withTimeAfterDash(withRangeEnd({ date: withText(date, plain[1]!), rest }, ' — '), ' — ');
}

/**
 * A date, a comma and a few words saying which day it was, before the separator: `Nov. 6, the
 * morning after – …`, `March 3, a Friday — …`, `12 May, two days later: …`. The writer's gloss on
 * when, not the entry's subject: it opens with a determiner, a count of time (`two days`, not `10
 * people`) or a word of time, holds a word of when (WHEN_WORD), ends in no verb of the past or of
 * speaking (`March 3, the council said: …` is a sentence), and what follows the separator opens as
 * an entry does. Only the date is the date's text; the entry keeps the gloss, so no word is lost.
 */
const COMMA_GLOSS_WORDS = new RegExp(
  `^(?:a|an|the|that|this|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})(?=\\s+(?:hours?|days?|weeks?|months?|years?)\\b)|hours|days|weeks|months|early|late|just|shortly|barely|only|day|night|eve|morning|afternoon|evening|overnight|midday|lunchtime|${WEEKDAY_NAME})(?:\\s+[\\p{L}\\d'’.-]+){0,5}$`,
  'u',
);
/** A word of when that a gloss holds (`the morning after`, `a Friday`, `two days later`, `just after 3pm`); `the council` is none. */
const WHEN_WORD = new RegExp(
  `(?:^|\\s)(?:day|days|night|nights|morning|afternoon|evening|overnight|midday|lunchtime|week|weeks|weekend|fortnight|month|months|hours?|minutes?|later|after|before|following|next|previous|same|eve|noon|midnight|dawn|dusk|${WEEKDAY_NAME}|\\d[\\d.:]*(?:[ap]\\.?m\\.?)?)(?=\\s|$)`,
  'i',
);
/** A gloss's last word that makes it a clause: a verb in the past, or one of speaking. */
const CLAUSE_END = /(?:ed|says|said|told|tells|writes|wrote|reads|warns|notes|adds|insists|argues)$/;
/** The separator after the gloss, and the entry's text after it opening as an entry does. */
const GLOSS_SEPARATOR = /\s*(?:[—–:|]|\s-\s|\.\s)\s*(?=[\p{Lu}\d"“‘'])/u;
const LONGEST_GLOSSED_DATE = 60;

function isCommaGloss(words: string): boolean {
  return COMMA_GLOSS_WORDS.test(words) && !CLAUSE_END.test(words) && WHEN_WORD.test(words);
}

/** A gloss opening its line (`The following Monday`, `Two days later`): its capital read as the small letter it stands for. */
function isCapitalisedGloss(words: string): boolean {
  return isCommaGloss(words.charAt(0).toLowerCase() + words.slice(1));
}

/** A text opening with a date's words, a comma and a gloss before the separator: the date's words, and the rest from the gloss on. */
function splitAtCommaGloss(text: string): { dateWords: string; rest: string } | null {
  // The separator is sought after the date's first comma: a full stop closes a gloss too (`Nov. 6,
  // the morning after. Both …`), but not the date's own (`Nov. 6`).
  const firstComma = text.indexOf(', ');
  if (firstComma < 3 || firstComma > LONGEST_GLOSSED_DATE) return null;
  const separator = GLOSS_SEPARATOR.exec(text.slice(firstComma, LONGEST_GLOSSED_DATE + 4));
  if (!separator) return null;
  const head = text.slice(0, firstComma + separator.index);
  const comma = head.lastIndexOf(', ');
  if (comma < 3 || !isCommaGloss(head.slice(comma + 2).trim())) return null;
  return { dateWords: head.slice(0, comma), rest: text.slice(comma + 1).trim() };
}

function dateBeforeCommaGloss(text: string): { date: ParsedDate; rest: string } | null {
  const split = splitAtCommaGloss(text);
  const date = split && parseStandaloneDate(split.dateWords);
  return date && date.month !== null ? { date, rest: split!.rest } : null;
}

/**
 * `The following Monday, 24 April – …`, `That Friday (28 April) – …`, `Two days later, 9 April:`: a
 * gloss of when (as COMMA_GLOSS_WORDS reads one after a date) before a day's date, after a comma or
 * with the date in brackets. The date dates the entry; the gloss is kept as its label, as a name for
 * the day is (`Deadline day, 1 September 2023 – …`).
 */
const GLOSS_BEFORE_DATE = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}\d'’.-]+){0,4}?)(,\s+|\s*\()(?=\d|\p{Lu})/u;

function dateAfterGloss(text: string): { date: ParsedDate; rest: string } | null {
  if (!opensWithCapital(text) || !breaksBeforeDate(text)) return null;
  const gloss = GLOSS_BEFORE_DATE.exec(text.slice(0, LONGEST_GLOSSED_DATE));
  if (!gloss || !isCapitalisedGloss(gloss[1]!)) return null;
  let after = text.slice(gloss[0].length);
  if (gloss[2]!.endsWith('(')) {
    const close = after.indexOf(')');
    if (close < 3 || close > 32) return null;
    after = after.slice(0, close) + after.slice(close + 1);
  }
  const found = parseLeadingDate(after);
  // A day's date before a separator: `Two days later, on 9 April, the union met` is a sentence.
  if (!found || found.date.day === null || found.rest === after) return null;
  return { date: found.date, rest: `${gloss[1]}: ${found.rest}` };
}

function opensWithCapital(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Whether the first comma or bracket, early on, comes right before a figure or a capital, as a date after a gloss does: most paragraphs are asked nothing more. */
function breaksBeforeDate(text: string): boolean {
  const [comma, bracket] = [text.indexOf(', '), text.indexOf('(')];
  const at = comma < 0 ? bracket + 1 : bracket < 0 || comma < bracket ? comma + 2 : bracket + 1;
  if (at <= 0 || at > LONGEST_GLOSSED_DATE) return false;
  const next = text.charCodeAt(at);
  return (next >= 48 && next <= 57) || (next >= 65 && next <= 90);
}

/**
 * `Nov. 6 — the morning after — Both candidates …`: an aside between dashes that is a gloss of when
 * (see COMMA_GLOSS_WORDS), the entry opening after it, is no sentence's subject; the entry keeps it.
 */
function opensWithGlossBetweenDashes(rest: string): boolean {
  const dash = SPACED_DASH.exec(rest.slice(0, LONGEST_GLOSSED_DATE));
  return dash !== null && isCommaGloss(rest.slice(0, dash.index)) && ENTRY_OPENING.test(rest.slice(dash.index + dash[0].length));
}
const ENTRY_OPENING = /^\s*[\p{Lu}\d"“‘]/u;

/** `Update, 14 May:`, `Update 14 May 2024:`, `UPDATE (May 14):` — a dated update's label before its date. */
const UPDATE_LABEL = /^update[,:]?\s+(\()?/i;

/**
 * The date after an update's label (`Update, 14 May: The deputy takes over`): an update is news of
 * that day, an entry of its own, not more of the entry before. The label is left out of the
 * entry's text, as a separator is; a bracketed date (`(May 14):`) is read as if unbracketed.
 */
function dateAfterUpdateLabel(text: string): { date: ParsedDate; rest: string } | null {
  const label = UPDATE_LABEL.exec(text);
  if (!label) return null;
  let after = text.slice(label[0].length);
  if (label[1]) {
    const close = after.indexOf(')');
    if (close < 3 || close > 24) return null;
    after = after.slice(0, close) + after.slice(close + 1);
  }
  // Only a date of figures or a month opens it: `Update: the council has replied` is no date.
  return /^(?:\d|[a-z]{3})/i.test(after) && !UPDATE_LABEL.test(after) ? parseLeadingDate(after) : null;
}

/**
 * `[8 April 2023] Workers march`, `(9 April 2023) Talks open`, `(April 10, 2023): …`: a date in
 * brackets opening a paragraph, as a chronology or a case file sets its entries, with or without a
 * separator after it; what follows opens as an entry does. Not a wire's `(AP) —`, nor a year alone
 * (`(2019) The report …` may be a citation).
 */
const BRACKETED_LEADING = /^[([]([^()[\]]{3,40})[)\]]\s*(?:[—–:|]\s*|\s-\s*)?(?=[\p{Lu}\d"“‘])/u;

function bracketedLeadingDate(text: string): { date: ParsedDate; rest: string } | null {
  const bracketed = BRACKETED_LEADING.exec(text);
  const date = bracketed && parseStandaloneDate(bracketed[1]!.trim());
  if (!date || date.month === null) return null;
  const rest = text.slice(bracketed![0].length).trim();
  return rest.length < 2 ? null : { date, rest };
}

/**
 * ` -- `, the dash a typewriter or a plain-text e-mail writes (`April 8, 2023 -- The union walks
 * out`): read as the dash it stands for when one comes early, as a date's separator does, the aside
 * too (`1994 -- the year it ended -- was long`). The entry's text keeps it as typed, unless the
 * writer used both.
 */
const TYPED_DASH = ' -- ';

/**
 * Whether TYPED_DASH opens at or before `within`, as `text.lastIndexOf(TYPED_DASH, within) >= 0`
 * asks: V8 answers lastIndexOf by a call into its runtime (some 100 ns a paragraph), and most
 * paragraphs hold no hyphen that early, which a search for one character tells in a fifth of that.
 */
export function hasTypedDashEarly(text: string, within: number): boolean {
  // A dash opening at or before `within` has a hyphen at or before `within + 1`, the text's first one or a later one.
  const hyphen = text.indexOf('-');
  return hyphen >= 0 && hyphen <= within + 1 && text.lastIndexOf(TYPED_DASH, within) >= 0;
}

export function parseLeadingDate(text: string): { date: ParsedDate; rest: string } | null {
  // Sought backwards from the first characters only, and only after a hyphen among them (one fast search).
  if (!hasTypedDashEarly(text, LONGEST_GLOSSED_DATE)) return readLeadingDate(text);
  const found = readLeadingDate(text.replaceAll(TYPED_DASH, ' — '));
  if (!found || text.includes(' — ')) return found;
  const asTyped = (words: string) => words.replaceAll(' — ', TYPED_DASH);
  return { date: { ...found.date, text: asTyped(found.date.text) }, rest: asTyped(found.rest) };
}

function readLeadingDate(text: string): { date: ParsedDate; rest: string } | null {
  // Cheap guard: only a paragraph opening with `U` can carry an update's label.
  if ((text[0] === 'U' || text[0] === 'u') && UPDATE_LABEL.test(text)) return dateAfterUpdateLabel(text);
  if (text[0] === '(' || text[0] === '[') return bracketedLeadingDate(text);
  const plain = plainLeadingDate(text);
  if (plain) return plain;
  // `Christmas Eve — Ambulance crews announce …`: a named day before a separator; so is `Sunday
  // (June 9) – …`, a weekday with its date in brackets.
  const named = fixedDayAt(text) ?? movableFeastAt(text) ?? floatingHolidayAt(text) ?? weekdayBracketedAt(text);
  if (named) {
    const separator = NAMED_DAY_SEPARATOR.exec(text.slice(named.end));
    const rest = separator ? text.slice(named.end + separator[0].length).trim() : '';
    // `Christmas Day – the first without snow – passed quietly`: an aside, as for other dates.
    if (separator && !isAside(rest)) return { date: named.date, rest };
  }
  // `15.IV.2023 – The river rises`, `3.XI. – …`: a month in Roman numerals.
  const roman = romanMonthDateAt(text);
  if (roman) {
    const after = text.slice(roman.end);
    // `15.IV.2023 – 9am The army arrives`: a clock time after the dash needs no separator of its own.
    const separator = ROMAN_DATE_SEPARATOR.exec(after) ?? (roman.timeAfterDash ? CAPITAL_AFTER_SPACE.exec(after) : null);
    const rest = separator ? text.slice(roman.end + separator[0].length).trim() : '';
    if (separator && rest.length >= 2 && !isAside(rest)) return { date: roman.date, rest };
  }
  const wordsOnly = !hasDigitEarly(text);
  if (wordsOnly && !WORDS_DATE_START.test(text)) return parseLeadingMonth(text);
  // `The night of 20 July – …`: asked only of paragraphs with a digit early, as every such date has.
  const prefix = wordsOnly ? null : datePrefixOf(text);
  if (prefix) {
    const found = parseLeadingDate(text.slice(prefix[0].length));
    return found && { ...found, date: withPrefix(prefix[0], found.date) };
  }
  // A bare year is tried last, and only by a paragraph that opens with a digit. Every pattern
  // wants a separator after its date: a line without one (`May 1, 2020`, a date standing alone)
  // tries none, where it failed each in turn.
  const patterns = !MAY_SEPARATE.test(text) ? NO_PATTERNS : wordsOnly ? WORDS_ONLY.leading : startsWithDigit(text) ? LEADING_THEN_BARE_YEAR : LEADING;
  for (const { regex, read } of patterns) {
    const match = regex.exec(text);
    if (!match) continue;
    const date = readWrapped(read, match);
    if (!isValid(date)) continue;
    const rest = text.slice(match[0].length).trim();
    if (rest.length < 2) continue;
    const separator = text.slice(match[1]!.length, match[0].length);
    // `1994 – the year the stations were automated – was…`: a date in an aside between dashes
    // is the subject of a sentence, not an entry's date.
    if (DASH_ALONE.test(separator) && isAside(rest) && !opensWithGlossBetweenDashes(rest)) continue;
    const found = withRangeEnd({ date: withText(date, match[1]!.trim()), rest }, text.slice(match[1]!.length, match[0].length));
    return withTimeAfterDash(found, separator);
  }
  if (wordsOnly) return parseLeadingMonth(text);
  // `Nov. 6, the morning after – …`: asked only when no pattern read the date, and a comma is there;
  // `The following Monday, 24 April – …` when it opens with a capital.
  const glossed = text.includes(', ') ? dateBeforeCommaGloss(text) : null;
  if (glossed) return glossed;
  const glossFirst = !startsWithDigit(text) ? dateAfterGloss(text) : null;
  if (glossFirst) return glossFirst;
  const stamp = ISO_STAMP_LEADING.exec(text);
  if (stamp) {
    const date = { year: Number(stamp[1]), month: Number(stamp[2]), day: Number(stamp[3]), text: stamp[0] };
    if (isValid(date)) return { date, rest: text.slice(stamp[0].length).trim() };
  }
  // A month alone whose entry holds a number early (`April – The strike spreads to 17 mills`); not
  // a figure or an age after it (`June – 18mm`, `April – 23, a student`), which a list gives.
  const month = parseLeadingMonth(text);
  if (month && !/^\d+(?:[.,]\d+)*(?:[a-z%]|,\s|$)/.test(month.rest)) return month;
  // Without a comma after it the date needs its year (`On 14 January 2019 the council`, as
  // British pages write it): `On June 9 the three men meet` is more likely a story's sentence.
  const on = onDateOpening(text);
  return on && (on.comma || on.date.year !== null) ? { date: on.date, rest: text } : null;
}

/** A full date opening a sentence after `On` (`On 9 February the union …`), and whether a comma follows it. */
function onDateOpening(text: string): { date: ParsedDate; comma: boolean } | null {
  // Only a paragraph opening with "On" can be such a sentence, and most paragraphs do not.
  if (!/^on\s/i.test(text)) return null;
  for (const { regex, read } of ON_DATE) {
    const match = regex.exec(text);
    if (!match) continue;
    const date = readWrapped(read, match);
    const comma = text.charAt(match[0].trimEnd().length - 1) === ',';
    if (isValid(date) && date.day !== null) return { date: withText(date, match[1]!.trim()), comma };
  }
  return null;
}

/**
 * `On 9 February the union …`, `On March 3 the …`: a date opening a sentence with neither its year
 * nor a comma, which a story's narrative writes as often as a timeline does. Only between the
 * dated entries of a timeline is it an entry's date (timeline.ts); the entry keeps the sentence.
 */
export function parseOnDateSentence(text: string): ParsedDate | null {
  return onDateOpening(text)?.date ?? null;
}

/**
 * `30.09 – The manager is sacked`, `3/28 – The vote fails`, `14.10` alone: a day and a month in
 * figures without a year, before a separator or standing alone. Dotted, day first (as the
 * countries that write it do); with a slash, month first unless the first cannot be a month
 * (withSlashDatesDayFirst settles the article's order). Figures alone may be a fraction, a score
 * or a live blog's time (`12.05 — …`): timeline.ts reads them as dates only when several entries
 * open with them.
 */
const NUMERIC_DAY = new RegExp(`^((${WEEKDAY_NAME}\\.?,?\\s+)?(\\d{1,2})([./])(\\d{1,2})(\\.)?)(?![\\d./])(?:\\s*(?:[—–:|]|\\s-\\s)\\s*(?=\\S)|\\s*[:,—–-]?\\s*$)`, 'i');

/**
 * A day in figures, and whether it cannot be a time: Central Europe closes the month with a dot
 * (`14.2. –`, as `14.2.2023` has one before its year), and a weekday may name the day (`Mon., 6.3.
 * –`, `Thu 11.5.`), which no live blog's `10.05` has.
 */
export function parseNumericDay(text: string): { date: ParsedDate; rest: string | null; dotted: boolean; notATime: boolean } | null {
  if (!startsWithDigit(text) && !WEEKDAY_FIRSTS.has(text[0]!)) return null;
  const match = NUMERIC_DAY.exec(text);
  if (!match) return startsWithDigit(text) && text.includes(', ') ? numericDayBeforeCommaGloss(text) : null;
  const [first, second, dotted, closed] = [Number(match[3]), Number(match[5]), match[4] === '.', match[6] !== undefined];
  // `3/28.`: a slash's figures end a sentence, not a month.
  if (closed && !dotted) return null;
  const fields = dotted ? { day: first, month: second, year: null } : { ...dayAndMonth(first, second, 2000), year: null };
  if (!isValid(fields)) return null;
  const rest = text.slice(match[0].length).trim();
  return { date: withText(fields, match[1]!), rest: rest || null, dotted, notATime: closed || match[2] !== undefined };
}

/**
 * A day in figures standing alone that no time can be (`14.2.`, `Mon., 6.3.`), as a Central European
 * page heads its entries, in a heading, in bold or on a line over its entry's text; a `12.05` alone
 * may be a live blog's time or a score, and is left to the timeline's reading of its neighbours.
 */
export function parseDayInFiguresAlone(text: string): ReturnType<typeof parseNumericDay> {
  const day = text.length <= 16 ? parseNumericDay(text) : null;
  return day && day.rest === null && day.notATime ? day : null;
}

/** `12.5., the day after the petition – …`: a day in figures and a gloss of when (see COMMA_GLOSS_WORDS), which the entry keeps. */
function numericDayBeforeCommaGloss(text: string): ReturnType<typeof parseNumericDay> {
  const split = splitAtCommaGloss(text);
  const day = split && NUMERIC_DAY.test(split.dateWords) ? parseNumericDay(split.dateWords) : null;
  return day && { ...day, rest: split!.rest };
}

/**
 * `12 March 2024 – 3pm The council votes`: a clock time after the dash, with no separator of its
 * own before a capital (as a live blog's pasted stamp has none), is the day's time too.
 */
function withTimeAfterDash(found: { date: ParsedDate; rest: string }, separator: string): { date: ParsedDate; rest: string } {
  if (found.date.day === null || !DASH_ALONE.test(separator) || !startsWithDigit(found.rest)) return found;
  const clock = BARE_CLOCK.exec(found.rest);
  return clock ? { date: { ...found.date, text: `${found.date.text}${separator.trimEnd()} ${clock[1]}` }, rest: found.rest.slice(clock[0].length).trim() } : found;
}

/**
 * `2014–2016: A long drought`, `June 2017 – March 2018: …`: a dash, then a second date with its
 * own separator, is a range. The entry takes the first date, and its date text the whole range.
 */
function withRangeEnd(found: { date: ParsedDate; rest: string }, separator: string): { date: ParsedDate; rest: string } {
  if (!DASH_ALONE.test(separator)) return found;
  const end = LEADING_RANGE_END.exec(found.rest);
  if (!end) return found;
  const rest = found.rest.slice(end[0].length).trim();
  return rest.length < 2 ? found : { date: { ...found.date, text: `${found.date.text}–${end[1]!.trim()}` }, rest };
}

/** A year, not after `by` (`by 2035`, `by spring 2026`, `by the end of 2026`), with a season's second year. */
const YEAR_NAMED =
  /(?<![\d.,])(?<!\bby\s+(?:(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|early|late|mid)(?:\s+of)?[\s-]+)?)(1[89]\d{2}|2[01]\d{2})(?![\d,.]\d)(?:[-–/](\d{2})(?!\d))?/gi;

/** `its 2030 net-zero target`, `the 2050 goal`: a year named as a target. */
const TARGET_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:targets?|goals?|deadlines?|ambitions?|pledges?|vision|agenda|strategy)\b/u;

/**
 * `was due to run until 2027`, `hopes to reopen the pier in 2026`, `will open in 2025`, `won't
 * reopen until 2027`: a year planned or foreseen, not reached. Not `would`, which in a story told in
 * the past looks back on what happened (`the pit would close in 1984`), nor the noun (`against the
 * will of residents in 2019`), nor a year of a clause of its own (`will examine what the council
 * did in 2019`).
 */
const PLANNED_BEFORE =
  /\b(?:(?:due|set|scheduled|planned|expected|meant|supposed|slated|hopes?|hoped|plans?|planning|aims?|aimed|intends?|intended|promised|pledged|vowed)\s+to|(?<!\b(?:the|a|his|her|their|its|our|my|your|free|own|good|ill|political|popular|of)\s+)will|won['’]t|shall)(?:\s+not)?\s+(?:(?!(?:what|how|why|when|where|whether|which|who|that|did|was|were|had|happened)\b)[\p{L}'’-]+\s+){1,5}(?:until|till|in|from|before|after)\s+(?:(?:early|late|mid|the\s+end\s+of|spring|summer|autumn|fall|winter)[\s-]+)?$/u;

/**
 * Four-digit years the prose names (1800–2199), in order of appearance; not a target year (`a goal
 * of $400bn a year by 2035`, `on sale by spring 2026`, `its 2030 net-zero target`) or a planned one
 * (`due to run until 2027`), which is no year the story has reached.
 */
export function yearsNamed(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(YEAR_NAMED)) {
    if (TARGET_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    if (PLANNED_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    const year = Number(match[1]);
    years.push(year);
    // A season (`the 2021-22 season`, `2021/22`) names the year it ends in too.
    if (match[2] !== undefined && isSeason(year, Number(match[2]))) years.push(year + 1);
  }
  return years;
}

const DATE_IN_PROSE = new RegExp(
  `\\b(?:${MONTH}\\s+(?:${DAY},?\\s+)?${YEAR}|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR})(?!\\d)`,
  'g',
);

/**
 * Dates the prose names with their year: full (`dated March 2, 2017`, `on 2 March 2017`) or a
 * month (`in November 2019`, day null); not impossible ones.
 */
export function datesNamed(text: string): Array<{ year: number; month: number; day: number | null }> {
  const dates = [...text.matchAll(DATE_IN_PROSE)]
    .map((match) =>
      match[1]
        ? { month: monthNumber(match[1]), day: match[2] ? Number(match[2]) : null, year: Number(match[3]) }
        : { day: Number(match[4]), month: monthNumber(match[5]!), year: Number(match[6]) },
    )
    .filter(isValid);
  // `balloted in the autumn of 2022`: each month of the season, with its year.
  if (SEASON_HINT.test(text)) {
    for (const match of text.matchAll(SEASON_IN_PROSE)) {
      for (const month of SEASON_MONTHS[match[1]!.toLowerCase()]!) dates.push({ year: Number(match[2]), month, day: null });
    }
  }
  return dates;
}

/** The months of a season named with its year in prose. Not winter: `winter 2022` may be its December or its January. */
const SEASON_MONTHS: Record<string, number[]> = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], fall: [9, 10, 11] };
const SEASON_HINT = /\b(?:spring|summer|autumn|fall)\b/i;
const SEASON_IN_PROSE = new RegExp(`\\b(?:the\\s+)?(spring|summer|autumn|fall)\\s+(?:of\\s+)?${YEAR}(?!\\d)`, 'gi');

const YEAR_OF_EVENT = new RegExp(`\\b(?:the|its|his|her|their|this|that|a|an)\\s+${YEAR}\\s+((?:[A-Za-z][a-z-]*\\s+){0,3}[A-Za-z][a-z-]*)`, 'g');
const NOT_EVENT_WORDS = new Set(['which', 'while', 'where', 'after', 'before', 'about', 'there', 'their', 'would', 'could', 'should', 'because', 'since', 'until']);

/**
 * Events the prose names by their year (`the 2016 election`, `the 2019 Rugby World Cup`, `the
 * 2016 Port Aldern mayoral election`, `before the 2019 agreement was signed`): the year, and the
 * longest of the (up to four) words after it, lower-cased, which the entry telling that event
 * likely uses too.
 */
export function eventsNamed(text: string): Array<{ year: number; word: string }> {
  const events: Array<{ year: number; word: string }> = [];
  for (const match of text.matchAll(YEAR_OF_EVENT)) {
    const words = match[2]!.toLowerCase().split(/\s+/).filter((word) => word.length >= 5 && !NOT_EVENT_WORDS.has(word));
    const word = words.reduce<string | undefined>((longest, candidate) => (!longest || candidate.length > longest.length ? candidate : longest), undefined);
    if (word) events.push({ year: Number(match[1]), word });
  }
  return events;
}

const STORY_BEGAN = new RegExp(
  `\\b(?:began|begun|started|dates back to|goes back to)\\s+(?:in|on|during)?\\s*(?:the\\s+)?(?:(?:spring|summer|autumn|fall|winter|early|late|middle|end|start|beginning)\\s+(?:of\\s+)?)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR}(?!\\d)`,
  'gi',
);

const YEARS_AS_WORDS: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, index) => [word, index + 1] as const)
    .concat([['a', 1], ['twenty-five', 25], ['thirty', 30], ['forty', 40], ['fifty', 50]]),
);
/**
 * A title opening with its framing: `Ten years on: …`, `One year on from the floods`, `It is 20
 * years since the crash`, `A decade ago today`; not `six years on the board`, nor a title that
 * mentions years in passing (`… the girl who vanished 30 years ago`).
 */
const YEARS_AGO = new RegExp(`^(?:it is |it's |it’s )?(?:(a) decade|(\\d{1,2}|${Object.keys(YEARS_AS_WORDS).join('|')}) years?)\\s+(?:ago|since|on(?=\\s*(?:[:,—–-]|from|since|$)))`, 'i');

/** `Ten years on`, `It is 20 years since`, `A decade ago`: how many years before the page's own a story is told. */
export function yearsAgoNamed(text: string): number | null {
  const match = YEARS_AGO.exec(text);
  if (!match) return null;
  if (match[1]) return 10;
  return /^\d/.test(match[2]!) ? Number(match[2]) : YEARS_AS_WORDS[match[2]!.toLowerCase()]!;
}

/** When the prose says the story began (`The trouble began in the summer of 2018`, `began in August 2018`). */
export function beginningsNamed(text: string): Array<{ year: number; month: number | null }> {
  return [...text.matchAll(STORY_BEGAN)].map((match) => ({ year: Number(match[2]), month: match[1] ? monthNumber(match[1]) : null }));
}

export type SlashOrder = 'day' | 'month';

/**
 * `Dates in this article are given day/month/year`, `All dates are DD/MM/YYYY`: how an article says
 * it writes its own slash dates; not `the form asked for mm/dd/yyyy` nor `birth dates in the old
 * register are written mm/dd/yyyy`, which are about something else.
 */
const STATED_ORDER =
  /\b(?:all dates|(?:the )?dates (?:in|on|of) this (?:article|page|timeline|story|report|piece|list)|dates (?:here|below|above))\b[^.]{0,30}?\b(?:are|is)\b[^.]{0,20}?\b(?:(dd\/mm\/yy(?:yy)?|day\/month\/year)|(mm\/dd\/yy(?:yy)?|month\/day\/year))\b/i;

export function slashOrderStated(text: string): SlashOrder | null {
  const match = STATED_ORDER.exec(text);
  return match ? (match[1] ? 'day' : 'month') : null;
}

/** A slash date, its year too when written (`3/28` has none: parseNumericDay). */
export const SLASH_DATE = new RegExp(`^${CIRCA}${WEEKDAY}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}(?![\\d/])))?(?![\\d/])`, 'i');
/** `11-4-2023`: read in the same order as the article's slash dates, its groups as SLASH_DATE's. */
export const DASHED_DATE = new RegExp(`^${CIRCA}${WEEKDAY}(\\d{1,2})-(\\d{1,2})-(\\d{4})(?!\\d)`, 'i');

/**
 * Every date text of every entry is asked: SLASH_DATE holds a `/` and DASHED_DATE a `-` outside
 * any optional part, so a text without one is asked neither pattern (most entries' dates, `June 16,
 * 2016`, hold neither): withSlashDatesDayFirst over the dates of a pass 0.46x and 0.47x the CPU (8
 * processes each), though at most some 0.3 ms a pass.
 */
export function slashDateOf(text: string): RegExpExecArray | null {
  return (text.includes('/') ? SLASH_DATE.exec(text) : null) ?? (text.includes('-') ? DASHED_DATE.exec(text) : null);
}
/** A date written day before month: `4 March 2021`, `4th March, 2021`, `Thursday 18 March`. */
const DAY_BEFORE_MONTH = new RegExp(`^${WEEKDAY}(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, 'i');
const MONTH_BEFORE_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+\\d{1,2}\\b`, 'i');

/**
 * When no slash date settles it: the article's other dates written day before month (`4th March,
 * 2021`) say it writes day first; else the reading that keeps the entries in time order, if only
 * that one does (`04/03, 11/03, 06/04, 10/05` runs March to May day first, and back and forth
 * month first).
 */
function dayFirstByOtherEvidence(dates: Array<ParsedDate | null>, slashes: Array<RegExpExecArray | null>): boolean {
  let [dayBefore, monthBefore] = [0, 0];
  for (const date of dates) {
    if (!date) continue;
    if (DAY_BEFORE_MONTH.test(date.text)) dayBefore += 1;
    else if (MONTH_BEFORE_DAY.test(date.text)) monthBefore += 1;
  }
  if (dayBefore !== monthBefore) return dayBefore > monthBefore;
  const read = (dayFirst: boolean) =>
    slashes.flatMap((slash) => (slash ? [(slash[3] ? fullYear(slash[3]) : 0) * 10_000 + Number(slash[dayFirst ? 2 : 1]) * 100 + Number(slash[dayFirst ? 1 : 2])] : []));
  const inversions = (keys: number[]) => keys.slice(1).filter((key, index) => key < keys[index]!).length;
  const [monthFirst, dayFirst] = [read(false), read(true)];
  // In order either way round (a timeline may run newest first): only day first does so.
  const ordered = (keys: number[]) => inversions(keys) === 0 || inversions([...keys].reverse()) === 0;
  return ordered(dayFirst) && !ordered(monthFirst);
}

/**
 * Slash dates read month first (`6/16/2015`) unless the day cannot be a month (`16/6/2015`). An
 * article writes all its slash dates one way, so one that can only be day first (`14/03/2022`)
 * makes the others day first too (`03/02/2022` is 3 February there). Returns the dates with any
 * such correction.
 */
export function withSlashDatesDayFirst<T extends ParsedDate | null>(dates: T[], statedOrder: () => SlashOrder | null = () => null): T[] {
  const slashes = dates.map((date) => (date ? slashDateOf(date.text) : null));
  if (!slashes.some(Boolean)) return dates;
  const impossibleMonthFirst = slashes.some((slash) => slash && Number(slash[1]) > 12);
  const impossibleDayFirst = slashes.some((slash) => slash && Number(slash[2]) > 12);
  // An article that says how it writes them (`Dates are given day/month/year`) is taken at its word.
  const stated = impossibleMonthFirst || impossibleDayFirst ? null : statedOrder();
  const dayFirst = impossibleMonthFirst || (!impossibleDayFirst && (stated ? stated === 'day' : dayFirstByOtherEvidence(dates, slashes)));
  if (!dayFirst) return dates;
  return dates.map((date) => {
    const slash = date && slashDateOf(date.text);
    if (!date || !slash || Number(slash[1]) > 12 || date.day === null) return date;
    return { ...date, month: Number(slash[2]), day: Number(slash[1]) };
  });
}
