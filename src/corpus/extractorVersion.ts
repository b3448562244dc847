// The extractor's version: a digest of the code and data that turn a text into a graph
// batch (src/extract, src/resolve, src/domain and the lexicons of data/, as compiled or
// as sources, whichever runs). A snapshot of the memory store records it, so a changed
// extractor (a rule fixed, a lexicon entry added) re-extracts every article instead of
// serving the facts the old one read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../dataFiles';

let memo: string | null = null;

export function extractorVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const roots = [join(__dirname, '../extract'), join(__dirname, '../resolve'), join(__dirname, '../domain'), join(DATA_DIR, 'lexicon'), join(DATA_DIR, 'places')];
  for (const root of roots) for (const file of filesUnder(root)) hash.update(file.slice(root.length)).update(readFileSync(file));
  return (memo = hash.digest('hex').slice(0, 16));
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (!name.endsWith('.map') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
