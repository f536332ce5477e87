/**
 * One process of `npm run bench:parse`: loads the parser of one tree, parses the files the bench
 * wrote (warm-up passes first, untimed), times the passes after them and prints one JSON line.
 * Each parser runs in processes of its own: loaded beside another tree's parser in one process, a
 * parser ran up to 30% slower than alone, whichever was loaded second (twenty-seventh session,
 * docs/performance.md), so a ratio measured that way said more about load order than about code.
 *
 * Usage: tsx bench/parse-pass.ts <tree> <files.json> <warm-up passes> <timed passes>
 * where files.json holds `{ "text": [paths], "html": [paths] }`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParsedFile } from '../ingest/parse-article-file.ts';

type ParseFile = (filePath: string) => Promise<ParsedFile>;
type Kind = 'text' | 'html';

export interface PassTimes {
  text: { seconds: number[]; documents: number };
  html: { seconds: number[]; documents: number };
}

/** Seconds for one pass over the files, and the documents they gave. */
async function pass(parse: ParseFile, files: string[]): Promise<{ seconds: number; documents: number }> {
  const started = performance.now();
  let documents = 0;
  for (const file of files) documents += (await parse(file)).documents.length;
  return { seconds: (performance.now() - started) / 1000, documents };
}

const [tree, listFile, warmUpsArg, passesArg] = process.argv.slice(2);
if (!tree || !listFile || !warmUpsArg || !passesArg) throw new Error('usage: parse-pass.ts <tree> <files.json> <warm-up passes> <timed passes>');
const files = JSON.parse(await readFile(listFile, 'utf8')) as Record<Kind, string[]>;
// The same entry point in every commit.
const { parseArticleFile } = (await import(pathToFileURL(path.join(tree, 'ingest', 'parse-article-file.ts')).href)) as { parseArticleFile: ParseFile };
const times: PassTimes = { text: { seconds: [], documents: 0 }, html: { seconds: [], documents: 0 } };
for (let round = 0; round < Number(warmUpsArg) + Number(passesArg); round += 1) {
  for (const kind of ['text', 'html'] as const) {
    const measured = await pass(parseArticleFile, files[kind]);
    times[kind].documents = measured.documents;
    if (round >= Number(warmUpsArg)) times[kind].seconds.push(measured.seconds);
  }
}
process.stdout.write(`${JSON.stringify(times)}\n`);
