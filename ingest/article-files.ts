/**
 * Reading article files: the I/O around the pure parser. Finds the format (HTML or plain text)
 * and a slug for each file, and turns unreadable or empty files into one clear error each.
 */
import { readFileSync } from 'node:fs';
import { access, constants as fsConstants, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../core/errors.ts';
import { decodeArticleBytes } from './decode-text.ts';

export type ArticleFormat = 'text' | 'html';

export interface ArticleFile {
  path: string;
  slug: string;
  format: ArticleFormat;
  content: string;
}

/** `Trump Campaign & Russia.html` → `trump-campaign-russia`: only characters a document id allows. */
export function slugFromPath(filePath: string): string {
  const base = path.basename(filePath).replace(/\.(html?|txt|text|md)$/i, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'article';
}

export function detectFormat(filePath: string, content: string): ArticleFormat {
  if (/\.html?$/i.test(filePath)) return 'html';
  if (/\.(txt|text|md)$/i.test(filePath)) return 'text';
  return /^\s*(<!doctype html|<html[\s>]|<(article|body|main|div|p)[\s>])/i.test(content) ? 'html' : 'text';
}

export async function readArticleFile(filePath: string): Promise<ArticleFile> {
  let bytes: Buffer;
  try {
    // Read at once, not through the thread pool: fs/promises' readFile cost 50-300 µs of CPU a
    // small article (a FileHandle, a round trip to a pool thread and a promise for each of its
    // steps), beside the 5 ms the parse takes on the same core; this costs about 10 µs.
    bytes = readFileSync(filePath);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((cause as Error).message);
    throw new AppError('FILE_UNREADABLE', `Cannot read ${filePath}: ${reason}`, { cause });
  }
  const decoded = decodeArticleBytes(bytes);
  if ('notText' in decoded) {
    throw new AppError('FILE_UNREADABLE', `Cannot read ${filePath} as an article: it is ${decoded.notText}. Save the article's text as a .txt file, or its web page as .html`);
  }
  const content = decoded.text;
  if (content.trim() === '') throw new AppError('ARTICLE_EMPTY', `${filePath} is empty`);
  return { path: filePath, slug: slugFromPath(filePath), format: detectFormat(filePath, content), content };
}

/** Fails on the first file that cannot be read, before any work starts. */
export async function assertReadable(filePaths: string[]): Promise<void> {
  for (const filePath of filePaths) {
    await access(filePath, fsConstants.R_OK).catch((cause: NodeJS.ErrnoException) => {
      const reason = cause.code === 'ENOENT' ? 'no such file' : cause.code === 'EACCES' ? 'permission denied' : cause.message;
      throw new AppError('FILE_UNREADABLE', `Cannot read ${filePath}: ${reason}`, { cause });
    });
  }
}

/** The article files (.txt, .html, .htm) directly inside a folder, sorted for a stable order; notes such as SOURCES.md are not articles. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch((cause) => {
    throw new AppError('FILE_UNREADABLE', `Cannot read the articles folder ${folder}`, { cause });
  });
  return names
    .filter((name) => /\.(txt|html?)$/i.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

/**
 * The command line's paths as article files: a folder stands for the article files directly inside
 * it (listArticleFiles), a file for itself, in the order given. A folder without any is an error
 * rather than a silent no-op; a path that does not exist is left for assertReadable to report.
 */
export async function expandArticlePaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const isFolder = await stat(given).then((found) => found.isDirectory(), () => false);
    if (!isFolder) {
      files.push(given);
      continue;
    }
    const inside = await listArticleFiles(given);
    if (!inside.length) throw new AppError('INVALID_PARAMETER', `${given} holds no article files (.txt, .html, .htm)`);
    files.push(...inside);
  }
  return files;
}

/** Two files with the same slug would overwrite each other's documents: refuse up front. */
export function assertDistinctSlugs(filePaths: string[]): void {
  const seen = new Map<string, string>();
  for (const filePath of filePaths) {
    const slug = slugFromPath(filePath);
    const other = seen.get(slug);
    if (other !== undefined) {
      throw new AppError('INVALID_PARAMETER', `${other} and ${filePath} would both be article "${slug}"; rename one`);
    }
    seen.set(slug, filePath);
  }
}
