#!/usr/bin/env node
// `npm run build` (and so `npm start`): compiles src/ to dist/ with tsc in build mode, which
// compiles only what changed since the last build (nothing: about a second) and records it in
// dist/.tsbuildinfo, so removing dist/ starts afresh. tsc trusts that record; this then checks
// that every source has its output and that no output is older than its source (a file of
// dist/ deleted by hand, or overwritten by another build), and compiles everything again if
// one is not: a stale dist/ is never served.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const build = () => execFileSync(process.execPath, [tsc, '-b', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The first source whose output is missing or older than it, or null. */
function staleOutput() {
  for (const src of sources(join(root, 'src'))) {
    const out = join(root, 'dist', relative(join(root, 'src'), src)).replace(/\.ts$/, '.js');
    const built = statSync(out, { throwIfNoEntry: false });
    if (!built || built.mtimeMs < statSync(src).mtimeMs) return relative(root, src);
  }
  return null;
}

build();
const stale = staleOutput();
if (stale) {
  console.error(`dist/ is not the build of src/ (${stale}): compiling everything`);
  rmSync(join(root, 'dist', '.tsbuildinfo'), { force: true });
  build();
}
