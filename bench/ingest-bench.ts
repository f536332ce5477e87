/**
 * `npm run bench:ingest -- --documents 100000`: ingest at scale on synthetic articles.
 * Reports the parse rate (no engine), the end-to-end ingest rate (parse + atomic index build),
 * the rate of adding the same documents to Meilisearch directly in the same batch sizes, their
 * ratio, peak memory of the ingest (run alone, in its own process, with a capped JS heap) and of
 * the engine, and search latency on the large index against the small one. A third side, the
 * ingest's indexing fed the same documents parsed beforehand (uploads only), tells the pipeline's
 * own cost from the parser's: what is left between it and the end-to-end rate is the parser's CPU
 * on the cores the engine indexes with. Each round also
 * records where its time went: CPU seconds of this process and of the engine, and how many
 * batches the engine indexed the documents in.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { PROJECT_ROOT } from '../core/config.ts';
import { createEngineClient } from '../core/engine/engine-client.ts';
import type { TimelineDocument } from '../core/schema.ts';
import { INDEX_SETTINGS } from '../ingest/index/settings.ts';
import { batchSizeAt, DEFAULT_BATCH_SIZE, FIRST_BATCH_SIZE, replaceIndex } from '../ingest/index/replace-index.ts';
import { ingestArticles } from '../ingest/ingest-articles.ts';
import { parseArticleFiles } from '../ingest/parse-article-file.ts';
import { cpuSeconds, log, machineDescription, measureLoad, median, medianOfKnown, onCleanup, peakRssMiB, runBench, startApp, startBenchEngine, writeResult } from './processes.ts';
import { PEAK_RSS_MARKER } from './peak-rss-marker.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';
import { apiSearchRequests } from './workload.ts';

/**
 * The ingest's JS heap limit in the memory run, by default: the same for every corpus size, so a
 * run that completes at every size shows the ingest's memory does not grow with the corpus.
 */
const DEFAULT_HEAP_CAP_MIB = 96;

const HELP = `Usage: npm run bench:ingest -- [options]

Generates deterministic synthetic timeline articles (text and HTML) and measures parsing,
end-to-end ingest and direct Meilisearch indexing of the same documents; uploads only, the
ingest's indexing fed those documents parsed beforehand (its batches, atomic build and swap,
without the parser's CPU); peak memory (the ingest once more, alone in its own process with a
capped JS heap); where the time went (CPU of this process and of the engine, the engine's batches
and how long they ran); and search latency on the large index compared with the bundled article
alone.

Options:
  --documents <list>   corpus sizes, comma-separated (default 10000)
  --entries <n>        timeline entries per article (default 60)
  --seed <n>           generator seed (default 1)
  --rounds <n>         end-to-end, direct and uploads-only runs, alternated; medians reported
                       (default 3)
  --batch-size <n>     documents per engine request, for every side (default ${DEFAULT_BATCH_SIZE}, the
                       ingest's; each starts at ${FIRST_BATCH_SIZE} and doubles up to it)
  --heap-cap <MiB>     JS heap limit of the memory run (default ${DEFAULT_HEAP_CAP_MIB}); running out of it
                       fails the benchmark. That run is \`npm run ingest\` as users run it, with its
                       own batch size whatever --batch-size says
  --no-search          skip the search-latency comparison
  --quick              a tiny run (1000 documents, short search), for smoke tests
  -h, --help           this help

Uses MEILI_HOST/MEILI_MASTER_KEY when set, otherwise starts the bundled engine.`;

const TASK_TIMEOUT_MS = 30 * 60_000;

/**
 * `npm run ingest`'s program on a folder of articles, in a process of its own with its JS heap capped
 * at `heapCapMiB`: its peak RSS is the ingest's alone, not this bench's (which holds the
 * direct side's parsed documents between rounds). Running out of heap fails the bench.
 */
async function ingestAloneMemory(
  articleFolder: string,
  indexUid: string,
  heapCapMiB: number,
  env: Record<string, string>,
): Promise<{ documents: number; peakRssMiB: number; heapCapMiB: number; seconds: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapCapMiB}`, '--import', 'tsx', '--import', './bench/report-peak-rss.ts', 'ingest/cli.ts', '--replace-all', '--index', indexUid, articleFolder],
    { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (...exit) => resolve(exit)));
  const peakKiB = new RegExp(`${PEAK_RSS_MARKER} (\\d+)`).exec(stderr)?.[1];
  if (code !== 0 || !peakKiB) {
    // V8 ends a process out of heap with one FATAL ERROR line and a native stack: keep the line.
    const reason = /^FATAL ERROR: .*$/m.exec(stderr)?.[0] ?? stderr.trim().split('\n').slice(-20).join('\n');
    throw new Error(`the ingest alone, with its JS heap capped at ${heapCapMiB} MiB, failed (${signal ? `signal ${signal}` : `exit ${code}`}): ${reason}`);
  }
  // The command's summary line, so the memory is known to be that of the whole corpus.
  const documents = Number(/Done: (\d+) documents/.exec(stderr)?.[1] ?? 0);
  return { documents, peakRssMiB: Math.round(Number(peakKiB) / 1024), heapCapMiB, seconds: twoDecimals((performance.now() - started) / 1000) };
}

/** Where one round's time went: CPU of this process and of the engine, and the engine's batches. */
interface RoundCost {
  nodeCpuSeconds: number;
  /** Undefined when the engine is not our child (MEILI_HOST). */
  engineCpuSeconds: number | undefined;
  /** Batches the engine indexed documents in: it merges the tasks waiting when it starts one. */
  engineBatches: number;
  /**
   * Seconds the engine spent in those batches, from their start to their end. Against the round's
   * time, it tells whether the engine was the critical path; against the other side's, what the
   * number of batches cost.
   */
  engineBatchSeconds: number;
}

/** Seconds and ratios are reported to two decimals. */
const twoDecimals = (value: number) => Number(value.toFixed(2));

async function measureCost<T>(admin: Meilisearch, enginePid: number | undefined, work: () => Promise<T>): Promise<{ value: T; cost: RoundCost }> {
  const lastBatchBefore = (await admin.batches.getBatches({ limit: 1 })).results[0]?.uid ?? -1;
  const engineBefore = await cpuSeconds(enginePid);
  const nodeBefore = process.cpuUsage();
  const value = await work();
  const node = process.cpuUsage(nodeBefore);
  const engineAfter = await cpuSeconds(enginePid);
  const documentBatches = (await admin.batches.getBatches({ types: ['documentAdditionOrUpdate'], limit: 1000 })).results.filter(
    (batch) => batch.uid > lastBatchBefore,
  );
  // Every batch is finished here: the round waited for all its tasks.
  const batchMs = documentBatches.reduce((sum, batch) => sum + (batch.finishedAt ? Date.parse(batch.finishedAt) - Date.parse(batch.startedAt) : 0), 0);
  return {
    value,
    cost: {
      nodeCpuSeconds: twoDecimals((node.user + node.system) / 1e6),
      engineCpuSeconds: engineBefore === undefined || engineAfter === undefined ? undefined : twoDecimals(engineAfter - engineBefore),
      engineBatches: documentBatches.length,
      engineBatchSeconds: twoDecimals(batchMs / 1000),
    },
  };
}

/** One side's rounds summed up: its median rate (documents over median seconds), and what the report shows of it. */
function sideResult(rounds: Array<{ seconds: number; cost: RoundCost }>, documents: number) {
  const seconds = median(rounds.map((r) => r.seconds));
  const rate = documents / seconds;
  return {
    rate,
    result: {
      documentsPerSecond: Math.round(rate),
      seconds: twoDecimals(seconds),
      roundsSeconds: rounds.map((r) => twoDecimals(r.seconds)),
      cost: medianCost(rounds.map((r) => r.cost)),
      roundsCost: rounds.map((r) => r.cost),
    },
  };
}

/** Medians of the rounds' costs. */
function medianCost(costs: RoundCost[]) {
  const engineCpuSeconds = medianOfKnown(costs.map((cost) => cost.engineCpuSeconds));
  return {
    nodeCpuSeconds: twoDecimals(median(costs.map((cost) => cost.nodeCpuSeconds))),
    engineCpuSeconds: engineCpuSeconds === undefined ? undefined : twoDecimals(engineCpuSeconds),
    engineBatches: median(costs.map((cost) => cost.engineBatches)),
    engineBatchSeconds: twoDecimals(median(costs.map((cost) => cost.engineBatchSeconds))),
  };
}

/**
 * Adds `documents` to a new index with the ingest's settings and batch sizes; seconds from creating
 * the index to the last task done. Like the ingest, it enqueues every task without waiting for the
 * one before (the engine runs them in order), so neither side pays round trips the other does not.
 */
async function addDirectly(admin: Meilisearch, uid: string, documents: TimelineDocument[], batchSize: number): Promise<number> {
  const started = performance.now();
  // Enqueued one after the other (never concurrently), so the engine receives them in this order.
  const tasks: EnqueuedTaskPromise[] = [admin.createIndex(uid, { primaryKey: 'id' })];
  await tasks[0];
  tasks.push(admin.index(uid).updateSettings(INDEX_SETTINGS));
  await tasks[1];
  // The ingest's batches exactly: small ones first, doubling up to batchSize.
  for (let start = 0, batchIndex = 0; start < documents.length; batchIndex += 1) {
    const end = start + batchSizeAt(batchIndex, batchSize);
    const task = admin.index(uid).addDocuments(documents.slice(start, end), { primaryKey: 'id' });
    start = end;
    await task;
    tasks.push(task);
  }
  for (const task of tasks) {
    const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 50 });
    if (done.status !== 'succeeded') throw new Error(`direct indexing failed: ${done.error?.message}`);
  }
  const seconds = (performance.now() - started) / 1000;
  await admin.deleteIndex(uid).waitTask({ timeout: TASK_TIMEOUT_MS });
  return seconds;
}

async function searchLatency(url: string, indexUid: string, duration: number) {
  const measured = await measureLoad(url, 16, duration, apiSearchRequests(indexUid));
  return { ...measured, requestsPerSecond: Math.round(measured.requestsPerSecond) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '10000' },
      entries: { type: 'string', default: '60' },
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '3' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      'heap-cap': { type: 'string', default: String(DEFAULT_HEAP_CAP_MIB) },
      'no-search': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const sizes = (values.quick ? '1000' : values.documents).split(',').map(Number);
  const entries = Number(values.entries);
  const seed = Number(values.seed);
  const rounds = values.quick ? 1 : Number(values.rounds);
  const batchSize = Number(values['batch-size']);
  const heapCapMiB = Number(values['heap-cap']);
  if (![...sizes, entries, seed, rounds, batchSize, heapCapMiB].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--documents, --entries, --seed, --rounds, --batch-size and --heap-cap take positive whole numbers (see --help)');
  }
  const searchSeconds = values.quick ? 1 : 5;

  const engine = await startBenchEngine();
  const admin = createEngineClient({ host: engine.host, apiKey: engine.masterKey, timeoutMs: 120_000 });
  const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-synthetic-'));
  onCleanup(() => rm(folder, { recursive: true, force: true }));
  const appEnv = { MEILI_HOST: engine.host, MEILI_MASTER_KEY: engine.masterKey ?? '', DATA_DIR: engine.dataDir, CACHE_ENTRIES: '0' };

  let small: Awaited<ReturnType<typeof searchLatency>> | undefined;
  if (!values['no-search']) {
    const smallUid = `bench_small_${process.pid}`;
    await ingestArticles(admin, { files: [path.join(PROJECT_ROOT, 'data', 'articles', 'trump-campaign-russia-timeline.txt')], indexUid: smallUid, replaceAll: true });
    const app = await startApp({ ...appEnv, INDEX_UID: smallUid });
    small = await searchLatency(app.url, smallUid, searchSeconds);
    await app.stop();
    log(`small index: ${JSON.stringify(small)}`);
  }

  const results = [];
  for (const size of sizes) {
    const articleFolder = path.join(folder, String(size));
    const files = await writeSyntheticArticles(articleFolder, size, { seed, entries });
    log(`${size}: ${files.length} synthetic articles in ${articleFolder}`);

    // End to end and direct alternate, round by round (medians reported): on a shared machine a
    // single pair can differ by a third from the next one.
    const indexUid = `bench_ingest_${size}_${process.pid}`;
    const endToEndRounds: Array<{ seconds: number; documents: number; cost: RoundCost }> = [];
    const directRounds: Array<{ seconds: number; cost: RoundCost }> = [];
    const uploadsOnlyRounds: Array<{ seconds: number; cost: RoundCost }> = [];
    const uploadsOnlyUid = `bench_uploads_${size}_${process.pid}`;
    const parseRounds: number[] = [];
    let directCount = 0;
    for (let round = 1; round <= rounds; round += 1) {
      // End to end: read, parse, validate, build a fresh index, swap. The last round's index is kept for the search comparison.
      // No forced garbage collection before it: measured at 10k, a gc() just before an ingest made it
      // 0.14 s slower (1.53 against 1.39 s, medians of 8), a handicap the direct side never had.
      const endToEnd = await measureCost(admin, engine.pid, async () => {
        const started = performance.now();
        const summary = await ingestArticles(admin, { files, indexUid, replaceAll: true, batchSize });
        return { seconds: (performance.now() - started) / 1000, documents: summary.documents };
      });
      endToEndRounds.push({ ...endToEnd.value, cost: endToEnd.cost });
      log(`${size} round ${round}/${rounds}: end to end ${endToEnd.value.seconds.toFixed(1)} s ${JSON.stringify(endToEnd.cost)}`);

      // The same documents straight into Meilisearch, same settings and batch size, parsed beforehand.
      // That parse, on one thread and without the engine, as the ingest does it, is the parse rate.
      const parseStart = performance.now();
      const articleDocuments: TimelineDocument[][] = [];
      for await (const parsed of parseArticleFiles(files)) articleDocuments.push(parsed.documents);
      parseRounds.push((performance.now() - parseStart) / 1000);
      const documents = articleDocuments.flat();
      directCount = documents.length;
      const direct = await measureCost(admin, engine.pid, () => addDirectly(admin, `bench_direct_${size}_${process.pid}`, documents, batchSize));
      documents.length = 0;
      directRounds.push({ seconds: direct.value, cost: direct.cost });
      log(`${size} round ${round}/${rounds}: direct ${direct.value.toFixed(1)} s ${JSON.stringify(direct.cost)}`);

      // The ingest's indexing (replaceIndex) fed the same documents article by article, as the
      // parser hands them over, but parsed beforehand: the ingest without the parser's CPU.
      const uploadsOnly = await measureCost(admin, engine.pid, async () => {
        const started = performance.now();
        await replaceIndex(admin, { indexUid: uploadsOnlyUid, documents: articleDocuments, replacedArticles: null, batchSize });
        return (performance.now() - started) / 1000;
      });
      articleDocuments.length = 0;
      uploadsOnlyRounds.push({ seconds: uploadsOnly.value, cost: uploadsOnly.cost });
      log(`${size} round ${round}/${rounds}: uploads only ${uploadsOnly.value.toFixed(1)} s ${JSON.stringify(uploadsOnly.cost)}`);
    }
    // Memory: the ingest once more, alone in its own process with a capped heap.
    const memoryUid = `bench_memory_${size}_${process.pid}`;
    const ingestAlone = await ingestAloneMemory(articleFolder, memoryUid, heapCapMiB, { MEILI_HOST: engine.host, MEILI_MASTER_KEY: engine.masterKey ?? '' });
    await admin.deleteIndex(memoryUid).waitTask({ timeout: TASK_TIMEOUT_MS });
    log(`${size}: the ingest alone peaked at ${ingestAlone.peakRssMiB} MiB RSS with its JS heap capped at ${ingestAlone.heapCapMiB} MiB`);
    await admin.deleteIndex(uploadsOnlyUid).waitTask({ timeout: TASK_TIMEOUT_MS });
    const parseSeconds = median(parseRounds);
    const documentCount = endToEndRounds[0]!.documents;

    let large: Awaited<ReturnType<typeof searchLatency>> | undefined;
    if (small) {
      const app = await startApp({ ...appEnv, INDEX_UID: indexUid });
      large = await searchLatency(app.url, indexUid, searchSeconds);
      await app.stop();
    }
    await admin.deleteIndex(indexUid).waitTask({ timeout: TASK_TIMEOUT_MS });

    const endToEndSide = sideResult(endToEndRounds, documentCount);
    const directSide = sideResult(directRounds, directCount);
    const uploadsOnlySide = sideResult(uploadsOnlyRounds, directCount);
    results.push({
      documents: documentCount,
      articles: files.length,
      parse: { documentsPerSecond: Math.round(directCount / parseSeconds), seconds: twoDecimals(parseSeconds) },
      endToEnd: endToEndSide.result,
      direct: { ...directSide.result, batchSize },
      uploadsOnly: uploadsOnlySide.result,
      endToEndOverDirect: twoDecimals(endToEndSide.rate / directSide.rate),
      uploadsOnlyOverDirect: twoDecimals(uploadsOnlySide.rate / directSide.rate),
      ingestAlone,
      enginePeakRssMiB: await peakRssMiB(engine.pid),
      search: large && small ? { large, small, p50Ratio: twoDecimals(large.p50Ms / Math.max(1, small.p50Ms)), p99Ratio: twoDecimals(large.p99Ms / Math.max(1, small.p99Ms)) } : undefined,
    });
  }

  const report = { benchmark: 'ingest', machine: machineDescription(), seed, entriesPerArticle: entries, rounds, results };
  const file = await writeResult('ingest', report);
  const lines = results.map((r) =>
    [
      String(r.documents).padStart(8),
      String(r.parse.documentsPerSecond).padStart(9),
      String(r.endToEnd.documentsPerSecond).padStart(9),
      String(r.direct.documentsPerSecond).padStart(9),
      String(r.endToEndOverDirect).padStart(7),
      String(r.uploadsOnlyOverDirect).padStart(8),
      `${r.ingestAlone.peakRssMiB}`.padStart(10),
      `${r.enginePeakRssMiB ?? '-'}`.padStart(10),
      r.search ? `${r.search.large.p50Ms}/${r.search.large.p99Ms} vs ${r.search.small.p50Ms}/${r.search.small.p99Ms} (p99 ×${r.search.p99Ratio})` : '-',
    ].join(' '),
  );
  const costCell = (cost: ReturnType<typeof medianCost>) =>
    `${cost.nodeCpuSeconds} / ${cost.engineCpuSeconds ?? '-'} / ${cost.engineBatches} in ${cost.engineBatchSeconds} s`.padStart(30);
  const costLines = results.map((r) => [String(r.documents).padStart(8), costCell(r.endToEnd.cost), costCell(r.direct.cost), costCell(r.uploadsOnly.cost)].join(' '));
  process.stdout.write(
    [
      `Ingest: synthetic articles (seed ${seed}, ${entries} entries each), batches of ${batchSize}, medians of ${rounds} alternated round(s) — ${machineDescription()}`,
      '    docs   parse/s  ingest/s  direct/s  ratio no-parse ingest MiB engine MiB search c=16 p50/p99 ms large vs small',
      ...lines,
      '',
      'Where the time went (medians): CPU seconds of this process / CPU seconds of the engine / engine batches of documents, and their seconds',
      '    docs                     end to end                         direct                   uploads only',
      ...costLines,
      `(ratio = end-to-end ingest rate / direct add rate; no-parse = the same for the ingest's indexing fed documents parsed beforehand (uploads only); ingest MiB = peak RSS of npm run ingest's program alone, its JS heap capped at ${heapCapMiB} MiB; engine MiB = the engine's peak RSS. Full result: ${path.relative(PROJECT_ROOT, file)})`,
      '',
    ].join('\n'),
  );
}

runBench('bench:ingest', main);
