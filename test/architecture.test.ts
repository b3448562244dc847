// The layering of docs/ARCHITECTURE.md, read off the sources: what each folder of src/ may
// import, and that no source cites a file a user of the repo does not have.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', 'src');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const files = sourcesUnder(SRC).map((path) => ({ name: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** The modules a source imports or re-exports, as written ('node:fs', '../extract/lexicon'). */
function importsOf(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2]);
}

/** The sources of a folder of src/ that import a module matching `forbidden`, with the import. */
function offenders(folder: string, forbidden: RegExp): string[] {
  return files.filter((f) => f.name.startsWith(folder + '/')).flatMap((f) => importsOf(f.text).filter((m) => forbidden.test(m)).map((m) => `${f.name}: ${m}`));
}

describe('the layers of src/', () => {
  it('finds the imports it checks', () => {
    expect(importsOf("import { a } from './a';\nimport type { B } from '../b';\nexport { c } from './c';\nimport 'reflect-metadata';")).toEqual(['./a', '../b', './c', 'reflect-metadata']);
    expect(files.length).toBeGreaterThan(100);
  });

  it('keeps extract, resolve and domain free of I/O', () => {
    for (const folder of ['extract', 'resolve', 'domain']) expect(offenders(folder, /^(node:)?(fs|path|child_process|net|http)(\/|$)/), folder).toEqual([]);
  });

  it('keeps extract, resolve and domain below the store, the API and the corpus', () => {
    for (const folder of ['extract', 'resolve', 'domain']) expect(offenders(folder, /\/(store|api|corpus|pipeline|config|logger)(\/|$)/), folder).toEqual([]);
    expect(offenders('domain', /\/(extract|resolve)(\/|$)/)).toEqual([]);
  });

  it('lets the API reach the extractor only through the pipeline', () => {
    expect(offenders('api', /\/extract(\/|$)/)).toEqual([]);
  });

  it('builds the store from its own options, not from the app around it', () => {
    expect(offenders('store', /\/(config|logger|api|pipeline|corpus|server|serve)$/)).toEqual([]);
  });
});

describe('comments and docs in src/', () => {
  it('cite only files of the repo (not ../shared, not DESIGN.md)', () => {
    const cites = files.filter((f) => /\.\.\/shared|DESIGN\.md/.test(f.text)).map((f) => f.name);
    expect(cites).toEqual([]);
  });
});
