/**
 * Hostile and odd input: every invalid parameter is a 400 naming it, every injection attempt
 * matches nothing (never widens the result set), every odd-but-valid query is a 200.
 */
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { COUNCIL_DOCUMENTS } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

let fixture: SearchFixture;
let app: ReturnType<typeof createHttpServer>;

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'bad', cacheEntries: 100 });
  app = createHttpServer(createApp({ search: fixture.search, logger: pino({ level: 'silent' }) }));
});

afterAll(() => fixture.dispose());

describe('invalid parameters answer 400 naming the parameter', () => {
  it.each([
    { label: 'month=July', query: 'month=July', parameter: 'month' },
    { label: 'month=2016-13', query: 'month=2016-13', parameter: 'month' },
    { label: 'page=0', query: 'page=0', parameter: 'page' },
    { label: 'page=-1', query: 'page=-1', parameter: 'page' },
    { label: 'page=1.5', query: 'page=1.5', parameter: 'page' },
    { label: 'page=abc', query: 'page=abc', parameter: 'page' },
    { label: 'hitsPerPage=100000', query: 'hitsPerPage=100000', parameter: 'hitsPerPage' },
    { label: 'hitsPerPage=0', query: 'hitsPerPage=0', parameter: 'hitsPerPage' },
    { label: 'type=banana', query: 'type=banana', parameter: 'type' },
    { label: 'q=a&q=b', query: 'q=a&q=b', parameter: 'q' },
    { label: 'sort=price:asc', query: 'sort=price:asc', parameter: 'sort' },
    { label: 'sort=dateKey:asc', query: 'sort=dateKey:asc', parameter: 'sort' },
    { label: 'speaker=', query: 'speaker=', parameter: 'speaker' },
    { label: 'article=has%20space', query: 'article=has%20space', parameter: 'article' },
    { label: 'article=a%22%20OR%20type%20%3D%20%22event', query: 'article=a%22%20OR%20type%20%3D%20%22event', parameter: 'article' },
    { label: 'q of 20,000 characters', query: `q=${'a'.repeat(20_000)}`, parameter: 'q' },
    { label: 'q of 501 characters', query: `q=${'a'.repeat(501)}`, parameter: 'q' },
  ])('$label → 400 about $parameter', async ({ query, parameter }) => {
    const response = await request(app).get(`/api/search?${query}`).expect(400);
    expect(response.body.error.code).toBe('INVALID_PARAMETER');
    expect(response.body.error.message).toContain(`"${parameter}"`);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('filter injection never widens the result set', () => {
  it.each([
    'Dana Whitfield" OR type = "event',
    'Dana Whitfield\\" OR type = \\"event',
    '" OR speaker EXISTS OR speaker = "',
    'x\\',
    'x") OR (type = "event',
    'Dana Whitfield\' OR 1=1 --',
    'NOT speaker = "nobody"',
    '* ',
  ])('speaker=%j matches no document', async (speaker) => {
    const response = await request(app).get('/api/search').query({ speaker }).expect(200);
    expect(response.body.totalHits).toBe(0);
    expect(response.body.hits).toEqual([]);
  });

  it('a speaker with quotes and backslashes in its real name still matches exactly', async () => {
    const response = await request(app).get('/api/search').query({ speaker: 'Dana Whitfield', type: 'quote' }).expect(200);
    expect(response.body.totalHits).toBe(2);
  });
});

describe('odd but valid queries answer 200', () => {
  it.each([
    ['quotes', '"crumbling bridge'],
    ['a phrase', '"crumbling bridge"'],
    ['backslashes', 'bridge\\\\ \\'],
    ['parentheses', '(bridge) ((('],
    ['emoji', 'bridge 🌉🔥'],
    ['Cyrillic', 'мост москва'],
    ['control characters', 'bridge\u0000\u0007\u001b[31m'],
    ['only spaces', '     '],
    ['filter syntax', 'type = "event" OR 1'],
    ['an exclusion', '-bridge council'],
    ['500 characters', 'bridge '.repeat(71).slice(0, 500)],
  ])('%s', async (_name, q) => {
    const response = await request(app).get('/api/search').query({ q }).expect(200);
    expect(Array.isArray(response.body.hits)).toBe(true);
    expect(response.body.totalHits).toBeGreaterThanOrEqual(0);
  });

  it('reads a list written with brackets as the parameter itself, never dropping the filter', async () => {
    const plain = await request(app).get('/api/search?type=quote&type=event').expect(200);
    const bracketed = await request(app).get('/api/search?type[]=quote&type[]=event').expect(200);
    expect(bracketed.body.totalHits).toBe(plain.body.totalHits);
    expect(Object.keys(bracketed.body.facets.type).sort()).toEqual(Object.keys(plain.body.facets.type).sort());
    expect(bracketed.body.hits.every((hit: { type: string }) => hit.type !== 'passage')).toBe(true);
    await request(app).get('/api/search?type[]=nonsense').expect(400);
  });

  it('refuses other brackets after a parameter’s name (an object) instead of dropping the filter', async () => {
    for (const query of ['type[a]=quote', 'speaker[x]=Dana%20Whitfield', 'month[a][b]=2021-03']) {
      const response = await request(app).get(`/api/search?${query}`).expect(400);
      expect(response.body.error.code).toBe('INVALID_PARAMETER');
      expect(response.body.error.message).toContain(`"${decodeURIComponent(query.split('=')[0]!)}"`);
    }
    // A bracketed name that is no parameter of the API is ignored like any other.
    await request(app).get('/api/search?utm[source]=mail').expect(200);
  });

  it('counts the query’s characters as people do: 500 emoji are allowed, 501 are not', async () => {
    await request(app).get('/api/search').query({ q: '😀'.repeat(500) }).expect(200);
    const response = await request(app).get('/api/search').query({ q: '😀'.repeat(501) }).expect(400);
    expect(response.body.error.message).toContain('at most 500 characters');
  });

  it('ignores unknown parameters instead of failing', async () => {
    const response = await request(app).get('/api/search?utm_source=mail&q=bridge').expect(200);
    expect(response.body.totalHits).toBeGreaterThan(0);
  });
});
