/** Hand-made documents for API tests: every field explicit, so each test states what it relies on. */
import { TYPE_RANK, type TimelineDocument } from '../../core/schema.ts';

export function makeDocument(fields: Partial<TimelineDocument> & Pick<TimelineDocument, 'id' | 'text'>): TimelineDocument {
  const date = fields.date ?? null;
  const month = fields.month ?? (date ? date.slice(0, 7) : null);
  return {
    type: 'event',
    article: 'council-story',
    articleTitle: 'The Council Story',
    position: 0,
    date,
    month,
    year: fields.year ?? (month ? Number(month.slice(0, 4)) : null),
    dateApproximate: false,
    speaker: null,
    eventId: null,
    attribution: null,
    section: null,
    dateKey: date ? Number(date.replaceAll('-', '')) : month ? Number(`${month.replace('-', '')}00`) : null,
    minuteOfDay: null,
    dateText: null,
    typeRank: TYPE_RANK[fields.type ?? 'event'],
    ...fields,
  };
}

/** A small timeline over three months, with quotes by two speakers and one hostile text. */
export const COUNCIL_DOCUMENTS: TimelineDocument[] = [
  makeDocument({ id: 'c-event-1', position: 0, date: '2021-03-03', text: 'The council votes to close the old bridge for repairs.' }),
  makeDocument({ id: 'c-quote-1', position: 1, type: 'quote', date: '2021-03-03', eventId: 'c-event-1', speaker: 'Dana Whitfield', attribution: 'Mayor Dana Whitfield said', text: 'We cannot keep a crumbling bridge open for another winter.' }),
  makeDocument({ id: 'c-event-2', position: 2, date: '2021-04-12', text: 'Engineers report that the bridge repairs will cost twice the estimate.' }),
  makeDocument({ id: 'c-quote-2', position: 3, type: 'quote', date: '2021-04-12', eventId: 'c-event-2', speaker: 'Omar Castillo', attribution: 'Omar Castillo told reporters', text: 'The bridge estimate was wrong from the very first day.' }),
  makeDocument({ id: 'c-event-3', position: 4, date: '2021-05-20', text: 'The bridge reopens after a ceremony with <img src=x onerror=alert(1)> and <script>alert(2)</script> in the programme.' }),
  makeDocument({ id: 'c-quote-3', position: 5, type: 'quote', date: '2021-05-20', eventId: 'c-event-3', speaker: 'Dana Whitfield', attribution: 'Whitfield says', text: 'This bridge belongs to every family in the valley again.' }),
  makeDocument({ id: 'c-passage-1', position: 6, type: 'passage', section: 'What it means', text: 'The bridge saga shows how small towns pay for deferred maintenance.' }),
];
