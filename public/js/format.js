/** Words for the page: dates, months, kinds and counts, in English as the articles are. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2016-07` → `July 2016`; anything else (a hand-edited URL's `2016-13`) stays as written. */
export const monthLabel = (month) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}` : month);

/** `2016-07-27` → `Jul 27, 2016` */
export const dayLabel = (date) => `${MONTHS[Number(date.slice(5, 7)) - 1].slice(0, 3)} ${Number(date.slice(8))}, ${date.slice(0, 4)}`;

/**
 * A time of day closing a date as written: `March 14, 2023, 10:15 a.m.`, `June 9 at 16:30 ET`,
 * `14 March 2023, 16.40 GMT` (a dotted time only with its zone, as British live blogs write it).
 */
const ISO_TIME = /\dT(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z)?(?:[+-]\d{2}:?\d{2})?$/;
const TIME_OF_DAY = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)(?:\s+[A-Z]{2,4})?$|\b\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?$|\b\d{1,2}\.\d{2}\s+[A-Z]{2,4}$/;

/**
 * A document's date: the day (with the time of day the article gave, which tells a live blog's
 * entries apart) when known, else its month (`June 2016`), else the year as the article wrote it
 * (`Spring 2020`, `2014`), else null (passages).
 */
export function documentDate(doc) {
  const approximate = Boolean(doc.dateApproximate);
  if (doc.date) {
    // An ISO stamp's time (`2024-01-19T15:20Z`): its hours and minutes, with UTC for its Z.
    const iso = ISO_TIME.exec(doc.dateText ?? '');
    const time = iso ? null : TIME_OF_DAY.exec(doc.dateText ?? '');
    const clock = iso ? `${iso[1]}${iso[2] ? ' UTC' : ''}` : time ? time[0] : null;
    return { text: clock ? `${dayLabel(doc.date)}, ${clock}` : dayLabel(doc.date), datetime: doc.date, approximate };
  }
  if (doc.month) return { text: monthLabel(doc.month), datetime: doc.month, approximate };
  if (doc.year) return { text: doc.dateText || String(doc.year), datetime: String(doc.year), approximate };
  return null;
}

const KINDS = { event: ['Event', 'Events'], quote: ['Quote', 'Quotes'], passage: ['Passage', 'Passages'] };
export const kindLabel = (type, plural = false) => KINDS[type]?.[plural ? 1 : 0] ?? type;

/**
 * A query as the page repeats it (status line, chart note, tab title): a pasted page of text
 * would otherwise be read out in full at every update, so it keeps its first words and an ellipsis.
 */
export function shortQuery(query, max = 60) {
  // The page sets the query in its own quotation marks: a paste's own (`“If it’s what you say”`)
  // would double them.
  const characters = [...query.trim().replace(/\s+/g, ' ').replace(/^["“”‘'«„]+\s*|\s*["“”’'»]+$/gu, '')];
  if (characters.length <= max) return characters.join('');
  const cut = characters.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export const count = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Every month from first to last (`YYYY-MM`), so the strip can show a timeline's gaps. */
export function monthRange(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
