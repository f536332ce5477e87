/**
 * `npm run bench`: the search API against direct Meilisearch, side by side in one run.
 * The same fixed workload goes (a) to /api/search (response cache off), (b) to the engine's
 * /multi-search with the exact body the API sends, (c) to /api/search with the cache on, and
 * (d) to a forwarding proxy that only copies bytes (bench/forwarding-proxy.ts): the least any
 * Node process in front of the engine costs on this machine. Rounds alternate a, b, c, d, a, b…
 * and medians are reported, with ratios against direct.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../core/config.ts';
import { createEngineClient } from '../core/engine/engine-client.ts';
import { ingestArticles } from '../ingest/ingest-articles.ts';
import { findOrCreateSearchKey } from '../server/search-key.ts';
import { log, machineDescription, measureLoad, median, medianOfKnown, ratio, runBench, startApp, startBenchEngine, writeResult, type LoadMeasurement } from './processes.ts';
import { apiSearchRequests, workloadRequests, WORKLOAD } from './workload.ts';
import { cpuBoundRatio } from './cpu-budget.ts';

const HELP = `Usage: npm run bench -- [options]

Drives a fixed workload of ${WORKLOAD.length} searches with autocannon against the API (cache off and on),
against Meilisearch directly, and against a forwarding proxy that only copies the engine's bytes
(the least any Node process in front of the engine costs), alternating rounds; prints medians and
ratios against direct. Also reports the CPU each process spent per request (the server in front,
the engine when this bench started it, the load generator), and the throughput ratio that CPU alone
allows when every core is busy.
Uses MEILI_HOST/MEILI_MASTER_KEY when set, otherwise starts the bundled engine.

Options:
  --duration <s>         seconds per round (default 5)
  --rounds <n>           rounds per target and concurrency (default 3)
  --connections <list>   concurrency levels (default 1,16,64)
  --articles <files>     comma-separated articles to index (default: the bundled article)
  --quick                a tiny run (1 s, 1 round, connections 1,4), for smoke tests
  --profile <dir>        write a V8 CPU profile of the uncached API server into <dir>
                         (open it in Chrome DevTools or speedscope); the profiler slows that
                         server, so its throughput and CPU figures are not comparable then
  -h, --help             this help

The full result is written as JSON under bench/results/.`;

type Target = 'api' | 'direct' | 'apiCached' | 'forwarding';
const TARGETS: Target[] = ['api', 'direct', 'apiCached', 'forwarding'];
function summarise(samples: LoadMeasurement[]): LoadMeasurement {
  const medianCpu = (of: (cpu: LoadMeasurement['cpuMicrosPerRequest']) => number | undefined) => {
    const micros = medianOfKnown(samples.map((s) => of(s.cpuMicrosPerRequest)));
    return micros === undefined ? undefined : Math.round(micros);
  };
  return {
    requestsPerSecond: Math.round(median(samples.map((s) => s.requestsPerSecond))),
    p50Ms: median(samples.map((s) => s.p50Ms)),
    p99Ms: median(samples.map((s) => s.p99Ms)),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    cpuMicrosPerRequest: {
      server: medianCpu((cpu) => cpu.server),
      engine: medianCpu((cpu) => cpu.engine),
      loadGenerator: medianCpu((cpu) => cpu.loadGenerator)!,
    },
  };
}


async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '1,16,64' },
      articles: { type: 'string' },
      quick: { type: 'boolean', default: false },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const duration = values.quick ? 1 : Number(values.duration);
  const rounds = values.quick ? 1 : Number(values.rounds);
  const connectionLevels = (values.quick ? '1,4' : values.connections).split(',').map(Number);
  if (![duration, rounds, ...connectionLevels].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--duration, --rounds and --connections take positive whole numbers (see --help)');
  }
  const articles = values.articles?.split(',') ?? [path.join(PROJECT_ROOT, 'data', 'articles', 'trump-campaign-russia-timeline.txt')];

  const engine = await startBenchEngine();
  const admin = createEngineClient({ host: engine.host, apiKey: engine.masterKey, timeoutMs: 60_000 });
  const indexUid = `bench_search_${process.pid}`;
  const ingest = await ingestArticles(admin, { files: articles, indexUid, replaceAll: true });
  log(`indexed ${ingest.documents} documents into ${indexUid}`);
  const searchKey = engine.masterKey ? await findOrCreateSearchKey(admin, indexUid) : undefined;
  const appEnv = { MEILI_HOST: engine.host, MEILI_MASTER_KEY: engine.masterKey ?? '', INDEX_UID: indexUid, DATA_DIR: engine.dataDir };
  const profileArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`] : [];
  const uncached = await startApp({ ...appEnv, CACHE_ENTRIES: '0' }, profileArgs);
  const cached = await startApp({ ...appEnv, CACHE_ENTRIES: '500' });
  const forwarding = await startApp({ MEILI_HOST: engine.host, SEARCH_KEY: searchKey ?? '', INDEX_UID: indexUid }, [], 'bench/forwarding-proxy.ts');

  const workload = workloadRequests(indexUid);
  const apiRequests = apiSearchRequests(indexUid);
  const targets: Record<Target, { url: string; serverPid?: number | undefined; requests: autocannon.Request[] }> = {
    api: { url: uncached.url, serverPid: uncached.child.pid, requests: apiRequests },
    direct: {
      url: engine.host,
      requests: workload.map((r) => ({
        method: 'POST',
        path: '/multi-search',
        headers: { 'content-type': 'application/json', ...(searchKey ? { authorization: `Bearer ${searchKey}` } : {}) },
        body: r.directBody,
      })),
    },
    apiCached: { url: cached.url, serverPid: cached.child.pid, requests: apiRequests },
    forwarding: { url: forwarding.url, serverPid: forwarding.child.pid, requests: apiRequests },
  };

  log('warming up');
  for (const target of Object.values(targets)) await measureLoad(target.url, 4, 1, target.requests);

  const results = [];
  for (const connections of connectionLevels) {
    const samples: Record<Target, LoadMeasurement[]> = { api: [], direct: [], apiCached: [], forwarding: [] };
    for (let round = 1; round <= rounds; round += 1) {
      for (const name of TARGETS) {
        log(`c=${connections} round ${round}/${rounds}: ${name}`);
        const { url, serverPid, requests } = targets[name];
        samples[name].push(await measureLoad(url, connections, duration, requests, { serverPid, enginePid: engine.pid }));
      }
    }
    const api = summarise(samples.api);
    const direct = summarise(samples.direct);
    const apiCached = summarise(samples.apiCached);
    const forwardingProxy = summarise(samples.forwarding);
    results.push({
      connections,
      api,
      direct,
      apiCached,
      forwarding: forwardingProxy,
      ratios: {
        forwardingThroughput: ratio(forwardingProxy.requestsPerSecond, direct.requestsPerSecond),
        apiThroughput: ratio(api.requestsPerSecond, direct.requestsPerSecond),
        apiP99: ratio(api.p99Ms, direct.p99Ms),
        cachedThroughput: ratio(apiCached.requestsPerSecond, direct.requestsPerSecond),
        cachedP99: ratio(apiCached.p99Ms, direct.p99Ms),
        apiCpuBound: cpuBoundRatio(api, direct),
        forwardingCpuBound: cpuBoundRatio(forwardingProxy, direct),
      },
      samples,
    });
  }

  const report = {
    benchmark: 'search',
    machine: machineDescription(),
    engine: engine.pid ? 'bundled Meilisearch 1.21 on loopback' : engine.host,
    documents: ingest.documents,
    workloadSize: workload.length,
    durationSeconds: duration,
    rounds,
    results,
  };
  const file = await writeResult('search', report);
  if (values.profile) {
    // The profile is written when the server exits.
    await uncached.stop();
    log(`CPU profile of the API server written to ${path.resolve(values.profile)}`);
  }

  const rows = results.map((r) =>
    [
      String(r.connections).padStart(4),
      `${r.api.requestsPerSecond}`.padStart(7),
      `${r.direct.requestsPerSecond}`.padStart(7),
      `${r.apiCached.requestsPerSecond}`.padStart(7),
      `${r.api.p50Ms}/${r.api.p99Ms}`.padStart(9),
      `${r.direct.p50Ms}/${r.direct.p99Ms}`.padStart(9),
      `${r.apiCached.p50Ms}/${r.apiCached.p99Ms}`.padStart(9),
      `${r.ratios.apiThroughput}`.padStart(6),
      `${r.ratios.apiP99}`.padStart(6),
      `${r.ratios.cachedThroughput}`.padStart(6),
      `${r.forwarding.requestsPerSecond}`.padStart(7),
      `${r.ratios.forwardingThroughput}`.padStart(5),
      `${r.api.errors + r.direct.errors + r.apiCached.errors + r.forwarding.errors}`.padStart(6),
    ].join(' '),
  );
  const micros = (value: number | undefined) => (value === undefined ? '-' : String(value));
  const cpuCell = (m: LoadMeasurement, hasServer: boolean) =>
    `${hasServer ? `${micros(m.cpuMicrosPerRequest.server)} + ` : ''}${micros(m.cpuMicrosPerRequest.engine)} + ${m.cpuMicrosPerRequest.loadGenerator}`;
  const cpuRows = results.map((r) =>
    [
      String(r.connections).padStart(4),
      cpuCell(r.direct, false).padStart(14),
      cpuCell(r.api, true).padStart(20),
      cpuCell(r.forwarding, true).padStart(20),
      `${r.ratios.apiCpuBound ?? '-'}`.padStart(7),
      `${r.ratios.forwardingCpuBound ?? '-'}`.padStart(7),
    ].join(' '),
  );
  process.stdout.write(
    [
      `Search: ${workload.length} requests over ${ingest.documents} documents; medians of ${rounds} round(s) of ${duration} s — ${machineDescription()}`,
      '   c  api/s direct/s cache/s api p50/p99 dir p50/p99 cache p50/p99 thr×  p99×  cache×   fwd/s fwd×  errors',
      ...rows,
      '(thr× and p99× compare the API without cache to direct Meilisearch; cache× the cached API; fwd× a proxy that only',
      ` copies bytes, the least any Node process in front of the engine costs. Full result: ${path.relative(PROJECT_ROOT, file)})`,
      '',
      'Where the CPU went, in µs per request (median): server + engine + load generator',
      '   c  direct (e + lg)     api (s + e + lg)     fwd (s + e + lg)  api cpu× fwd cpu×',
      ...cpuRows,
      '(cpu× is direct\'s CPU per request over the target\'s: the throughput ratio the CPU alone allows when every',
      ' core is busy. "-": a process whose CPU this bench cannot read, such as an engine at MEILI_HOST.)',
      '',
    ].join('\n'),
  );
}

runBench('bench', main);
