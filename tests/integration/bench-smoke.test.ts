/**
 * Each benchmark runs end to end in its quick mode and writes a complete result. Figures are
 * checked for shape and for zero errors, never for speed: benchmarks measure, tests do not.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { runScript } from '../helpers/run-script.ts';

function runBench(script: string, args: string[]) {
  return runScript(`bench/${script}`, args, { MEILI_HOST: inject('meiliHost'), MEILI_MASTER_KEY: inject('meiliMasterKey') });
}

async function runGit(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', ['-C', PROJECT_ROOT, ...args]);
  return stdout;
}

/** The processes whose environment holds `marker` (Linux's /proc). */
function processesMarked(marker: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function resultOf(stdout: string) {
  const file = /Full result: (\S+?)\)/.exec(stdout)?.[1];
  expect(file, stdout).toBeDefined();
  return JSON.parse(readFileSync(path.resolve(PROJECT_ROOT, file!), 'utf8'));
}

describe('benchmarks in quick mode', () => {
  it('npm run bench compares the API (cache off and on) and a forwarding proxy with direct Meilisearch, without errors', { timeout: 180_000 }, async () => {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'bench-profile-'));
    const run = await runBench('search-bench.ts', ['--quick', '--profile', profileDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('thr×');
    const result = resultOf(run.stdout);
    expect(result.workloadSize).toBeGreaterThanOrEqual(30);
    expect(result.results.map((r: { connections: number }) => r.connections)).toEqual([1, 4]);
    for (const level of result.results) {
      for (const target of ['api', 'direct', 'apiCached', 'forwarding']) {
        expect(level[target].requestsPerSecond).toBeGreaterThan(0);
        expect(level[target].errors).toBe(0);
      }
      expect(typeof level.ratios.apiThroughput).toBe('number');
      expect(typeof level.ratios.forwardingThroughput).toBe('number');
      // Where the CPU went: the servers in front are the bench's children, so their CPU is read;
      // direct has none, and this engine (MEILI_HOST) is not a child, so no CPU bound is claimed.
      for (const target of ['api', 'apiCached', 'forwarding']) expect(level[target].cpuMicrosPerRequest.server).toBeGreaterThan(0);
      for (const target of ['api', 'direct', 'apiCached', 'forwarding']) {
        expect(level[target].cpuMicrosPerRequest.loadGenerator).toBeGreaterThan(0);
        expect(level[target].cpuMicrosPerRequest).not.toHaveProperty('engine');
      }
      expect(level.direct.cpuMicrosPerRequest).not.toHaveProperty('server');
      expect(level.ratios.apiCpuBound).toBeNull();
    }
    expect(run.stdout).toContain('Where the CPU went');
    expect(readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')).length).toBeGreaterThan(0);
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('npm run bench whose output nobody reads any more (npm run bench | head) stops the servers it started', { timeout: 180_000 }, async () => {
    // Every process the bench starts inherits its environment: the marker finds them in /proc.
    const marker = `bench-output-closed-${process.pid}-${Date.now()}`;
    const bench = spawn(process.execPath, ['--import', 'tsx', 'bench/search-bench.ts', '--quick'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, MEILI_HOST: inject('meiliHost'), MEILI_MASTER_KEY: inject('meiliMasterKey'), BENCH_TEST_MARKER: marker },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // As `head` does once it has its lines: the reading end goes, and the bench's next write fails (EPIPE).
    bench.stdout.destroy();
    await once(bench, 'exit');
    expect(processesMarked(marker)).toEqual([]);
  });

  it('npm run bench:ingest reports parse, end-to-end, direct and uploads-only rates, memory and search latency', { timeout: 180_000 }, async () => {
    // Batches smaller than the corpus, so both sides send several.
    const run = await runBench('ingest-bench.ts', ['--quick', '--batch-size', '300']);
    expect(run.code, run.stderr).toBe(0);
    const result = resultOf(run.stdout);
    expect(result.rounds).toBe(1);
    const [size] = result.results;
    expect(size.documents).toBeGreaterThan(500);
    expect(size.endToEnd.roundsSeconds).toHaveLength(1);
    expect(size.direct.roundsSeconds).toHaveLength(1);
    expect(size.uploadsOnly.roundsSeconds).toHaveLength(1);
    expect(size.uploadsOnly.documentsPerSecond).toBeGreaterThan(0);
    expect(size.uploadsOnlyOverDirect).toBeGreaterThan(0);
    expect(size.direct.batchSize).toBe(300);
    expect(run.stdout).toContain('batches of 300');
    expect(size.parse.documentsPerSecond).toBeGreaterThan(0);
    expect(size.endToEnd.documentsPerSecond).toBeGreaterThan(0);
    expect(size.direct.documentsPerSecond).toBeGreaterThan(0);
    // Memory: the ingest alone, in its own process under the default heap cap, reported its peak.
    expect(size.ingestAlone.heapCapMiB).toBe(96);
    expect(size.ingestAlone.documents).toBe(size.documents);
    expect(size.ingestAlone.peakRssMiB).toBeGreaterThan(0);
    expect(run.stdout).toContain('its JS heap capped at 96 MiB');
    // Where the time went: both sides' CPU, and at least one engine batch of documents each, which
    // took time, but no more than the round. The engine here is MEILI_HOST's, not the bench's child,
    // so its CPU is not readable.
    for (const side of [size.endToEnd, size.direct, size.uploadsOnly]) {
      expect(side.roundsCost).toHaveLength(1);
      expect(side.cost.nodeCpuSeconds).toBeGreaterThan(0);
      expect(side.cost).not.toHaveProperty('engineCpuSeconds');
      expect(side.cost.engineBatches).toBeGreaterThanOrEqual(1);
      expect(side.cost.engineBatchSeconds).toBeGreaterThan(0);
      expect(side.cost.engineBatchSeconds).toBeLessThanOrEqual(side.roundsSeconds[0]);
    }
    expect(run.stdout).toContain('Where the time went');
    expect(size.search.large.errors).toBe(0);
    expect(size.search.small.errors).toBe(0);
  });

  it('npm run bench:ingest fails, saying why, when the ingest does not fit the heap cap', { timeout: 180_000 }, async () => {
    const run = await runBench('ingest-bench.ts', ['--quick', '--no-search', '--heap-cap', '4']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the ingest alone, with its JS heap capped at 4 MiB, failed');
    expect(run.stderr).toContain('FATAL ERROR: Reached heap limit');
  });

  it('npm run bench:startup times a cold and a warm start to the first search with hits', { timeout: 180_000 }, async () => {
    const run = await runBench('startup-bench.ts', ['--quick']);
    expect(run.code, run.stderr).toBe(0);
    const result = resultOf(run.stdout);
    expect(result.cold.totalMs).toBeGreaterThan(0);
    expect(result.warm).toHaveLength(1);
  });

  it('npm run bench:parse rates this parser and, with --against, another commit’s on the same files, and removes that checkout', { timeout: 180_000 }, async () => {
    const run = await runBench('parse-bench.ts', ['--quick', '--against', 'HEAD']);
    expect(run.code, run.stderr).toBe(0);
    const result = resultOf(run.stdout);
    // Each parser in a process of its own, its first passes untimed.
    expect(result).toMatchObject({ processes: 1, passes: 2, warmUpPasses: 2 });
    expect(result.results.map((r: { kind: string }) => r.kind)).toEqual(['text', 'html']);
    for (const kind of result.results) {
      expect(kind.documentsPerSecond).toBeGreaterThan(0);
      expect(kind.secondsPerPass).toHaveLength(2);
      // The same files through the same code (HEAD of this checkout), so the same documents.
      expect(kind.against).toMatchObject({ ref: 'HEAD', documents: kind.documents });
      expect(typeof kind.thisOverAgainst).toBe('number');
    }
    const worktrees = await runGit(['worktree', 'list', '--porcelain']);
    expect(worktrees).not.toContain('timeline-parser-');
  });

  it('npm run bench:parse says which commit it cannot check out', { timeout: 60_000 }, async () => {
    const run = await runBench('parse-bench.ts', ['--quick', '--against', 'no-such-commit-anywhere']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot check out no-such-commit-anywhere');
  });

  it.each(['search-bench.ts', 'ingest-bench.ts', 'startup-bench.ts', 'parse-bench.ts'])('%s --help explains itself', async (script) => {
    const run = await runBench(script, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run bench/);
  });
});
