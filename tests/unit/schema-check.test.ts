/**
 * The quick document check (surelyValidDocuments) stands in for zod on the ingest's hot path, so it
 * must never vouch for a document the schema rejects: every field of the schema, set to each of a
 * range of wrong values, is refused by both. A field added to the schema and not to the quick
 * check fails here (`{}` is wrong for every field).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { DOCUMENT_FIELDS, surelyValidDocuments, TimelineDocumentListSchema, type TimelineDocument } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const source = readFileSync(path.join(PROJECT_ROOT, 'data', 'articles', 'trump-campaign-russia-timeline.txt'), 'utf8');
const { documents } = parseArticle(source, { slug: 'seed', format: 'text' });
/** One document of each type, with and without a date and a speaker where the article has them. */
const samples = [
  documents.find((document) => document.type === 'event')!,
  documents.find((document) => document.type === 'quote' && document.speaker !== null)!,
  documents.find((document) => document.type === 'passage')!,
];
const WRONG_VALUES: unknown[] = [undefined, {}, [], true, -1, 1.5, 2 ** 60, Number.NaN, 1440, 3, '', 'x', 'not an id!', '2024-13', '2024-1-1', null];

describe('the quick document check', () => {
  it('vouches for the documents the parser makes, as the schema does', () => {
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
    expect(surelyValidDocuments(documents)).toBe(true);
  });

  it('never vouches for a document the schema rejects, field by field', () => {
    let rejected = 0;
    for (const sample of samples) {
      for (const field of DOCUMENT_FIELDS) {
        for (const value of WRONG_VALUES) {
          const changed = { ...sample, [field]: value } as TimelineDocument;
          if (value === undefined) delete (changed as Partial<TimelineDocument>)[field];
          if (TimelineDocumentListSchema.safeParse([changed]).success) continue;
          rejected += 1;
          expect(surelyValidDocuments([changed]), `${sample.type}.${field} = ${JSON.stringify(value)}`).toBe(false);
        }
      }
    }
    // Every field has wrong values among these, so the loop did test something.
    expect(rejected).toBeGreaterThan(DOCUMENT_FIELDS.length * samples.length * 5);
  });

  it('refuses what is no list of documents', () => {
    expect(surelyValidDocuments(null)).toBe(false);
    expect(surelyValidDocuments([null])).toBe(false);
    expect(surelyValidDocuments([[]])).toBe(false);
  });
});
