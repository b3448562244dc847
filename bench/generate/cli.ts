// Writes a generated corpus to a folder: NAME.txt beside NAME.gold.json, the layout
// `polgraph eval --gold DIR DIR` and `polgraph ingest DIR` read.
//   node dist-bench/bench/generate/cli.js --n 1000 [--seed 20260] --out bench/out/corpus-1k
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './index';

export function writeCorpus(dir: string, n: number, seed: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const a of generateCorpus(n, seed)) {
    writeFileSync(join(dir, a.file), a.text);
    writeFileSync(join(dir, a.file.replace(/\.txt$/, '.gold.json')), JSON.stringify(a.gold, null, 2) + '\n');
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

if (require.main === module) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '100' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const n = Number(values.n);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !values.out) {
    process.stderr.write('usage: generate/cli.js --n N [--seed S] --out DIR\n');
    process.exit(2);
  }
  const bytes = writeCorpus(values.out, n, seed);
  process.stdout.write(`wrote ${n} articles (${(bytes / n / 1024).toFixed(1)} KB on average) and their gold to ${values.out}\n`);
}
