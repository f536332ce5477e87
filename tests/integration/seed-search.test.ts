/**
 * The seed article through the real pipeline (parse → atomic index → API): a half-remembered
 * quote finds the quotation first, with who said it and when; months facet chronologically.
 */
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { SEED_ARTICLE, startTestServer, type TestServer } from '../helpers/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('searching the seed article', () => {
  it.each([
    ['rewarded mightly by the press', 'Donald Trump', '2016-07-27'],
    ['I love Wikileaks', 'Donald Trump', '2016-10-10'],
    ['bigger lies', 'Donald Trump Jr', '2016-07-24'],
    ['what you say I love it', 'Donald Trump Jr', '2016-06-03'],
    ['many great stories the press are missing', 'Wikileaks', '2016-10-12'],
    // Pasted with who said it: a rare word of the credit (`vice`) no longer outweighs the quotation,
    // and a credit longer than the engine's ten words no longer hides it.
    ['the vice president said that nothing could be further from the truth', 'Mike Pence', '2016-10-14'],
    // A contraction where the article has the words in full, and the other way round.
    ["I've actually communicated with Assange", 'Roger Stone', '2016-08-08'],
    ['Russia if you are listening', 'Donald Trump', '2016-07-27'],
    // A negative as the article writes it, and a question asking who said it.
    ["I don't think you realize what you gave me", 'Aaron Nevins', '2016-09-07'],
    ['who said I love wikileaks', 'Donald Trump', '2016-10-10'],
    // A wrong word that is rare and another entry's (Roger Stone's “payload”): matched by its rarest
    // words, the paste found that entry alone; its opening words find the quotation, a better match.
    ["Russia, if you're payload, I hope you find the 30,000 emails", 'Donald Trump', '2016-07-27'],
    ['According to the report he wrote back to them on that day saying holy fuck man I dont think you realize what you gave me', 'Aaron Nevins', '2016-09-07'],
  ])('“%s” finds the quotation first: %s, %s', async (q, speaker, date) => {
    const response = await request(server.url).get('/api/search').query({ q }).expect(200);
    expect(response.body.hits[0]).toMatchObject({ type: 'quote', speaker, date });
    expect(response.body.hits[0].highlight).toContain('<mark>');
  });

  it('browses the whole timeline oldest first, starting on Jun 16, 2015', async () => {
    const response = await request(server.url).get('/api/search').query({ sort: 'date:asc', type: 'event', hitsPerPage: 100 }).expect(200);
    expect(response.body.totalHits).toBe(40);
    expect(response.body.hits[0]).toMatchObject({ date: '2015-06-16', dateText: 'Jun 16' });
    expect(response.body.hits.at(-1)).toMatchObject({ date: '2016-12-29' });
    const months = Object.keys(response.body.facets.month);
    expect(months).toEqual([...months].sort());
    expect(months[0]).toBe('2015-06');
  });

  it('narrows to a speaker and a month', async () => {
    const response = await request(server.url).get('/api/search').query({ speaker: 'Donald Trump Jr', month: '2016-07' }).expect(200);
    expect(response.body.hits.map((hit: { text: string }) => hit.text.slice(0, 20)).sort()).toEqual(['I can’t think of big', 'It just shows you th']);
  });
});

describe('a paste that opens with a name, beside another article', () => {
  let both: TestServer;
  beforeAll(async () => {
    both = await startTestServer({ files: [SEED_ARTICLE, path.join(PROJECT_ROOT, 'tests', 'fixtures', 'charity-longread.txt')] });
  });
  afterAll(() => both.close());

  it('finds the quotation when the name’s rare word (`Junior`) is another article’s', async () => {
    const response = await request(both.url).get('/api/search').query({ q: "Trump Junior if it's what you say I love it" }).expect(200);
    expect(response.body.query).toBe("Trump Junior if it's what you say I love it");
    expect(response.body.hits[0]).toMatchObject({ type: 'quote', speaker: 'Donald Trump Jr', date: '2016-06-03' });
  });
});
