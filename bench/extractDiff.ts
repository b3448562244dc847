// Dumps the extraction of a fixed set of inputs, one JSON line each, so that a speed change
// can be checked to change no output: run it before and after, and compare the two files
// byte for byte (`cmp`). Inputs: the seed corpus, the dev excerpts (read from ../shared,
// never copied), the fixtures, generated articles, and inputs that are not articles.
// Usage: node dist-bench/bench/extractDiff.js [n generated, default 3000] > dump.jsonl
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArticleFile } from '../src/corpus/articleFile';
import { extract, toContractJson } from '../src/extract';
import { buildWorld, generateCorpus } from './generate';

const root = join(__dirname, '..', '..');
const n = Number(process.argv[2] ?? 3000);

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
}

function dump(label: string, x: ReturnType<typeof extract>): void {
  process.stdout.write(label + '\t' + JSON.stringify({ ...toContractJson(x), text: x.text }) + '\n');
}

// variants of real text: the spellings normalisation must undo, and capitals, dashes, spaces
const variants: [string, (t: string) => string][] = [
  ['nfd', (t) => t.normalize('NFD')],
  ['upper', (t) => t.toUpperCase()],
  ['lower', (t) => t.toLowerCase()],
  ['old-tones', (t) => t.replace(/òa/g, 'oà').replace(/óa/g, 'oá').replace(/Ủy/g, 'Uỷ').replace(/ủy/g, 'uỷ').replace(/úy/g, 'uý')],
  ['spacing', (t) => t.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : i % 11 === 0 ? '  ' : m)).replace(/\n/g, '\r\n').replace(/-/g, '–')],
  ['glued', (t) => t.replace(/\. /g, '.').replace(/, /g, ',')],
];
// (the seed articles are read from ../shared/corpus: data/corpus is not in every worktree)
const dirs = [join(root, '../shared/corpus'), join(root, '../shared/dev'), join(root, 'test/fixtures/articles')];
for (const dir of dirs) for (const f of filesIn(dir)) {
  const input = readArticleFile(f);
  dump(relative(root, f), extract(input));
  for (const [v, change] of variants) dump(`${relative(root, f)} ${v}`, extract({ ...input, text: change(input.text) }));
}

const world = buildWorld(20260);
let i = 0;
for (const a of generateCorpus(n, 20260, world)) dump(`gen ${i++}`, extract({ text: a.text, file: 'a.txt' }));

// not articles: empty, blank, binary, random code points, very long lines, odd spacing
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const randomText = (len: number, max: number) => Array.from({ length: len }, () => String.fromCodePoint(Math.floor(rnd() * max))).join('');
const odd: [string, string][] = [
  ['empty', ''],
  ['blank', ' \n\t\n '],
  ['binary', Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(rnd() * 256))).join('')],
  ['ascii', randomText(3000, 128)],
  ['bmp', randomText(3000, 0xffff)],
  ['astral', randomText(3000, 0x10ffff)],
  ['latin', randomText(5000, 0x2000)],
  ['one-line', 'Bí thư Tỉnh ủy Nguyễn Văn A '.repeat(400)],
  ['nbsp', 'Ngày 5/3,\u00a0đồng chí\u00a0Trần Văn B\u00a0–\u00a0Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\r\n\r\nUỷ ban  nhân dân tỉnh ban hành Quyết định số 12/QĐ-UBND.'],
];
for (let k = 0; k < 200; k++) odd.push([`mix ${k}`, randomText(200 + k * 10, k % 2 ? 0x2000 : 0x300) + ' Chủ tịch UBND tỉnh Lê Văn C. ' + randomText(100, 0x1f00)]);
for (const [label, text] of odd) dump(label, extract({ text, file: 'x.txt' }));
