/** The benchmarks' process accounting, read from /proc (Linux, where the benchmarks run). */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuSeconds } from '../../bench/processes.ts';

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
