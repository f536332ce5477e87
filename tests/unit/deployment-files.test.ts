/**
 * The files a user deploys with must stay true to the code: docker-compose pins the engine
 * version the app is built for and waits for its health, and every variable the config reads is
 * documented in .env.example and the README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, PROJECT_ROOT } from '../../core/config.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'));

  it('runs the official Meilisearch 1.21 image with a master key from the environment, a volume and a health check', () => {
    const engine = compose.services.meilisearch;
    expect(engine.image).toBe('getmeili/meilisearch:v1.21');
    expect(engine.environment.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/);
    expect(engine.environment.MEILI_ENV).toBe('production');
    expect(engine.volumes[0]).toMatch(/^meili_data:\/meili_data$/);
    expect(engine.healthcheck.test.join(' ')).toContain('/health');
    expect(Object.keys(compose.volumes)).toContain('meili_data');
  });

  it('starts the app only once the engine is healthy, pointing it at the engine', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on.meilisearch.condition).toBe('service_healthy');
    expect(app.environment.MEILI_HOST).toBe('http://meilisearch:7700');
    expect(app.environment.HOST).toBe('0.0.0.0');
  });

  it('passes only variables the app knows', () => {
    for (const name of Object.keys(compose.services.app.environment)) expect(CONFIG_VARIABLES).toContain(name);
  });
});

describe('configuration documentation', () => {
  it.each(CONFIG_VARIABLES)('%s is listed in .env.example and the README', (name) => {
    expect(read('.env.example')).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(read('README.md')).toContain(`\`${name}\``);
  });

  it('the Dockerfile builds on node:20-slim', () => {
    expect(read('Dockerfile')).toMatch(/^FROM node:20-slim$/m);
  });
});
