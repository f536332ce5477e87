/**
 * The fixed search workload: quote fragments, keywords, typos, filters by month, type and
 * speaker, and empty-query browsing with facets. Each request exists twice, in equivalent
 * forms: the API's GET and the exact multi-search body the API sends to the engine.
 */
import { buildSearchQueries } from '../server/search-service.ts';
import { parseSearchRequest } from '../server/search-params.ts';

type Params = Record<string, string | string[]>;

/** Written against the bundled article; on other corpora they still exercise the same paths. */
export const WORKLOAD: Params[] = [
  { q: 'rewarded mightly by the press' },
  { q: 'If it’s what you say I love it' },
  { q: 'I can’t think of bigger lies' },
  { q: 'russia if you are listening' },
  { q: 'many great stories the press are missing' },
  { q: 'nothing could be further from the truth' },
  { q: 'no communication between the campaign' },
  { q: 'I love Wikileaks' },
  { q: 'holy fuck man' },
  { q: 'Wikileaks' },
  { q: 'Podesta emails' },
  { q: 'Guccifer' },
  { q: 'Trump Tower meeting' },
  { q: 'Crowdstrike DNC intrusion' },
  { q: 'Cambridge Analytica' },
  { q: 'sanctions Magnitsky' },
  { q: 'wikilieks' },
  { q: 'Goldston' },
  { q: 'russain hackers' },
  { q: 'emails', month: '2016-07' },
  { q: 'Wikileaks', month: ['2016-09', '2016-10'] },
  { q: 'Trump', type: 'quote' },
  { q: 'Stone', type: 'event', sort: 'date:asc' },
  { q: 'campaign', speaker: 'Donald Trump Jr' },
  { q: '', type: 'quote', speaker: 'Donald Trump' },
  { q: '' },
  { q: '', sort: 'date:asc' },
  { q: '', sort: 'date:desc', page: '2' },
  { q: '', month: '2016-10' },
  { q: '', type: 'passage' },
  { q: '', month: ['2016-07', '2016-08'], type: 'event' },
  { q: 'documents stolen', sort: 'date:desc', hitsPerPage: '50' },
];

export interface WorkloadRequest {
  apiPath: string;
  directBody: string;
}

export function workloadRequests(indexUid: string): WorkloadRequest[] {
  return WORKLOAD.map((params) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) for (const item of [value].flat()) query.append(key, item);
    const request = parseSearchRequest(Object.fromEntries(Object.entries(params)));
    return { apiPath: `/api/search?${query}`, directBody: JSON.stringify({ queries: buildSearchQueries(indexUid, request) }) };
  });
}

/** The workload as GET requests to `/api/search`, for load tools (the API and anything that mimics it). */
export function apiSearchRequests(indexUid: string): Array<{ method: 'GET'; path: string }> {
  return workloadRequests(indexUid).map((request) => ({ method: 'GET', path: request.apiPath }));
}
