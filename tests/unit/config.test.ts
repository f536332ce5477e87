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
    });
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
  ])('rejects %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid ${name}=`));
  });
});
