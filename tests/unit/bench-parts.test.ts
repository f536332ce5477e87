/** The benchmarks' process accounting, read from /proc (Linux, where the benchmarks run), and what it bounds. */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuBoundRatio, totalCpuMicros } from '../../bench/cpu-budget.ts';
import { cpuSeconds, type LoadMeasurement } from '../../bench/processes.ts';

describe('cpuSeconds', () => {
  it('counts the CPU this process has used, and grows as it works', async () => {
    const before = await cpuSeconds(process.pid);
    const started = process.cpuUsage();
    while (process.cpuUsage(started).user < 150_000) Math.sqrt(Math.random());
    const after = await cpuSeconds(process.pid);
    expect(before).toBeGreaterThan(0);
    expect(after! - before!).toBeGreaterThanOrEqual(0.1);
  });

  it('reads a busy process whose name holds spaces and parentheses', { timeout: 15_000 }, async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cpu-'));
    const oddName = path.join(folder, 'a) b (c');
    await copyFile('/bin/sh', oddName);
    const child = spawn(oddName, ['-c', 'while :; do :; done'], { stdio: 'ignore' });
    try {
      // A misread of the fields after the name would give fault counts here, which stay 0. On a
      // busy machine the loop may get little CPU at first, so wait for it (up to 10 s).
      let seconds: number | undefined = 0;
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
        seconds = await cpuSeconds(child.pid);
        if (seconds === undefined || seconds >= 0.1) break;
      }
      expect(seconds).toBeGreaterThanOrEqual(0.1);
      expect(seconds).toBeLessThan(11);
    } finally {
      child.kill();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is undefined for no process or one that does not exist', async () => {
    expect(await cpuSeconds(undefined)).toBeUndefined();
    expect(await cpuSeconds(2 ** 30)).toBeUndefined();
  });
});

describe('cpuBoundRatio', () => {
  const load = (server: number | undefined, engine: number | undefined, loadGenerator: number): LoadMeasurement => ({
    requestsPerSecond: 100,
    p50Ms: 1,
    p99Ms: 2,
    errors: 0,
    cpuMicrosPerRequest: { server, engine, loadGenerator },
  });

  it("is direct's CPU per request over the target's, every process counted", () => {
    // direct: 1,800 + 200 = 2,000 µs; the target: 500 + 1,800 + 200 = 2,500 µs.
    expect(totalCpuMicros(load(500, 1800, 200), true)).toBe(2500);
    expect(cpuBoundRatio(load(500, 1800, 200), load(undefined, 1800, 200))).toBe(0.8);
    expect(cpuBoundRatio(load(1000, 2000, 200), load(undefined, 1800, 200))).toBe(0.63);
  });

  it('is null when a process could not be read, rather than a ratio that leaves it out', () => {
    expect(cpuBoundRatio(load(500, undefined, 200), load(undefined, undefined, 200))).toBeNull();
    expect(cpuBoundRatio(load(undefined, 1800, 200), load(undefined, 1800, 200))).toBeNull();
  });
});
