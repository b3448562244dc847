// Bench code imports ../src for its types; at run time it must run the real build in
// dist/, the code `npm start` runs: data files (lexicons, places) are found relative to
// it, and the API's decorators must be registered by one copy of the code only. tsc
// emits the src it follows into dist-bench/src; this redirects every such module to
// its twin in dist/. Imported first by the bench's entry points.
import Module from 'node:module';
import { join, sep } from 'node:path';

const root = join(__dirname, '..', '..');
const from = join(root, 'dist-bench', 'src') + sep;
const to = join(root, 'dist') + sep;

type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string;
const M = Module as unknown as { _resolveFilename: Resolve };
const original = M._resolveFilename;
M._resolveFilename = function (request: string, parent: unknown, ...rest: unknown[]): string {
  const file = original.call(this, request, parent, ...rest);
  return file.startsWith(from) ? to + file.slice(from.length) : file;
};
