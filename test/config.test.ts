import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded store on port 4000 with mutations disabled', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: '0.0.0.0', neo4j: null, apiKey: null, corpusDir: 'data/corpus', logLevel: 'info' });
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
