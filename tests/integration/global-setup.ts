/**
 * Starts one real Meilisearch for a test project (its own temporary data directory, a free
 * port) and hands its address and key to the tests through `provide`/`inject`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareEngineBinary } from '../../core/engine/binary.ts';
import { startLocalEngine } from '../../core/engine/local-engine.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliHost: string;
    meiliMasterKey: string;
    meiliBinary: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'timeline-test-engine-'));
  const binaryPath = await prepareEngineBinary(undefined);
  const engine = await startLocalEngine({ binaryPath, dataDir, attach: false });
  project.provide('meiliHost', engine.host);
  project.provide('meiliMasterKey', engine.masterKey!);
  project.provide('meiliBinary', binaryPath);
  return async () => {
    await engine.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
