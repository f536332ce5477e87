/**
 * `npm run ingest` as a user runs it: help, dry run on stdout only, clear one-line failures with
 * distinct exit codes, and a real ingest into a real engine.
 */
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { TimelineDocument } from '../../core/schema.ts';
import { adminClient, dropIndex, uniqueIndexUid } from '../helpers/engine.ts';
import { runScript, type ScriptRun } from '../helpers/run-script.ts';
import { SEED_ARTICLE } from '../helpers/start-test-server.ts';
import { PROJECT_ROOT } from '../../core/config.ts';

function runIngest(args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return runScript('ingest/cli.ts', args, { MEILI_HOST: inject('meiliHost'), MEILI_MASTER_KEY: inject('meiliMasterKey'), ...env });
}

const admin = adminClient();
const indexUid = uniqueIndexUid('cli');
afterAll(() => dropIndex(admin, indexUid));

describe('npm run ingest', () => {
  it('--help explains the usage and exits 0', async () => {
    const result = await runIngest(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run ingest -- [options] <file or folder>...');
    expect(result.stdout).toContain('A folder');
    expect(result.stdout).toContain('--dry-run');
  });

  it('--dry-run writes only the documents, as one JSON array, to stdout', async () => {
    const result = await runIngest(['--dry-run', SEED_ARTICLE], { MEILI_HOST: 'http://127.0.0.1:1' });
    expect(result.code).toBe(0);
    const documents = JSON.parse(result.stdout) as TimelineDocument[];
    expect(documents.filter((d) => d.type === 'event')).toHaveLength(40);
    expect(result.stderr).toMatch(/dry run: \d+ documents/);
  });

  it.each([
    { name: 'a missing file', args: ['no/such/article.txt'], code: 2, message: /^ingest: Cannot read no\/such\/article.txt: no such file$/ },
    { name: 'no file at all', args: [], code: 2, message: /^ingest: Name at least one article file or folder \(see --help\)$/ },
    { name: 'an unknown option', args: ['--colour', SEED_ARTICLE], code: 2, message: /^ingest: Unknown option --colour \(see --help\)$/ },
    { name: 'a mistyped option', args: ['--yaer', '2016', SEED_ARTICLE], code: 2, message: /^ingest: Unknown option --yaer \(did you mean --year\?\) \(see --help\)$/ },
    { name: 'a bad year', args: ['--year', '16', SEED_ARTICLE], code: 2, message: /^ingest: --year must be a four-digit year/ },
    { name: 'a bad index name', args: ['--index', 'a b', SEED_ARTICLE], code: 2, message: /^ingest: --index may hold only/ },
  ])('rejects $name with one line and exit code $code', async ({ args, code, message }) => {
    const result = await runIngest(args);
    expect(result.code).toBe(code);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('takes a folder for the article files directly inside it, beside files named one by one', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cli-folder-'));
    const fixtures = path.join(PROJECT_ROOT, 'tests', 'fixtures');
    await copyFile(path.join(fixtures, 'harbor-strike.txt'), path.join(folder, 'harbor-strike.txt'));
    await copyFile(path.join(fixtures, 'council-bridge.html'), path.join(folder, 'council-bridge.html'));
    // Not articles: a note and anything in a subfolder.
    await writeFile(path.join(folder, 'SOURCES.md'), '# Sources\n\nJan 5, 2020: not an entry.\n');
    await mkdir(path.join(folder, 'drafts'));
    await copyFile(path.join(fixtures, 'water-contract.html'), path.join(folder, 'drafts', 'water-contract.html'));

    const result = await runIngest(['--dry-run', folder, path.join(fixtures, 'pipeline-key-dates.txt')], { MEILI_HOST: 'http://127.0.0.1:1' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/dry run: \d+ documents from 3 file\(s\)/);
    const articles = new Set((JSON.parse(result.stdout) as TimelineDocument[]).map((document) => document.article));
    expect([...articles].sort()).toEqual(['council-bridge', 'harbor-strike', 'pipeline-key-dates']);
  });

  it('rejects a folder without article files in one line', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cli-empty-'));
    await writeFile(path.join(folder, 'notes.md'), 'Nothing to index.\n');
    const result = await runIngest(['--dry-run', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`ingest: ${folder} holds no article files (.txt, .html, .htm)`);
    expect(result.stdout).toBe('');
  });

  it('rejects an article that yields no documents', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cli-'));
    const empty = path.join(folder, 'only-boilerplate.txt');
    await writeFile(empty, 'Please enter your comment!\n\nPlease enter your name here\n');
    const result = await runIngest(['--index', indexUid, empty]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^ingest: .*only-boilerplate\.txt.*(no documents|yields no)/);
  });

  it('rejects a PDF and binary data saved as an article, naming what they are', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cli-'));
    const pdf = path.join(folder, 'report.pdf');
    const binary = path.join(folder, 'photo.txt');
    await writeFile(pdf, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n');
    await writeFile(binary, Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 97 + 13) % 256)));
    for (const [file, kind] of [[pdf, 'a PDF'], [binary, 'binary data']] as const) {
      const result = await runIngest(['--index', indexUid, file]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n').at(-1)).toContain(`Cannot read ${file} as an article: it is ${kind}`);
    }
  });

  it('reads an article saved as UTF-16 or Windows-1252 (what Windows tools call plain text) as its UTF-8 original', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cli-'));
    const original = 'Bridge works\n\nMarch 3, 2021 – Engineers report cracks. “We have never seen corrosion like it,” said engineer Priya Natarajan.\n\nMarch 9, 2021 – The bridge closes.\n';
    const utf16 = path.join(folder, 'bridge.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
    const cp1252 = path.join(folder, 'bridge-1252.txt');
    // – “ ” in Windows-1252.
    await writeFile(cp1252, Buffer.from(original.replaceAll('–', '\x96').replace('“', '\x93').replace('”', '\x94'), 'latin1'));
    for (const file of [utf16, cp1252]) {
      const result = await runIngest(['--dry-run', file], { MEILI_HOST: 'http://127.0.0.1:1' });
      expect(result.code, result.stderr).toBe(0);
      const quotes = (JSON.parse(result.stdout) as Array<{ type: string; text: string; speaker: string | null; date: string | null }>).filter((document) => document.type === 'quote');
      expect(quotes).toMatchObject([{ text: 'We have never seen corrosion like it', speaker: 'Priya Natarajan', date: '2021-03-03' }]);
    }
  });

  it('warns when the weekdays the entries name contradict --year, and names a year that fits', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'timeline-cli-'));
    const diary = path.join(folder, 'bridge-diary.txt');
    await writeFile(diary, 'Bridge diary\n\nTuesday 14 March — The bridge closes.\n\nThursday 16 March — Divers go down.\n\nMonday 20 March — It reopens.\n');
    const contradicted = await runIngest(['--dry-run', '--year', '2022', diary], { MEILI_HOST: 'http://127.0.0.1:1' });
    expect(contradicted.code, contradicted.stderr).toBe(0);
    expect(contradicted.stderr).toContain(`warning: ${diary}: --year 2022: 3 of the 3 entries that name a weekday fall on another day ("Tuesday 14 March" is a Monday in 2022); --year 2023 fits them all`);
    const agreeing = await runIngest(['--dry-run', '--year', '2023', diary], { MEILI_HOST: 'http://127.0.0.1:1' });
    expect(agreeing.code, agreeing.stderr).toBe(0);
    expect(agreeing.stderr).not.toContain('warning');
  });

  it('says so in one line when the engine is unreachable', async () => {
    const result = await runIngest(['--index', indexUid, SEED_ARTICLE], { MEILI_HOST: 'http://127.0.0.1:1' });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^ingest: Meilisearch at http:\/\/127\.0\.0\.1:1 does not answer$/);
  });

  it('says in one line that the engine refused, when the key is wrong', async () => {
    const result = await runIngest(['--index', indexUid, SEED_ARTICLE], { MEILI_MASTER_KEY: 'not-the-master-key' });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^ingest: Meilisearch refused: The provided API key is invalid\.?$/);
  });

  it('indexes an article into the engine and reports the documents per type', async () => {
    const result = await runIngest(['--index', indexUid, SEED_ARTICLE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Done: \d+ documents \(40 events, \d+ quotes, \d+ passages\) from 1 article\(s\)/);
    const stats = await admin.index(indexUid).getStats();
    expect(stats.numberOfDocuments).toBeGreaterThan(40);
  });
});
