// The graph explorer page (/explore): plain HTML, CSS and JavaScript from static/explore/
// in the repo, and Cytoscape.js's UMD build from node_modules, so it needs no build step
// and no internet. The files are read once and kept. (GraphiQL at /graphql: graphiqlPage.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from './graphiqlPage';

/** static/explore/, next to src/ and dist/ alike. */
const STATIC_DIR = join(__dirname, '..', 'static', 'explore');

/** URL path → [file, content type]. Only these files are served. */
const FILES: Record<string, [() => string, string]> = {
  '/explore': [() => join(STATIC_DIR, 'index.html'), 'text/html'],
  '/explore/app.js': [() => join(STATIC_DIR, 'app.js'), 'text/javascript'],
  '/explore/app.css': [() => join(STATIC_DIR, 'app.css'), 'text/css'],
  '/explore/cytoscape.js': [() => packageFile('cytoscape/dist/cytoscape.min.js'), 'text/javascript'],
};

const cache = new Map<string, Buffer>();

/** The explorer's file at a URL path, or null when it is not one of them. */
export function graphExplorerAsset(path: string): { body: Buffer; type: string } | null {
  const entry = FILES[path === '/explore/' ? '/explore' : path];
  if (!entry) return null;
  const [file, type] = entry;
  let body = cache.get(path);
  if (!body) {
    body = readFileSync(file());
    cache.set(path, body);
  }
  return { body, type };
}
