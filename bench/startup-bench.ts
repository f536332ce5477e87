/**
 * `npm run bench:startup`: time from starting the server (`npm start`'s program) to the first
 * search answered with hits, cold (an empty data directory: engine start, first ingest) and
 * warm (the same directory again: the index is reused).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../core/config.ts';
import { log, machineDescription, median, onCleanup, runBench, startApp, writeResult } from './processes.ts';

const HELP = `Usage: npm run bench:startup -- [--runs <n>] [--quick]

Starts the server on an empty data directory (cold), then again on the same one (warm), and
reports the time to the first search answered with hits. The bundled engine is used (MEILI_HOST
is ignored here, since a cold start means an empty engine).

Options:
  --runs <n>   warm starts to take the median of (default 3)
  --quick      one warm start, for smoke tests
  -h, --help   this help`;

/** Starts the app and polls a search until it answers with hits; returns milliseconds. */
async function timeToFirstResult(dataDir: string): Promise<{ totalMs: number; urlMs: number }> {
  const started = performance.now();
  const app = await startApp({ DATA_DIR: dataDir, MEILI_HOST: '', MEILI_MASTER_KEY: '', INDEX_UID: 'timeline' });
  try {
    for (;;) {
      const response = await fetch(`${app.url}/api/search?q=Wikileaks`).catch(() => undefined);
      if (response?.ok && ((await response.json()) as { totalHits: number }).totalHits > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { totalMs: Math.round(performance.now() - started), urlMs: Math.round(app.readyMs) };
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, quick: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const runs = values.quick ? 1 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number (see --help)');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'timeline-startup-'));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));

  log('cold start');
  const cold = await timeToFirstResult(dataDir);
  const warm = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`warm start ${run}/${runs}`);
    warm.push(await timeToFirstResult(dataDir));
  }
  const warmMedianMs = median(warm.map((w) => w.totalMs));
  const report = { benchmark: 'startup', machine: machineDescription(), cold, warm, warmMedianMs };
  const file = await writeResult('startup', report);
  process.stdout.write(
    [
      `Start-up to first search with hits — ${machineDescription()}`,
      `  cold (empty data directory): ${(cold.totalMs / 1000).toFixed(1)} s`,
      `  warm (median of ${runs}):        ${(warmMedianMs / 1000).toFixed(1)} s`,
      `(Full result: ${path.relative(PROJECT_ROOT, file)})`,
      '',
    ].join('\n'),
  );
}

runBench('bench:startup', main);
