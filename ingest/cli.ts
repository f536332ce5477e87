/**
 * `npm run ingest -- [options] <file or folder>...`: index timeline articles (plain text or HTML).
 * Documents go to stdout only with --dry-run; progress and the summary go to stderr; each kind of
 * failure is one line and a non-zero exit code.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.ts';
import { createEngineClient, engineApiError } from '../core/engine/engine-client.ts';
import { openEngine } from '../core/engine/open-engine.ts';
import { AppError, type AppErrorCode } from '../core/errors.ts';
import { assertReadable, expandArticlePaths } from './article-files.ts';
import { ingestArticles } from './ingest-articles.ts';
import { parseArticleFiles } from './parse-article-file.ts';

const HELP = `Usage: npm run ingest -- [options] <file or folder>...

Indexes timeline articles (plain text or HTML) as event, quote and passage documents. A folder
stands for the article files directly inside it (.txt, .html, .htm; notes such as SOURCES.md are
skipped).
Each run builds a fresh index and swaps it in atomically: a failed run leaves the live index as it was.
Documents of articles not named here are kept (unless --replace-all).

Options:
  --dry-run          Parse only: print the documents as one JSON array to stdout; touch no index
  --year <YYYY>      Year of the last timeline entry (default: inferred from the article); warns
                     when the weekdays the entries name fall on other days that year
  --index <uid>      Index to write (default: INDEX_UID or "timeline")
  --replace-all      Rebuild the index from these files alone
  -h, --help         Show this help

Engine: MEILI_HOST and MEILI_MASTER_KEY select a running Meilisearch; otherwise the bundled one is
started (or the one \`npm start\` runs is used) with its data under DATA_DIR (default data/).

Exit codes: 0 done, 2 bad usage or input, 3 engine unavailable or failed.`;

const EXIT_CODES: Partial<Record<AppErrorCode, number>> = {
  ENGINE_UNAVAILABLE: 3,
  ENGINE_START_FAILED: 3,
  ENGINE_BINARY: 3,
  ENGINE_TASK_FAILED: 3,
};

class UsageError extends AppError {
  override name = 'UsageError';
  constructor(message: string) {
    super('INVALID_PARAMETER', `${message} (see --help)`);
  }
}

const OPTIONS = ['--dry-run', '--year', '--index', '--replace-all', '--help'];

/** Levenshtein distance, for a mistyped option's suggestion. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        year: { type: 'string' },
        index: { type: 'string' },
        'replace-all': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // node:util's own message for an unknown option is about positionals; say what was meant instead.
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec((error as Error).message)?.[1] : undefined;
    if (unknown) {
      const meant = OPTIONS.find((option) => editDistance(option, unknown.split('=')[0]!) <= 2);
      throw new UsageError(`Unknown option ${unknown}${meant ? ` (did you mean ${meant}?)` : ''}`);
    }
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(`--year must be a four-digit year, not "${values.year}"`);
    year = Number(values.year);
  }
  if (values.index !== undefined && !/^[A-Za-z0-9_-]{1,400}$/.test(values.index)) {
    throw new UsageError(`--index may hold only A-Z a-z 0-9 - _, not "${values.index}"`);
  }
  if (!values.help && positionals.length === 0) throw new UsageError('Name at least one article file or folder');
  return { ...values, year, files: positionals };
}

/** Maps a thrown AppError (or anything from the engine client) to a one-line message. */
function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof AppError) return { message: error.message, exitCode: EXIT_CODES[error.code] ?? 2 };
  // The engine's own refusal first: the client wraps it in a request error too.
  const refusal = engineApiError(error);
  if (refusal) return { message: `Meilisearch refused: ${refusal.message}`, exitCode: 3 };
  const name = (error as Error)?.name ?? '';
  if (name === 'MeilisearchRequestError' || name === 'MeilisearchRequestTimeOutError') {
    return { message: `Meilisearch is unreachable: ${(error as Error).message}`, exitCode: 3 };
  }
  return { message: String((error as Error)?.stack ?? error), exitCode: 1 };
}

async function main(argv: string[]): Promise<void> {
  const options = parseCommandLine(argv);
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const files = await expandArticlePaths(options.files);
  await assertReadable(files);

  if (options['dry-run']) {
    const documents = [];
    for await (const parsed of parseArticleFiles(files, { year: options.year })) {
      for (const document of parsed.documents) documents.push(document);
      for (const warning of parsed.warnings) log(`warning: ${parsed.path}: ${warning}`);
    }
    process.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
    log(`dry run: ${documents.length} documents from ${files.length} file(s); no index touched`);
    return;
  }

  const config = loadConfig();
  const indexUid = options.index ?? config.indexUid;
  const engine = await openEngine(config, log);
  try {
    const client = createEngineClient({ host: engine.host, apiKey: engine.masterKey, timeoutMs: 30_000 });
    if (!(await client.isHealthy())) throw new AppError('ENGINE_UNAVAILABLE', `Meilisearch at ${engine.host} does not answer`);
    log(`Ingesting ${files.length} file(s) into index "${indexUid}" at ${engine.host}`);
    const summary = await ingestArticles(client, {
      files,
      indexUid,
      year: options.year,
      replaceAll: options['replace-all'],
      onProgress: log,
    });
    const kinds = Object.entries(summary.byType).map(([type, count]) => `${count} ${type}s`).join(', ');
    log(
      `Done: ${summary.documents} documents (${kinds}) from ${summary.articles} article(s)` +
        `${summary.carriedOver ? `, ${summary.carriedOver} kept from other articles` : ''} in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await engine.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const { message, exitCode } = describeFailure(error);
  process.stderr.write(`ingest: ${message}\n`);
  process.exitCode = exitCode;
});
