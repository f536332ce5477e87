/**
 * One article file in, its validated documents out: the read (I/O) around the pure parser, and the
 * check of every document against the shared schema. The pipeline, the CLI's dry run and the
 * benchmarks all parse through it, so they parse alike.
 */
import { AppError } from '../core/errors.ts';
import { TimelineDocumentListSchema, type TimelineDocument } from '../core/schema.ts';
import { readArticleFile } from './article-files.ts';
import { ArticleParseError, parseArticle } from './parse/parse-article.ts';

export interface ParsedFile {
  path: string;
  slug: string;
  title: string;
  documents: TimelineDocument[];
}

/** Reads and parses one file; every document is checked against the shared schema. */
export async function parseArticleFile(filePath: string, options: { year?: number | undefined } = {}): Promise<ParsedFile> {
  const file = await readArticleFile(filePath);
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
  const checked = TimelineDocumentListSchema.safeParse(documents);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new AppError('DOCUMENT_INVALID', `${filePath}: document ${issue.path.join('.')} ${issue.message}`);
  }
  return { path: filePath, slug: file.slug, title, documents };
}
