/**
 * Runs the bundled Meilisearch as a child process on loopback: a free port, data and a generated
 * master key under the data directory (the key file is mode 0600 and reused), health polled
 * rather than slept on. A state file lets a second process (say `npm run ingest` while
 * `npm start` runs) attach to the engine already running on that data directory instead of
 * fighting over its lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { DEFAULT_MAX_INDEXING_MEMORY } from '../config.ts';

export interface EngineHandle {
  host: string;
  masterKey: string | undefined;
  /** True when this process started the engine and must stop it. */
  owned: boolean;
  /** The child process, when owned. */
  child: ChildProcess | undefined;
  stop(): Promise<void>;
}

interface EngineState {
  host: string;
  pid: number;
}

const START_TIMEOUT_MS = 60_000;
/** How long a second process waits for the engine already running on its data directory to answer. */
const ATTACH_WAIT_MS = 15_000;

export function enginePaths(dataDir: string) {
  return {
    dbPath: path.join(dataDir, 'meili'),
    keyFile: path.join(dataDir, 'meili-master.key'),
    stateFile: path.join(dataDir, 'engine.json'),
    logFile: path.join(dataDir, 'meilisearch.log'),
  };
}

/** The master key stored under the data directory, created (32 random bytes, mode 0600) on first use. */
export function readOrCreateMasterKey(keyFile: string): string {
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  // Hex, never base64: a key starting with `-` would be read by the engine as a flag.
  const key = randomBytes(32).toString('hex');
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  return key;
}

export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function isEngineHealthy(host: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `pid` is alive and, where /proc tells (Linux), is an engine on this database: after a
 * crash and a reboot the state file's pid may belong to anything else by now.
 */
function runsOnDataDirectory(pid: number, dbPath: string): boolean {
  if (!processIsAlive(pid)) return false;
  let commandLine: string;
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  return commandLine.split('\0').includes(`--db-path=${dbPath}`);
}

function readState(stateFile: string): EngineState | undefined {
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as Partial<EngineState>;
    if (typeof state.host === 'string' && typeof state.pid === 'number') return { host: state.host, pid: state.pid };
  } catch {
    // No state or a torn write: treat as no engine running.
  }
  return undefined;
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

export interface StartLocalEngineOptions {
  binaryPath: string;
  dataDir: string;
  /** Fixed port (tests restart an engine on the same address); a free one by default. */
  port?: number;
  /** Attach to an engine another process already runs on this data directory. Default true. */
  attach?: boolean;
  /** How long to wait for an engine already running on this data directory to answer (15 s). */
  attachWaitMs?: number;
  /** The engine's `--max-indexing-memory`, such as `1 GiB`. */
  maxIndexingMemory?: string;
  log?: (message: string) => void;
}

export async function startLocalEngine(options: StartLocalEngineOptions): Promise<EngineHandle> {
  const { binaryPath, dataDir, maxIndexingMemory = DEFAULT_MAX_INDEXING_MEMORY, log = () => {} } = options;
  const paths = enginePaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const masterKey = readOrCreateMasterKey(paths.keyFile);

  if (options.attach !== false) {
    const state = readState(paths.stateFile);
    if (state && runsOnDataDirectory(state.pid, paths.dbPath)) {
      // A busy engine (a long indexing batch, a paused process) can be slow to answer; a second
      // engine on the same data would write to the same files, so wait for it or give up.
      const deadline = Date.now() + (options.attachWaitMs ?? ATTACH_WAIT_MS);
      let healthy = await isEngineHealthy(state.host);
      while (!healthy && Date.now() <= deadline && processIsAlive(state.pid)) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        healthy = await isEngineHealthy(state.host);
      }
      if (healthy) {
        log(`Using the Meilisearch already running at ${state.host} (pid ${state.pid})`);
        return { host: state.host, masterKey, owned: false, child: undefined, stop: async () => {} };
      }
      if (processIsAlive(state.pid)) {
        throw new AppError(
          'ENGINE_UNAVAILABLE',
          `The Meilisearch already running on ${dataDir} (pid ${state.pid}, ${state.host}) does not answer. ` +
            `A second engine on the same data could damage it, so none was started: try again once it answers, or stop it (kill ${state.pid}).`,
        );
      }
    }
  }

  const port = options.port ?? (await findFreePort());
  const host = `http://127.0.0.1:${port}`;
  const logFd = openSync(paths.logFile, 'a');
  const child = spawn(
    binaryPath,
    // `--flag=value` so that no value can ever be taken for a flag.
    [`--db-path=${paths.dbPath}`, `--http-addr=127.0.0.1:${port}`, '--env=production', '--no-analytics', '--log-level=WARN', `--max-indexing-memory=${maxIndexingMemory}`],
    // Its own process group: Ctrl-C reaches only us, and we stop the engine after in-flight
    // requests have drained. If we die without stopping it, the next start attaches to it.
    // The master key goes in its environment, which only its user can read: a command line is
    // anyone's to see (`ps`). No other MEILI_ variable of ours reaches it.
    { stdio: ['ignore', logFd, logFd], detached: true, env: { ...engineEnvironment(process.env), MEILI_MASTER_KEY: masterKey } },
  );
  closeSync(logFd);

  let exitInfo: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = signal ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
    child.once('error', (error) => {
      exitInfo = error.message;
      resolve();
    });
  });

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await isEngineHealthy(host, 500))) {
    if (exitInfo !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      const reason = exitInfo ?? `no answer within ${START_TIMEOUT_MS / 1000} s`;
      throw new AppError(
        'ENGINE_START_FAILED',
        `Meilisearch did not start (${reason}). Its log (${paths.logFile}) ends with:\n${lastLines(paths.logFile, 5)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  writeFileSync(paths.stateFile, JSON.stringify({ host, pid: child.pid ?? -1 } satisfies EngineState));
  log(`Meilisearch ${host} started (pid ${child.pid}, data in ${paths.dbPath})`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (exitInfo === undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      const state = readState(paths.stateFile);
      if (state?.pid === child.pid) rmSync(paths.stateFile, { force: true });
    })();
    return stopping;
  };
  return { host, masterKey, owned: true, child, stop };
}

/** The environment the engine starts with: ours without the variables Meilisearch would read as its own settings. */
function engineEnvironment(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(environment).filter(([name]) => !name.startsWith('MEILI_')));
}
