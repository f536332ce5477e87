/**
 * The search route never decodes the engine's answer (it carries the UTF-8 bytes through as byte
 * strings, server/byte-strings.ts): every character outside ASCII must still come out as itself,
 * in the hits, the highlights (crop markers included), the facets and the query echoed back,
 * through the fast path and through Express alike, and from the cache.
 */
import type { RequestListener } from 'node:http';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { TimelineDocument } from '../../core/schema.ts';
import { createMultiSearch } from '../../server/engine-multi-search.ts';
import { readByBytes } from '../../server/search-answer.ts';
import { parseSearchRequest } from '../../server/search-params.ts';
import { buildSearchQueries } from '../../server/search-service.ts';
import { makeDocument } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

const LONG_TEXT = `${'Ça commence à Zürich, où l’équipe s’installe. '.repeat(12)}Puis Núñez déclare: “Déjà vu, naïveté, 🎉 fête!” ${'Et la suite à Malmö, où tout se défait. '.repeat(12)}`;
const DOCUMENTS: TimelineDocument[] = [
  makeDocument({ id: 'u-quote-1', type: 'quote', position: 0, text: '“Ni oui ni non — c’est déjà décidé,” a-t-il dit. 🎉', speaker: 'José Núñez', date: '2022-01-05' }),
  makeDocument({ id: 'u-quote-2', type: 'quote', position: 1, text: 'Wir schaffen das, sagte Zoë Ångström.', speaker: 'Zoë Ångström', date: '2022-02-07' }),
  makeDocument({ id: 'u-event-1', type: 'event', position: 2, text: LONG_TEXT, date: '2022-02-08', section: 'Über uns' }),
];

let fixture: SearchFixture;
let apps: Array<[string, RequestListener]>;

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: DOCUMENTS, prefix: 'utf8', cacheEntries: 50 });
  apps = [
    ['the fast path', createApp({ search: fixture.search, logger: pino({ level: 'silent' }) })],
    ['Express', createApp({ search: fixture.search, logger: pino({ level: 'silent' }), rateLimitPerMinute: 1_000_000 })],
  ];
});

afterAll(() => fixture.dispose());

describe('text beyond ASCII in the search API', () => {
  it('comes back as itself in hits, facets and the query, through either route and from the cache', async () => {
    for (const [name, app] of apps) {
      for (const attempt of ['fresh', 'cached']) {
        const response = await request(app).get('/api/search').query({ q: 'déjà Núñez' }).expect(200);
        const label = `${name}, ${attempt}`;
        expect(response.headers['content-type'], label).toBe('application/json; charset=utf-8');
        expect(Number(response.headers['content-length']), label).toBe(Buffer.byteLength(response.text));
        expect(response.body.query, label).toBe('déjà Núñez');
        const quote = response.body.hits.find((hit: TimelineDocument) => hit.id === 'u-quote-1');
        expect(quote, label).toMatchObject({ speaker: 'José Núñez', text: DOCUMENTS[0]!.text });
        expect(quote.highlight, label).toBe('“Ni oui ni non — c’est <mark>déjà</mark> décidé,” a-t-il dit. 🎉');
        expect(response.body.facets.speaker, label).toEqual({ 'José Núñez': 1 });
      }
    }
  });

  it('crops a long text around its match with the engine’s marker, the characters around it whole', async () => {
    for (const [name, app] of apps) {
      const response = await request(app).get('/api/search').query({ q: 'naïveté', type: 'event' }).expect(200);
      const event = response.body.hits[0];
      expect(event.text, name).toBe(LONG_TEXT);
      expect(event.section, name).toBe('Über uns');
      expect(event.highlight, name).toMatch(/^….*<mark>naïveté<\/mark>, 🎉 fête!” .*…$/u);
      expect(event.highlight, name).not.toContain('\uFFFD');
    }
  });

  it('filters and counts by a speaker named beyond ASCII', async () => {
    const response = await request(apps[0]![1]).get('/api/search').query({ speaker: 'Zoë Ångström' }).expect(200);
    expect(response.body.hits.map((hit: TimelineDocument) => hit.id)).toEqual(['u-quote-2']);
    expect(response.body.facets.speaker).toEqual({ 'José Núñez': 1, 'Zoë Ångström': 1 });
  });

  it('is read by its bytes as the engine writes it, not the slow way (search-answer.ts), for every document and a paged, filtered search', async () => {
    const multiSearch = createMultiSearch(fixture.search['client'].config);
    for (const params of [{ q: 'déjà Núñez' }, { q: '' }, { q: 'naïveté', type: 'event' }, { q: '', speaker: 'Zoë Ångström', hitsPerPage: '1', page: '2' }]) {
      const answer = await multiSearch(buildSearchQueries(fixture.indexUid, parseSearchRequest(params)));
      const read = readByBytes(answer.toString('latin1'));
      expect(read, JSON.stringify(params)).toBeDefined();
      const parsedHits = JSON.parse(answer.toString('utf8')).results[0].hits as TimelineDocument[];
      expect(read!.hitsJson.map((hit) => JSON.parse(hit).id)).toEqual(parsedHits.map((hit) => hit.id));
    }
  });
});
