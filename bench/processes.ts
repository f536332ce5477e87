/**
 * What every benchmark shares: the engine (bundled on loopback, or MEILI_HOST) and app servers as
 * separate processes (so the load generator never shares the app's event loop), all stopped on
 * exit, failure or Ctrl-C; one load measurement; one way to run a bench's main.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import type { EngineHandle } from '../core/engine/local-engine.ts';
import { startBundledEngine } from '../core/engine/open-engine.ts';

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | undefined;

export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export function cleanupAll(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void cleanupAll().then(() => process.exit(130)));
}
// Output nobody reads any more (`npm run bench | head`, a closed terminal): the write fails with
// EPIPE, which, unhandled, ended the process on the spot and left the engine and the servers it
// had started running. Stop them first, as on Ctrl-C.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') void cleanupAll().then(() => process.exit(1));
});

export const log = (message: string) => process.stderr.write(`${message}\n`);

export interface BenchEngine {
  host: string;
  masterKey: string | undefined;
  /** Shared by app processes so they attach to this engine (bundled case). */
  dataDir: string;
  /** The engine's pid when it is our child, for its memory figures. */
  pid: number | undefined;
}

/** MEILI_HOST when set, otherwise a fresh bundled engine in a temporary data directory. */
export async function startBenchEngine(): Promise<BenchEngine> {
  const config = loadConfig();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'timeline-bench-'));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));
  if (config.meiliHost) return { host: config.meiliHost, masterKey: config.meiliMasterKey, dataDir, pid: undefined };
  const engine: EngineHandle = await startBundledEngine(config, { dataDir, attach: false });
  onCleanup(() => engine.stop());
  log(`engine ${engine.host} (bundled, pid ${engine.child?.pid})`);
  return { host: engine.host, masterKey: engine.masterKey, dataDir, pid: engine.child?.pid };
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the printed URL. */
  readyMs: number;
  stop(): Promise<void>;
}

/**
 * `npm start`'s program (node + tsx + server/main.ts) as a child, with the given environment;
 * `entry` runs another server that prints its URL the same way (the bench's forwarding proxy).
 */
export async function startApp(env: Record<string, string>, nodeArgs: string[] = [], entry = 'server/main.ts'): Promise<AppProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  onCleanup(stop);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app printed no URL within 120 s:\n${output}`)), 120_000);
    const check = () => {
      const match = /Timeline search: (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code) => reject(new Error(`the app exited (${code}):\n${output}`)));
  });
  return { url, child, readyMs: performance.now() - started, stop };
}

/** Peak resident memory of a process in MiB (Linux), or undefined. */
export async function peakRssMiB(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds (user + system, every thread) a process has used so far (Linux), or undefined. The
 * kernel counts in clock ticks of 1/100 s on every Linux platform Node supports.
 */
export async function cpuSeconds(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of the figures that could be read (an engine at MEILI_HOST has no CPU figure); undefined when none. */
export function medianOfKnown(values: Array<number | undefined>): number | undefined {
  const known = values.filter((value) => value !== undefined);
  return known.length ? median(known) : undefined;
}

/** `a / b` to two decimals, as every bench reports its ratios; null when `b` is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((a / b) * 100) / 100;
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export async function writeResult(name: string, result: unknown): Promise<string> {
  const folder = path.join(PROJECT_ROOT, 'bench', 'results');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export interface LoadMeasurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and non-2xx answers together. */
  errors: number;
  /**
   * CPU each process spent per answered request during the run, in microseconds: the server in
   * front of the engine (none for direct), the engine (when it is the bench's child) and this
   * process, which runs the load generator. On a machine where all of them share a few cores,
   * these say where a throughput ratio comes from better than the ratio itself.
   */
  cpuMicrosPerRequest: { server: number | undefined; engine: number | undefined; loadGenerator: number };
}

/** The processes whose CPU a load run charges to its requests. */
export interface LoadProcesses {
  serverPid?: number | undefined;
  enginePid?: number | undefined;
}

/** One autocannon run over a list of requests, cycled by every connection. */
export async function measureLoad(
  url: string,
  connections: number,
  duration: number,
  requests: autocannon.Request[],
  processes: LoadProcesses = {},
): Promise<LoadMeasurement> {
  const [serverBefore, engineBefore] = await Promise.all([cpuSeconds(processes.serverPid), cpuSeconds(processes.enginePid)]);
  const ownBefore = process.cpuUsage();
  const result = await autocannon({ url, connections, duration, requests });
  const own = process.cpuUsage(ownBefore);
  const [serverAfter, engineAfter] = await Promise.all([cpuSeconds(processes.serverPid), cpuSeconds(processes.enginePid)]);
  const answered = Math.max(result.requests.total, 1);
  const perRequest = (before: number | undefined, after: number | undefined) =>
    before === undefined || after === undefined ? undefined : Math.round(((after - before) * 1e6) / answered);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMicrosPerRequest: {
      server: perRequest(serverBefore, serverAfter),
      engine: perRequest(engineBefore, engineAfter),
      loadGenerator: Math.round((own.user + own.system) / answered),
    },
  };
}

/** Runs a bench's main: one-line failure and exit code 1, every child process stopped either way. */
export function runBench(name: string, main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      process.stderr.write(`${name}: ${(error as Error).message}\n`);
      process.exitCode = 1;
    })
    .finally(() => cleanupAll());
}
