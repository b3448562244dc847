// The data files of data/ (lexicons, places), read once at module load: the one place the
// extractor's word lists are read from disk, so that src/extract and src/domain do no I/O.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** data/ at the top of the repo: this file runs from src/ or dist/, one level below it. */
export const DATA_DIR = join(__dirname, '..', 'data');

/** A JSON file of data/, by its path inside it ("lexicon/roles.json"). */
export function readDataJson<T>(rel: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, rel), 'utf8')) as T;
}
