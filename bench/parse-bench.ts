/**
 * `npm run bench:parse`: the parser alone on the synthetic articles, plain text and HTML apart,
 * and with `--against <commit>` the parser of another commit beside it, alternating passes in one
 * process. The parser is the ingest's critical path since the tenth session, and its cost crept
 * up 1.55× over six sessions that each measured their own change on other articles
 * (docs/performance.md): this is the figure to compare before and after adding rules.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { PROJECT_ROOT } from '../core/config.ts';
import type { ParsedFile } from '../ingest/parse-article-file.ts';
import { log, machineDescription, median, onCleanup, ratio, runBench, writeResult } from './processes.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';

const HELP = `Usage: npm run bench:parse -- [options]

Parses synthetic articles (seeded, as bench:ingest writes them) with this checkout's parser, pass
after pass, and reports documents per second for plain text and HTML apart. With --against, the
parser of another commit parses the same files too, its passes alternating with this one's in the
same process, and the table adds its rate and the ratio this/that (below 1: this one is faster).

Options:
  --documents <n>    synthetic documents to parse (default 20000)
  --passes <n>       passes over the files per parser; medians reported (default 10)
  --against <ref>    a commit, branch or tag of this repository to compare with (checked out
                     into a temporary git worktree, with this checkout's node_modules)
  --seed <n>         generator seed (default 1)
  --quick            a tiny run (1000 documents, 2 passes), for smoke tests
  -h, --help         this help`;

type ParseFile = (filePath: string) => Promise<ParsedFile>;

/** The parser of this checkout or of another tree: the same entry point in every commit. */
async function loadParser(root: string): Promise<ParseFile> {
  const module = (await import(pathToFileURL(path.join(root, 'ingest', 'parse-article-file.ts')).href)) as { parseArticleFile: ParseFile };
  return module.parseArticleFile;
}

const run = promisify(execFile);

/** A temporary worktree of `ref` that shares this checkout's node_modules; removed on exit. */
async function checkOut(ref: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-parser-'));
  onCleanup(() => rm(folder, { recursive: true, force: true }));
  await run('git', ['-C', PROJECT_ROOT, 'worktree', 'add', '--detach', folder, ref]).catch((error: { stderr?: string }) => {
    throw new Error(`cannot check out ${ref}: ${error.stderr?.trim() ?? String(error)}`);
  });
  // Run before the folder's removal (cleanups run last first), so git forgets the worktree too.
  onCleanup(() => run('git', ['-C', PROJECT_ROOT, 'worktree', 'remove', '--force', folder]).then(() => {}));
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  return folder;
}

/** Seconds for one pass over the files, and the documents they gave. */
async function pass(parse: ParseFile, files: string[]): Promise<{ seconds: number; documents: number }> {
  const started = performance.now();
  let documents = 0;
  for (const file of files) documents += (await parse(file)).documents.length;
  return { seconds: (performance.now() - started) / 1000, documents };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '20000' },
      passes: { type: 'string', default: '10' },
      against: { type: 'string' },
      seed: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const documents = values.quick ? 1000 : Number(values.documents);
  const passes = values.quick ? 2 : Number(values.passes);
  const seed = Number(values.seed);
  if (![documents, passes, seed].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--documents, --passes and --seed take positive whole numbers (see --help)');
  }

  const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-parse-'));
  onCleanup(() => rm(folder, { recursive: true, force: true }));
  const files = await writeSyntheticArticles(folder, documents, { seed, entries: 60 });
  const kinds = { text: files.filter((file) => file.endsWith('.txt')), html: files.filter((file) => file.endsWith('.html')) };

  const parsers: Array<{ name: string; parse: ParseFile }> = [{ name: 'this checkout', parse: await loadParser(PROJECT_ROOT) }];
  if (values.against) parsers.push({ name: values.against, parse: await loadParser(await checkOut(values.against)) });

  // Alternated pass by pass, and the order flipped every pass, so that neither parser always runs
  // right after the other's garbage or on a machine that has just slowed down.
  const seconds = parsers.map(() => ({ text: [] as number[], html: [] as number[] }));
  const produced = parsers.map(() => ({ text: 0, html: 0 }));
  for (let round = 1; round <= passes; round += 1) {
    const order = round % 2 ? parsers.map((_, index) => index) : parsers.map((_, index) => index).reverse();
    for (const index of order) {
      for (const kind of ['text', 'html'] as const) {
        const measured = await pass(parsers[index]!.parse, kinds[kind]);
        seconds[index]![kind].push(measured.seconds);
        produced[index]![kind] = measured.documents;
      }
    }
    log(`pass ${round}/${passes}`);
  }

  const rateOf = (index: number, kind: 'text' | 'html') => Math.round(produced[index]![kind] / median(seconds[index]![kind]));
  const results = (['text', 'html'] as const).map((kind) => ({
    kind,
    articles: kinds[kind].length,
    documents: produced[0]![kind],
    documentsPerSecond: rateOf(0, kind),
    secondsPerPass: seconds[0]![kind],
    ...(parsers[1]
      ? {
          against: { ref: parsers[1].name, documents: produced[1]![kind], documentsPerSecond: rateOf(1, kind), secondsPerPass: seconds[1]![kind] },
          // Time per pass, this over that: below 1, this checkout parses faster.
          thisOverAgainst: ratio(median(seconds[0]![kind]), median(seconds[1]![kind])),
        }
      : {}),
  }));
  const file = await writeResult('parse', { machine: machineDescription(), seed, passes, results });

  const lines = [
    `Parser: synthetic articles (seed ${seed}), medians of ${passes} pass(es) — ${machineDescription()}`,
    `  kind  articles      docs    docs/s${values.against ? `  ${values.against.slice(0, 12).padStart(12)} docs/s  this/that time` : ''}`,
    ...results.map(
      (r) =>
        `  ${r.kind.padEnd(4)} ${String(r.articles).padStart(9)} ${String(r.documents).padStart(9)} ${String(r.documentsPerSecond).padStart(9)}` +
        (r.against ? `  ${String(r.against.documentsPerSecond).padStart(19)}  ${String(r.thisOverAgainst).padStart(14)}` : ''),
    ),
    `(docs/s: documents parsed per second, reading included; this/that time below 1: this checkout is faster. Full result: ${path.relative(PROJECT_ROOT, file)})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBench('bench:parse', main);
