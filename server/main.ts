/**
 * `npm start`: configuration, the engine (bundled or external), a first-run ingest, the
 * read-only search key, then the HTTP server. Stops gracefully on Ctrl-C / SIGTERM (in-flight
 * requests finish, idle keep-alive connections close, the child engine stops), and restarts a
 * bundled engine that dies, saying so.
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { CONFIG_VARIABLES, loadConfig, type Config } from '../core/config.ts';
import { createEngineClient } from '../core/engine/engine-client.ts';
import { openEngine, startBundledEngine } from '../core/engine/open-engine.ts';
import type { EngineHandle } from '../core/engine/local-engine.ts';
import { AppError } from '../core/errors.ts';
import { createApp } from './app.ts';
import { createHttpServer } from './http-server.ts';
import { findOrCreateSearchKey } from './search-key.ts';
import { SearchService } from './search-service.ts';
import { seedIndexIfEmpty } from './seed-index.ts';

const SHUTDOWN_GRACE_MS = 10_000;

const HELP = `Usage: npm start

Serves timeline search: the web page at http://HOST:PORT/ and the JSON API under /api. Starts the
bundled Meilisearch on loopback (data under DATA_DIR) unless MEILI_HOST names a running one, and
indexes the articles of ARTICLES_DIR first when the index is missing or empty. Ctrl-C stops both.

Configured by environment variables only (README, Configuration):
  ${CONFIG_VARIABLES.join(', ')}

Add articles with: npm run ingest -- <file or folder>...`;

/** Restarts a bundled engine that exits unexpectedly, on the same port, with growing pauses. */
function superviseEngine(engine: EngineHandle, config: Config, logger: pino.Logger, isStopping: () => boolean) {
  let current = engine;
  let failures = 0;
  const port = Number(new URL(engine.host).port);

  const scheduleRestart = () => {
    const delay = Math.min(30_000, 1000 * 2 ** failures++);
    setTimeout(() => void restart(), delay).unref();
  };
  const restart = async () => {
    if (isStopping()) return;
    try {
      current = await startBundledEngine(config, { port, attach: false });
      failures = 0;
      logger.info({ host: current.host }, 'Meilisearch restarted');
      watch(current);
    } catch (error) {
      logger.error({ err: error }, 'Restarting Meilisearch failed; trying again');
      scheduleRestart();
    }
  };
  const watch = (handle: EngineHandle) => {
    handle.child?.once('exit', (code, signal) => {
      if (isStopping()) return;
      logger.error({ code, signal }, 'Meilisearch exited unexpectedly; searches answer 503 until it is back');
      scheduleRestart();
    });
  };

  if (engine.owned) watch(engine);
  return { stop: () => current.stop() };
}

async function main(): Promise<void> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const config = loadConfig();
  // Readable lines in a terminal; JSON lines (one object per line) for pipes, files and containers.
  const logger = pino({
    level: config.logLevel,
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  });
  const log = (message: string) => logger.info(message);
  let stopping = false;

  const engine = await openEngine(config, log);
  const supervisor = superviseEngine(engine, config, logger, () => stopping);
  try {
    const admin = createEngineClient({ host: engine.host, apiKey: engine.masterKey, timeoutMs: 30_000 });
    if (!(await admin.isHealthy())) {
      throw new AppError('ENGINE_UNAVAILABLE', `Meilisearch at ${engine.host} does not answer`);
    }
    const summary = await seedIndexIfEmpty(admin, { indexUid: config.indexUid, articlesDir: config.articlesDir, log });
    if (summary) log(`Indexed ${summary.documents} documents in ${(summary.elapsedMs / 1000).toFixed(1)} s`);

    // Without a master key (a development-mode engine) there are no keys to manage.
    const searchKey = engine.masterKey ? await findOrCreateSearchKey(admin, config.indexUid) : undefined;
    const client = createEngineClient({ host: engine.host, apiKey: searchKey, timeoutMs: config.engineTimeoutMs });
    const search = new SearchService({ client, indexUid: config.indexUid, cacheEntries: config.cacheEntries });
    await search.start();
    const app = createApp({
      search,
      logger,
      rateLimitPerMinute: config.rateLimitPerMinute,
      trustProxy: config.trustProxy,
    });

    const server = createHttpServer(app).listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (error) =>
        reject(new AppError('CONFIG_INVALID', `Cannot listen on ${config.host}:${config.port}: ${error.message}`)),
      );
    });
    const { port } = server.address() as AddressInfo;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    logger.info({ url: `http://${shownHost}:${port}/` }, `Timeline search is ready at http://${shownHost}:${port}/`);
    // The URL stays visible even when logs are filtered or silenced.
    process.stderr.write(`\n  Timeline search: http://${shownHost}:${port}/\n\n`);

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'Shutting down');
      const forced = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearTimeout(forced);
      search.stop();
      await supervisor.stop();
      logger.info('Stopped');
      process.exit(0);
    };
    // `on`, not `once`: npm, tsx and the terminal may each deliver the signal, and a second one
    // must not kill the process with the default action halfway through the shutdown.
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    stopping = true;
    await supervisor.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof AppError ? error.message : String((error as Error)?.stack ?? error);
  process.stderr.write(`timeline-search: ${message}\n`);
  process.exit(1);
});
