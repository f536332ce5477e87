/**
 * The bundled engine's runtime: any stored key works (even one starting with `-`), a second
 * process attaches to the engine already running on a data directory, and a binary that is not
 * Meilisearch 1.21 is refused with a message saying so.
 */
import { statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareEngineBinary } from '../../core/engine/binary.ts';
import { isEngineHealthy, readOrCreateMasterKey, startLocalEngine } from '../../core/engine/local-engine.ts';
import { AppError } from '../../core/errors.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-engine-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the bundled engine', () => {
  it('starts with a stored master key that begins with a dash, and a second start attaches to it', async () => {
    const dataDir = path.join(folder, 'dash');
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'meili-master.key'), '-Oabcdefghijklmnopqrstuvwxyz0123456789\n', { mode: 0o600 });
    const engine = await startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir });
    try {
      expect(engine.owned).toBe(true);
      expect(engine.masterKey).toBe('-Oabcdefghijklmnopqrstuvwxyz0123456789');
      const keys = await fetch(`${engine.host}/keys`, { headers: { Authorization: `Bearer ${engine.masterKey}` } });
      expect(keys.status).toBe(200);
      // The key is in the engine's environment, which only its user reads, never on its command line (`ps`).
      const commandLine = await readFile(`/proc/${engine.child!.pid}/cmdline`, 'utf8');
      expect(commandLine).not.toContain(engine.masterKey);
      expect(await readFile(`/proc/${engine.child!.pid}/environ`, 'utf8')).toContain(`MEILI_MASTER_KEY=${engine.masterKey}`);

      const second = await startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir });
      expect(second).toMatchObject({ owned: false, host: engine.host });
      await second.stop();
      expect(await isEngineHealthy(engine.host)).toBe(true);
    } finally {
      await engine.stop();
    }
    expect(await isEngineHealthy(engine.host)).toBe(false);
  });

  it('starts with the indexing memory it is given (Linux: read from its command line)', async () => {
    const engine = await startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir: path.join(folder, 'memory'), maxIndexingMemory: '256 MiB', attach: false });
    try {
      const commandLine = (await readFile(`/proc/${engine.child!.pid}/cmdline`, 'utf8')).split('\0');
      expect(commandLine).toContain('--max-indexing-memory=256 MiB');
      expect(await isEngineHealthy(engine.host)).toBe(true);
    } finally {
      await engine.stop();
    }
  });

  it('never starts a second engine on a data directory whose engine is alive but does not answer', async () => {
    const dataDir = path.join(folder, 'silent');
    await mkdir(dataDir, { recursive: true });
    const engine = await startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir });
    try {
      process.kill(engine.child!.pid!, 'SIGSTOP');
      // The signal stops the engine's threads a moment later, not at once: on a busy machine it
      // could still answer the first health check (a failure seen once in a full run).
      await waitUntilStopped(engine.child!.pid!);
      const error = await startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir, attachWaitMs: 500 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('ENGINE_UNAVAILABLE');
      expect((error as AppError).message).toContain(`pid ${engine.child!.pid}`);
      // The state file still names the running engine.
      expect(JSON.parse(await readFile(path.join(dataDir, 'engine.json'), 'utf8')).pid).toBe(engine.child!.pid);
    } finally {
      process.kill(engine.child!.pid!, 'SIGCONT');
      await engine.stop();
    }
  });

  it('starts its own engine when the state file names a process that is no engine on this data', async () => {
    const dataDir = path.join(folder, 'stale');
    await mkdir(dataDir, { recursive: true });
    // This test's own process is alive, but it is no engine on this data directory.
    await writeFile(path.join(dataDir, 'engine.json'), JSON.stringify({ host: 'http://127.0.0.1:9', pid: process.pid }));
    const engine = await startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir, attachWaitMs: 500 });
    try {
      expect(engine.owned).toBe(true);
      expect(await isEngineHealthy(engine.host)).toBe(true);
    } finally {
      await engine.stop();
    }
  });

  it('creates a hex master key with mode 0600 and reuses it', async () => {
    const keyFile = path.join(folder, 'new.key');
    const key = readOrCreateMasterKey(keyFile);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(readOrCreateMasterKey(keyFile)).toBe(key);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });
});

describe('prepareEngineBinary', () => {
  it('accepts the bundled Meilisearch 1.21', async () => {
    expect(await prepareEngineBinary(undefined)).toBe(inject('meiliBinary'));
  });

  it('refuses a binary that reports another version, naming both', async () => {
    const fake = path.join(folder, 'old-meilisearch');
    await writeFile(fake, '#!/bin/sh\necho "meilisearch 1.20.0"\n');
    await chmod(fake, 0o755);
    const failure = prepareEngineBinary(fake);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toThrow(`${fake} reports "meilisearch 1.20.0", but this project needs meilisearch 1.21.x.`);
  });

  it('refuses a path that cannot run', async () => {
    await expect(prepareEngineBinary(path.join(folder, 'missing'))).rejects.toThrow(/Cannot run the Meilisearch binary/);
  });
});

/** Waits until Linux reports the process stopped (state `T` in /proc/<pid>/stat). */
async function waitUntilStopped(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    if (/\) T /.test(stat)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
