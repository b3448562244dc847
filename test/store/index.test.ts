import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createStore } from '../../src/store';
import { decodeCursor, encodeCursor } from '../../src/store/cursor';
import { InvalidCursorError } from '../../src/store/errors';

describe('createStore', () => {
  it('embeds the memory store when no NEO4J_URI is set', async () => {
    const store = createStore(loadConfig({}));
    expect(store.kind).toBe('memory');
    await store.close();
  });

  it('uses Neo4j when NEO4J_URI is set (connecting only at init)', async () => {
    const store = createStore(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_DATABASE: 'graph' }));
    expect(store.kind).toBe('neo4j');
    await store.close();
  });
});

describe('cursors', () => {
  it('round-trip a sort key and id, null sort values included', () => {
    for (const key of [
      { sort: '2021-07-27', id: 'meeting:1' },
      { sort: null, id: 'meeting:undated:x' },
      { sort: 'duong van trang', id: 'person:kon-tum:duongvantrang' },
    ]) {
      const c = encodeCursor(key);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(c)).toEqual(key);
    }
  });

  it('refuse anything they did not make', () => {
    for (const bad of ['', 'abc', encodeCursor({ sort: 'x', id: 'y' }).slice(0, -3), Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad), bad).toThrow(InvalidCursorError);
    }
  });
});
