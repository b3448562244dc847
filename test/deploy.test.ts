// No Docker engine runs on the build machines, so the compose wiring is checked as data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs Neo4j 5 with a password from the environment, a named volume and a cypher-shell health check', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toMatch(/^neo4j:5/);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    const [volume] = neo4j.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.ports).toContain('7687:7687');
  });

  it('builds the api from the Dockerfile, waits for a healthy Neo4j, points NEO4J_URI at it and serves on 4000', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    const uri = new URL(api.environment.NEO4J_URI);
    expect(uri.protocol).toBe('bolt:');
    expect(uri.hostname).toBe('neo4j');
    expect(uri.port).toBe('7687');
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    expect(api.ports).toContain('4000:4000');
    expect(api.command.join(' ')).toMatch(/ingest .*data\/corpus.*serve/);
  });

  it('has the api listen on every interface of its container (the default outside one is loopback only)', () => {
    expect(compose.services.api.environment.HOST).toBe('0.0.0.0');
    expect(dockerfile).toMatch(/^ENV .*HOST=0\.0\.0\.0/m);
  });
});

describe('Dockerfile', () => {
  it('is multi-stage and runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/COPY --from=build/);
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m);
  });
});
