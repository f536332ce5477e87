/**
 * The search API's contract against a real Meilisearch: parameters, combinations, disjunctive
 * facets, sort, pagination, highlight safety, document lookups, ETags and headers.
 */
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { COUNCIL_DOCUMENTS, makeDocument } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

let fixture: SearchFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'api' });
  app = createApp({ search: fixture.search, logger: pino({ level: 'silent' }) });
});

afterAll(() => fixture.dispose());

const ids = (body: { hits: Array<{ id: string }> }) => body.hits.map((hit) => hit.id).sort();

describe('GET /api/search', () => {
  describe('with no parameters', () => {
    it('browses every document with exact totals, default page size and all three facets', async () => {
      const response = await request(app).get('/api/search').expect(200);
      expect(response.body).toMatchObject({ query: '', totalHits: 7, page: 1, hitsPerPage: 20, totalPages: 1 });
      expect(response.body.facets.type).toEqual({ event: 3, quote: 3, passage: 1 });
      expect(Object.keys(response.body.facets.month)).toEqual(['2021-03', '2021-04', '2021-05']);
      expect(response.body.facets.speaker).toEqual({ 'Dana Whitfield': 2, 'Omar Castillo': 1 });
      expect(typeof response.body.processingTimeMs).toBe('number');
    });
  });

  describe('with q', () => {
    it('finds a half-remembered quote, typo included, and highlights the match', async () => {
      const response = await request(app).get('/api/search').query({ q: 'crumbling brige' }).expect(200);
      expect(response.body.hits[0].id).toBe('c-quote-1');
      expect(response.body.hits[0].speaker).toBe('Dana Whitfield');
      expect(response.body.hits[0].highlight).toContain('<mark>crumbling</mark>');
    });

    it('finds a pasted quotation with words around it, in quotation marks, or with a word wrong', async () => {
      for (const q of ['he said we cannot keep a crumbling bridge open', '"We cannot keep a crumbling bridge open for a winter."', 'we cannot keep a crumbling viaduct open']) {
        const response = await request(app).get('/api/search').query({ q }).expect(200);
        expect(response.body.hits[0]?.id, q).toBe('c-quote-1');
      }
    });

    it('returns the stored document fields on every hit and no engine internals', async () => {
      const response = await request(app).get('/api/search').query({ q: 'estimate' }).expect(200);
      const hit = response.body.hits.find((h: { id: string }) => h.id === 'c-quote-2');
      expect(hit).toMatchObject({ type: 'quote', eventId: 'c-event-2', attribution: 'Omar Castillo told reporters', date: '2021-04-12' });
      expect(Object.keys(hit).filter((key) => key.startsWith('_'))).toEqual([]);
    });

    it('escapes markup in documents so only <mark> remains as HTML', async () => {
      const response = await request(app).get('/api/search').query({ q: 'ceremony programme' }).expect(200);
      const hit = response.body.hits.find((h: { id: string }) => h.id === 'c-event-3');
      expect(hit.highlight).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(hit.highlight).toContain('&lt;script&gt;');
      expect(hit.highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      // The stored text itself is returned unchanged, as data.
      expect(hit.text).toContain('<img src=x onerror=alert(1)>');
    });
  });

  describe('filters', () => {
    it('keeps only the chosen type', async () => {
      const response = await request(app).get('/api/search').query({ type: 'quote' }).expect(200);
      expect(ids(response.body)).toEqual(['c-quote-1', 'c-quote-2', 'c-quote-3']);
    });

    it('ORs repeated values of one parameter', async () => {
      const response = await request(app).get('/api/search?month=2021-03&month=2021-05').expect(200);
      expect(ids(response.body)).toEqual(['c-event-1', 'c-event-3', 'c-quote-1', 'c-quote-3']);
    });

    it('ANDs different parameters', async () => {
      const response = await request(app).get('/api/search?type=quote&speaker=Dana%20Whitfield&month=2021-05').expect(200);
      expect(ids(response.body)).toEqual(['c-quote-3']);
    });

    it('filters by article', async () => {
      const hit = await request(app).get('/api/search').query({ article: 'council-story' }).expect(200);
      expect(hit.body.totalHits).toBe(7);
      const none = await request(app).get('/api/search').query({ article: 'other-story' }).expect(200);
      expect(none.body.totalHits).toBe(0);
    });
  });

  describe('facet counts', () => {
    it('are disjunctive: a facet ignores its own selection but applies the others', async () => {
      const response = await request(app).get('/api/search?month=2021-03&type=quote').expect(200);
      expect(ids(response.body)).toEqual(['c-quote-1']);
      // Month counts apply type=quote but not month: choosing March still shows what April and May would add.
      expect(response.body.facets.month).toEqual({ '2021-03': 1, '2021-04': 1, '2021-05': 1 });
      // Type counts apply month=2021-03 but not type.
      expect(response.body.facets.type).toEqual({ event: 1, quote: 1 });
      // Speaker has no selection: it applies both filters.
      expect(response.body.facets.speaker).toEqual({ 'Dana Whitfield': 1 });
    });
  });

  describe('sort and pagination', () => {
    it('sorts oldest first strictly by date even with a query', async () => {
      const response = await request(app).get('/api/search').query({ q: 'bridge', sort: 'date:asc', type: 'event' }).expect(200);
      expect(response.body.hits.map((hit: { date: string }) => hit.date)).toEqual(['2021-03-03', '2021-04-12', '2021-05-20']);
    });

    it('sorts newest first', async () => {
      const response = await request(app).get('/api/search').query({ sort: 'date:desc', type: 'quote' }).expect(200);
      expect(response.body.hits.map((hit: { id: string }) => hit.id)).toEqual(['c-quote-3', 'c-quote-2', 'c-quote-1']);
    });

    it('pages with exact totals', async () => {
      const first = await request(app).get('/api/search').query({ sort: 'date:asc', hitsPerPage: 2, page: 1 }).expect(200);
      const third = await request(app).get('/api/search').query({ sort: 'date:asc', hitsPerPage: 2, page: 3 }).expect(200);
      expect(first.body).toMatchObject({ totalHits: 7, totalPages: 4, hitsPerPage: 2, page: 1 });
      expect(first.body.hits.map((hit: { id: string }) => hit.id)).toEqual(['c-event-1', 'c-quote-1']);
      expect(third.body.hits.map((hit: { id: string }) => hit.id)).toEqual(['c-event-3', 'c-quote-3']);
    });
  });

  describe('caching headers', () => {
    it('answers 304 to a matching If-None-Match', async () => {
      const first = await request(app).get('/api/search').query({ q: 'bridge' }).expect(200);
      expect(first.headers['etag']).toMatch(/^W\/"/);
      expect(first.headers['cache-control']).toBe('no-cache');
      await request(app).get('/api/search').query({ q: 'bridge' }).set('If-None-Match', first.headers['etag']).expect(304);
      const other = await request(app).get('/api/search').query({ q: 'council' }).expect(200);
      expect(other.headers['etag']).not.toBe(first.headers['etag']);
    });
  });
});

describe('GET /api/documents/:id', () => {
  it('returns an event with its quotes and neighbours', async () => {
    const response = await request(app).get('/api/documents/c-event-2').expect(200);
    expect(response.body.document.id).toBe('c-event-2');
    expect(response.body.quotes.map((quote: { id: string }) => quote.id)).toEqual(['c-quote-2']);
    expect(response.body.previous.id).toBe('c-event-1');
    expect(response.body.next.id).toBe('c-event-3');
  });

  it('returns a quote with its event', async () => {
    const response = await request(app).get('/api/documents/c-quote-3').expect(200);
    expect(response.body.event.id).toBe('c-event-3');
  });

  it('answers 404 in JSON for an unknown or malformed id', async () => {
    const unknown = await request(app).get('/api/documents/no-such-doc').expect(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    const malformed = await request(app).get('/api/documents/bad%20id%22').expect(404);
    expect(malformed.body.error.code).toBe('NOT_FOUND');
  });
});

describe('the app around the API', () => {
  it('reports health', async () => {
    const response = await request(app).get('/api/health').expect(200);
    expect(response.body.status).toBe('ok');
  });

  it('answers another method on a route with a JSON 405 naming the ones it takes', async () => {
    for (const path of ['/api/search', '/api/documents/c-event-1', '/api/health']) {
      const response = await request(app).post(path).send({ q: 'bridge' }).expect(405);
      expect(response.headers['allow']).toBe('GET, HEAD');
      expect(response.body.error).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    }
    const options = await request(app).options('/api/search').expect(204);
    expect(options.headers['allow']).toBe('GET, HEAD');
  });

  it('answers unknown routes with a JSON 404, and a browser asking for a page with a page', async () => {
    const response = await request(app).get('/api/nope').set('Accept', 'text/html').expect(404);
    expect(response.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /api/nope' } });
    const json = await request(app).get('/about').expect(404);
    expect(json.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /about' } });
    const page = await request(app).get('/about&more').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<h1>Page not found</h1>');
    expect(page.text).toContain('<a href="/">Search the timeline</a>');
    expect(page.text).toContain('<code>/about&#38;more</code>');
  });

  it('sends security headers, a strict CSP and no x-powered-by', async () => {
    const response = await request(app).get('/api/search').expect(200);
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body over the size limit', async () => {
    const response = await request(app).post('/api/search').send({ q: 'x'.repeat(20_000) }).expect(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('sorting a live blog told newest first', () => {
  let blog: SearchFixture;
  let blogApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    // Posts in page order, newest first, each stamped with its time of day.
    const posts = [
      { id: 'b-event-1', minuteOfDay: 1082, dateText: '14 March 2023, 18.02 GMT', text: 'Talks end without a deal.' },
      { id: 'b-event-2', minuteOfDay: 1000, dateText: '14 March 2023, 16.40 GMT', text: 'The union arrives for talks.' },
      { id: 'b-event-3', minuteOfDay: 915, dateText: '14 March 2023, 15.15 GMT', text: 'Trains are cancelled across the region.' },
    ].map((post, position) => makeDocument({ ...post, position, date: '2023-03-14' }));
    blog = await createSearchFixture({ documents: posts, prefix: 'blog' });
    blogApp = createApp({ search: blog.search, logger: pino({ level: 'silent' }) });
  });
  afterAll(() => blog.dispose());

  it('orders a day’s posts by their time, oldest or newest first, whatever order the page told them in', async () => {
    const order = async (sort: string) => (await request(blogApp).get('/api/search').query({ sort }).expect(200)).body.hits.map((hit: { id: string }) => hit.id);
    expect(await order('date:asc')).toEqual(['b-event-3', 'b-event-2', 'b-event-1']);
    expect(await order('date:desc')).toEqual(['b-event-1', 'b-event-2', 'b-event-3']);
  });
});

describe('a speaker filter spelt otherwise than the index', () => {
  let names: SearchFixture;
  let namesApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const quotes = [
      { id: 'n-quote-1', speaker: 'Jen O’Malley', text: 'We feel good about tonight.' },
      { id: 'n-quote-2', speaker: 'Élodie Marchand', text: 'The loan of the paintings is agreed.' },
      { id: 'n-quote-3', speaker: 'D. K. Shivakumar', text: 'The borewells are failing across the city.' },
      { id: 'n-quote-4', speaker: 'Jen Malley', text: 'A different person altogether.' },
      { id: 'n-quote-5', speaker: 'Seán O’Brien', text: 'We won the lineout all afternoon.' },
      { id: 'n-quote-6', speaker: 'Sean O’Brien', text: 'The union will ballot its members.' },
    ].map((quote, position) => makeDocument({ ...quote, type: 'quote', position, date: '2024-02-03' }));
    names = await createSearchFixture({ documents: quotes, prefix: 'names' });
    namesApp = createApp({ search: names.search, logger: pino({ level: 'silent' }) });
  });
  afterAll(() => names.dispose());

  it.each([
    ["Jen O'Malley", 'n-quote-1'],
    ['Elodie Marchand', 'n-quote-2'],
    ['D K Shivakumar', 'n-quote-3'],
    ['jen o’malley', 'n-quote-1'],
  ])('finds %j as the index spells it, apostrophes, accents and initials aside', async (speaker, id) => {
    const response = await request(namesApp).get('/api/search').query({ speaker }).expect(200);
    expect(ids(response.body)).toEqual([id]);
  });

  it('never merges two people whose names fold alike, nor respells a name the index holds as written', async () => {
    // Accents are folded only when nothing else matches: the union's Sean, not the rugby player Seán.
    const sean = await request(namesApp).get('/api/search').query({ speaker: "Sean O'Brien" }).expect(200);
    expect(ids(sean.body)).toEqual(['n-quote-6']);
    const ambiguous = await request(namesApp).get('/api/search').query({ speaker: 'sean obrien' }).expect(200);
    expect(ambiguous.body.totalHits).toBe(0);
    const exact = await request(namesApp).get('/api/search').query({ speaker: 'Sean O’Brien', q: 'lineout' }).expect(200);
    expect(exact.body.totalHits).toBe(0);
  });

  it('still finds no one for a name the index does not hold', async () => {
    const response = await request(namesApp).get('/api/search').query({ speaker: 'Jen Omalley' }).expect(200);
    expect(response.body.totalHits).toBe(0);
    const both = await request(namesApp).get('/api/search').query({ speaker: ["Jen O'Malley", 'Nobody Here'] }).expect(200);
    expect(ids(both.body)).toEqual(['n-quote-1']);
  });
});

describe('a paste in another spelling of the same words', () => {
  let quotes: SearchFixture;
  let quotesApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const documents = [
      { id: 's-quote-1', speaker: 'Rosa Kim', text: 'I cannot defend numbers I did not write.' },
      { id: 's-quote-2', speaker: 'Maria Santos', text: 'Nobody is above the rules in this city.' },
      { id: 's-quote-3', speaker: 'Donald Trump Jr', text: 'I can’t think of bigger lies.' },
      { id: 's-quote-4', speaker: 'George Papadopoulos', text: 'No one else is aware that the numbers are wrong, I can say.' },
      { id: 's-quote-5', speaker: 'Ann Lee', text: 'I don’t think the council did anything wrong at all.' },
    ].map((quote, position) => makeDocument({ ...quote, type: 'quote', position, date: '2022-03-03' }));
    quotes = await createSearchFixture({ documents, prefix: 'spellings' });
    quotesApp = createApp({ search: quotes.search, logger: pino({ level: 'silent' }) });
  });
  afterAll(() => quotes.dispose());

  it.each([
    ["I can't defend numbers I didn't write", 's-quote-1'],
    ['No one is above the rules in this city', 's-quote-2'],
    ['I cannot think of bigger lies', 's-quote-3'],
    ['I do not think the council did anything wrong', 's-quote-5'],
    ['nobody else is aware that the numbers are wrong', 's-quote-4'],
  ])('finds %j first: a negative whole or contracted, nobody or no one', async (q, id) => {
    const response = await request(quotesApp).get('/api/search').query({ q }).expect(200);
    expect(response.body.hits[0]?.id).toBe(id);
  });
});
