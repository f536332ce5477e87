/** Configuration: defaults for everything, and a bad value stops start-up naming the variable. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../core/config.ts';
import { ConfigError } from '../../core/errors.ts';

describe('loadConfig', () => {
  it('has a default for every setting', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.join(PROJECT_ROOT, 'data'),
      articlesDir: path.join(PROJECT_ROOT, 'data', 'articles'),
      meiliHost: undefined,
      indexUid: 'timeline',
      engineTimeoutMs: 1000,
      rateLimitPerMinute: 0,
      cacheEntries: 500,
      logLevel: 'info',
      meiliMaxIndexingMemory: '1 GiB',
    });
  });

  it('takes the bundled engine\'s indexing memory as a size', () => {
    expect(loadConfig({ MEILI_MAX_INDEXING_MEMORY: '512 MiB' }).meiliMaxIndexingMemory).toBe('512 MiB');
    expect(loadConfig({ MEILI_MAX_INDEXING_MEMORY: '2147483648' }).meiliMaxIndexingMemory).toBe('2147483648');
  });

  it('treats empty values as unset and trims a trailing slash from MEILI_HOST', () => {
    expect(loadConfig({ PORT: '', MEILI_HOST: 'http://engine:7700/' })).toMatchObject({ port: 3000, meiliHost: 'http://engine:7700' });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['MEILI_HOST', 'engine:7700'],
    ['INDEX_UID', 'my index'],
    ['ENGINE_TIMEOUT_MS', '5'],
    ['LOG_LEVEL', 'loud'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['MEILI_MAX_INDEXING_MEMORY', 'lots'],
    ['MEILI_MAX_INDEXING_MEMORY', '1 GiB; rm -rf /'],
  ])('rejects %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid ${name}=`));
  });
});
