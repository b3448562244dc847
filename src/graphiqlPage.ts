// GraphiQL, the in-browser GraphQL IDE at /graphql (its assets under /explorer/), served
// from the installed packages so it works offline: Apollo's own landing pages load their
// scripts from a CDN and stay blank here. (The graph explorer at /explore: graphExplorerPage.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const requireFrom = createRequire(__filename);

/** URL path → [package file, content type]. Only these files are served. */
const ASSETS: Record<string, [string, string]> = {
  '/explorer/react.js': ['react/umd/react.production.min.js', 'text/javascript'],
  '/explorer/react-dom.js': ['react-dom/umd/react-dom.production.min.js', 'text/javascript'],
  '/explorer/graphiql.js': ['graphiql/graphiql.min.js', 'text/javascript'],
  '/explorer/graphiql.css': ['graphiql/graphiql.min.css', 'text/css'],
};

const cache = new Map<string, Buffer>();

/** A file of an installed package, found where `require` would look; `exports` maps hide the UMD builds from require.resolve. */
export function packageFile(file: string): string {
  const [name] = file.split('/');
  for (const dir of requireFrom.resolve.paths(name) ?? []) {
    const candidate = join(dir, file);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${file} is not installed (run npm install)`);
}

/** The asset at a URL path, read once from node_modules, or null when it is not one. */
export function graphiqlAsset(path: string): { body: Buffer; type: string } | null {
  const entry = ASSETS[path];
  if (!entry) return null;
  const [file, type] = entry;
  let body = cache.get(file);
  if (!body) {
    body = readFileSync(packageFile(file));
    cache.set(file, body);
  }
  return { body, type };
}

const DEFAULT_QUERY = `# polgraph: people, offices, bodies, meetings and documents of Vietnamese provincial news.
# Press the run button (or Ctrl-Enter). The Docs panel lists every type and field.
{
  stats { articles people meetings documents }
  search(text: "duong van", first: 5) { id type label score }
}
`;

/** The IDE's page; it talks to the endpoint it was served from. */
export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>polgraph · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/explorer/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>
`;
}

/** A browser navigating to the endpoint asks for HTML; API clients ask for JSON. */
export function wantsHtml(method: string | undefined, accept: string | undefined, search: string): boolean {
  return method === 'GET' && !search.includes('query=') && (accept ?? '').includes('text/html');
}
