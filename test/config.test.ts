import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded store on port 4000 of the loopback interface with mutations disabled', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: '127.0.0.1', neo4j: null, apiKey: null, corpusDir: 'data/corpus', logLevel: 'info' });
  });

  it('has safe defaults for a public service: no cross-origin access, capped bodies, answers, connections and query time', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ introspection: true, corsOrigins: [], maxBodyBytes: 2 * 1024 * 1024, maxResponseBytes: 16 * 1024 * 1024, queryTimeoutMs: 10_000, maxConnections: 256 });
  });

  it('turns introspection off when NODE_ENV=production, unless POLGRAPH_INTROSPECTION says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', POLGRAPH_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ POLGRAPH_INTROSPECTION: 'off' }).introspection).toBe(false);
  });

  it('reads the CORS allow-list as origins', () => {
    expect(loadConfig({ POLGRAPH_CORS_ORIGINS: 'https://Explorer.example.org, http://localhost:5173' }).corsOrigins).toEqual(['https://explorer.example.org', 'http://localhost:5173']);
    expect(loadConfig({ POLGRAPH_CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('reads every setting from the environment', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      NEO4J_URI: 'neo4j+s://db.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'news',
      POLGRAPH_API_KEY: 'a-long-key',
      POLGRAPH_CORPUS: '/srv/corpus',
      LOG_LEVEL: 'DEBUG',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      neo4j: { uri: 'neo4j+s://db.example:7687', user: 'reader', password: 'secret', database: 'news' },
      apiKey: 'a-long-key',
      corpusDir: '/srv/corpus',
      logLevel: 'debug',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
    [{ POLGRAPH_API_KEY: 'short' }, 'POLGRAPH_API_KEY'],
    [{ POLGRAPH_INTROSPECTION: 'maybe' }, 'POLGRAPH_INTROSPECTION'],
    [{ POLGRAPH_CORS_ORIGINS: 'https://ok.example, explorer.example.org/path' }, 'POLGRAPH_CORS_ORIGINS'],
    [{ POLGRAPH_MAX_BODY_BYTES: '10' }, 'POLGRAPH_MAX_BODY_BYTES'],
    [{ POLGRAPH_MAX_RESPONSE_BYTES: '1e9' }, 'POLGRAPH_MAX_RESPONSE_BYTES'],
    [{ POLGRAPH_QUERY_TIMEOUT_MS: '0' }, 'POLGRAPH_QUERY_TIMEOUT_MS'],
    [{ POLGRAPH_MAX_CONNECTIONS: 'many' }, 'POLGRAPH_MAX_CONNECTIONS'],
  ])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^${variable}: `));
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: ' ' })).toMatchObject({ port: 4000, neo4j: null });
  });
});
