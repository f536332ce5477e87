/**
 * One way in to "the engine" for the server, the ingest command, benchmarks and tests: the
 * external instance named by MEILI_HOST, or else the bundled binary started (or attached to)
 * on loopback.
 */
import type { Config } from '../config.ts';
import { prepareEngineBinary } from './binary.ts';
import { startLocalEngine, type EngineHandle } from './local-engine.ts';

export async function openEngine(config: Config, log: (message: string) => void = () => {}): Promise<EngineHandle> {
  if (config.meiliHost) {
    return { host: config.meiliHost, masterKey: config.meiliMasterKey, owned: false, child: undefined, stop: async () => {} };
  }
  const binaryPath = await prepareEngineBinary(config.meiliBin);
  return startLocalEngine({ binaryPath, dataDir: config.dataDir, maxIndexingMemory: config.meiliMaxIndexingMemory, log });
}
