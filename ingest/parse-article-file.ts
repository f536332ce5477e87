/**
 * One article file in, its validated documents out: the read (I/O) around the pure parser, and the
 * check of every document against the shared schema. The pipeline, the CLI's dry run and the
 * benchmarks all parse through it, so they parse alike.
 */
import { AppError } from '../core/errors.ts';
import { surelyValidDocuments, TimelineDocumentListSchema, type TimelineDocument } from '../core/schema.ts';
import { readArticleFile, type ArticleFile } from './article-files.ts';
import { ArticleParseError, parseArticle } from './parse/parse-article.ts';
import { weekdaysDisagreeWith } from './weekday-check.ts';

export interface ParsedFile {
  path: string;
  slug: string;
  title: string;
  documents: TimelineDocument[];
  /** What the reader should check, though the file parsed (a `--year` the weekdays contradict). */
  warnings: string[];
}

export interface ParseOptions {
  year?: number | undefined;
}

/** Reads and parses one file; every document is checked against the shared schema. */
export async function parseArticleFile(filePath: string, options: ParseOptions = {}): Promise<ParsedFile> {
  return parseReadFile(await readArticleFile(filePath), options);
}

/**
 * Reads and parses the files one after the other, each file read before the one before it is
 * parsed. Read through the thread pool, a file was read while the one before was parsed (read on
 * its own, it left the parser idle, 6-8% of a parse of many small files); readArticleFile now reads
 * at once, for less CPU than the hand-over cost. Fails at the first file that cannot be read or
 * parsed, as reading them in turn does.
 */
export async function* parseArticleFiles(filePaths: string[], options: ParseOptions = {}): AsyncGenerator<ParsedFile> {
  const readAhead = (index: number) => {
    if (index >= filePaths.length) return undefined;
    const reading = readArticleFile(filePaths[index]!);
    // Awaited in its turn; a failure must not count as unhandled meanwhile (a parse before it may fail first).
    reading.catch(() => {});
    return reading;
  };
  let next = readAhead(0);
  for (let index = 0; next; index += 1) {
    const file = await next;
    next = readAhead(index + 1);
    yield parseReadFile(file, options);
  }
}

function parseReadFile(file: ArticleFile, options: ParseOptions): ParsedFile {
  const filePath = file.path;
  let parsed;
  try {
    parsed = parseArticle(file.content, {
      slug: file.slug,
      format: file.format,
      ...(options.year !== undefined ? { year: options.year } : {}),
    });
  } catch (error) {
    if (error instanceof ArticleParseError) throw new AppError('ARTICLE_EMPTY', `${filePath}: ${error.message}`, { cause: error });
    throw error;
  }
  const { title, documents } = parsed;
  if (documents.length === 0) throw new AppError('ARTICLE_EMPTY', `${filePath} yields no documents`);
  // The schema's own check only for documents the quick one cannot vouch for: it names the fault.
  const checked = surelyValidDocuments(documents) ? null : TimelineDocumentListSchema.safeParse(documents);
  if (checked && !checked.success) {
    const issue = checked.error.issues[0]!;
    throw new AppError('DOCUMENT_INVALID', `${filePath}: document ${issue.path.join('.')} ${issue.message}`);
  }
  const weekdays = options.year === undefined ? null : weekdaysDisagreeWith(documents, options.year);
  return { path: filePath, slug: file.slug, title, documents, warnings: weekdays ? [weekdays] : [] };
}
