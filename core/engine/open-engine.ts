/**
 * One way in to "the engine" for the server, the ingest command, benchmarks and tests: the
 * external instance named by MEILI_HOST, or else the bundled binary started (or attached to)
 * on loopback.
 */
import type { Config } from '../config.ts';
import { prepareEngineBinary } from './binary.ts';
import { startLocalEngine, type EngineHandle, type StartLocalEngineOptions } from './local-engine.ts';

export async function openEngine(config: Config, log: (message: string) => void = () => {}): Promise<EngineHandle> {
  if (config.meiliHost) {
    return { host: config.meiliHost, masterKey: config.meiliMasterKey, owned: false, child: undefined, stop: async () => {} };
  }
  return startBundledEngine(config, { log });
}

/**
 * The bundled binary started as the configuration says (binary, data directory, indexing memory),
 * so every caller starts the same engine; `overrides` set what only that caller decides, such as
 * a fixed port for a restart or a throwaway data directory for a benchmark.
 */
export async function startBundledEngine(
  config: Config,
  overrides: Partial<Omit<StartLocalEngineOptions, 'binaryPath'>> = {},
): Promise<EngineHandle> {
  return startLocalEngine({
    binaryPath: await prepareEngineBinary(config.meiliBin),
    dataDir: config.dataDir,
    maxIndexingMemory: config.meiliMaxIndexingMemory,
    ...overrides,
  });
}
