// Folding Vietnamese text (Unicode decomposition and regexes) is the bulk of resolve's
// cost, and the same names (Tỉnh ủy, Bộ Chính trị, the province) recur in every article:
// the folds and ids resolve computes are cached, in bounded maps.
import { makeId as makeIdRaw, personId as personIdRaw } from '../domain/ids';
import type { NodeLabel } from '../domain/model';
import { fold as foldRaw, nameKey as nameKeyRaw } from '../domain/text';

const MAX_ENTRIES = 50_000;

function memo<R>(f: (s: string) => R): (s: string) => R {
  const cache = new Map<string, R>();
  return (s) => {
    let r = cache.get(s);
    if (r === undefined) {
      // a plain reset rather than LRU: enough to keep memory bounded on huge ingests
      if (cache.size >= MAX_ENTRIES) cache.clear();
      r = f(s);
      cache.set(s, r);
    }
    return r;
  };
}

export const fold = memo(foldRaw);
export const nameKey = memo(nameKeyRaw);

const ids = memo((key: string) => {
  const [label, ...parts] = key.split('\u0000');
  return makeIdRaw(label as NodeLabel, ...parts);
});

export function makeId(label: NodeLabel, ...parts: string[]): string {
  return ids([label, ...parts].join('\u0000'));
}

const personIds = memo((key: string) => {
  const [name, scope] = key.split('\u0000');
  return personIdRaw(name, scope);
});

export function personId(name: string, scope: string): string {
  return personIds(`${name}\u0000${scope}`);
}
