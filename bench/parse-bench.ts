/**
 * `npm run bench:parse`: the parser alone on the synthetic articles, plain text and HTML apart,
 * and with `--against <commit>` the parser of another commit beside it, their processes
 * alternating. The parser is the ingest's critical path since the tenth session, and its cost
 * crept up 1.55× over six sessions that each measured their own change on other articles
 * (docs/performance.md): this is the figure to compare before and after adding rules.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { PROJECT_ROOT } from '../core/config.ts';
import type { PassTimes } from './parse-pass.ts';
import { log, machineDescription, median, onCleanup, ratio, runBench, writeResult } from './processes.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';

const HELP = `Usage: npm run bench:parse -- [options]

Parses synthetic articles (seeded, as bench:ingest writes them) with this checkout's parser, pass
after pass, and reports documents per second for plain text and HTML apart. With --against, the
parser of another commit parses the same files too, and the table adds its rate and the ratio
this/that (below 1: this one is faster). Each parser runs in processes of its own, the two
alternating process by process: loaded in one process, the one loaded second ran slower.
Each process parses the files twice untimed (V8 compiles the parser's patterns and code on the
first passes), then times its passes; the medians of the processes' medians are reported.

Options:
  --documents <n>    synthetic documents to parse (default 20000)
  --processes <n>    processes per parser (default 4)
  --passes <n>       timed passes over the files in each process (default 5)
  --against <ref>    a commit, branch or tag of this repository to compare with (checked out
                     into a temporary git worktree, with this checkout's node_modules)
  --seed <n>         generator seed (default 1)
  --quick            a tiny run (1000 documents, 1 process of 2 passes), for smoke tests
  -h, --help         this help`;

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

/** Untimed passes at the start of each process: the first pass of a fresh process costs about three times a later one. */
const WARM_UP_PASSES = 2;

/** One process of parse-pass.ts over the listed files with the parser of `tree`. */
async function timedProcess(tree: string, listFile: string, passes: number): Promise<PassTimes> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'parse-pass.ts'), tree, listFile, String(WARM_UP_PASSES), String(passes)], {
    cwd: PROJECT_ROOT,
    maxBuffer: 16 * 2 ** 20,
  }).catch((error: { stderr?: string }) => {
    throw new Error(`the parser of ${tree} failed: ${error.stderr?.trim() ?? String(error)}`);
  });
  return JSON.parse(stdout) as PassTimes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '20000' },
      processes: { type: 'string', default: '4' },
      passes: { type: 'string', default: '5' },
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
  const processes = values.quick ? 1 : Number(values.processes);
  const passes = values.quick ? 2 : Number(values.passes);
  const seed = Number(values.seed);
  if (![documents, processes, passes, seed].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--documents, --processes, --passes and --seed take positive whole numbers (see --help)');
  }

  const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-parse-'));
  onCleanup(() => rm(folder, { recursive: true, force: true }));
  const files = await writeSyntheticArticles(folder, documents, { seed, entries: 60 });
  const kinds = { text: files.filter((file) => file.endsWith('.txt')), html: files.filter((file) => file.endsWith('.html')) };

  const listFile = path.join(folder, 'files.json');
  await writeFile(listFile, JSON.stringify(kinds));

  const parsers: Array<{ name: string; tree: string }> = [{ name: 'this checkout', tree: PROJECT_ROOT }];
  if (values.against) parsers.push({ name: values.against, tree: await checkOut(values.against) });

  // Process by process, the order flipped every round, so that neither parser always runs right
  // after the other or on a machine that has just slowed down. Each process's median, per kind.
  const processMedians = parsers.map(() => ({ text: [] as number[], html: [] as number[] }));
  const seconds = parsers.map(() => ({ text: [] as number[], html: [] as number[] }));
  const produced = parsers.map(() => ({ text: 0, html: 0 }));
  for (let round = 1; round <= processes; round += 1) {
    const order = round % 2 ? parsers.map((_, index) => index) : parsers.map((_, index) => index).reverse();
    for (const index of order) {
      const times = await timedProcess(parsers[index]!.tree, listFile, passes);
      for (const kind of ['text', 'html'] as const) {
        processMedians[index]![kind].push(median(times[kind].seconds));
        seconds[index]![kind].push(...times[kind].seconds);
        produced[index]![kind] = times[kind].documents;
      }
    }
    log(`process ${round}/${processes}`);
  }

  const secondsPerPass = (index: number, kind: 'text' | 'html') => median(processMedians[index]![kind]);
  const rateOf = (index: number, kind: 'text' | 'html') => Math.round(produced[index]![kind] / secondsPerPass(index, kind));
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
          thisOverAgainst: ratio(secondsPerPass(0, kind), secondsPerPass(1, kind)),
        }
      : {}),
  }));
  const file = await writeResult('parse', { machine: machineDescription(), seed, processes, passes, warmUpPasses: WARM_UP_PASSES, results });

  const lines = [
    `Parser: synthetic articles (seed ${seed}), medians of ${processes} process(es) of ${passes} timed pass(es) each — ${machineDescription()}`,
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
