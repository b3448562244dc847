// Makes dist-bench/ a self-contained snapshot: tsc has compiled the bench and the src it
// imports into it, and this copies beside them the data files that code reads relative to
// itself (data/lexicon, data/places, cypher/). The bench then runs on a build of its own,
// which other work rebuilding dist/ or editing data/ during a 15-minute run cannot change.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const out = join(root, 'dist-bench');

for (const dir of ['data', 'cypher']) rmSync(join(out, dir), { recursive: true, force: true });
for (const entry of readdirSync(join(root, 'data'))) {
  if (entry === 'corpus') continue; // read from the working directory (POLGRAPH_CORPUS), not beside the code
  cpSync(join(root, 'data', entry), join(out, 'data', entry), { recursive: true });
}
if (existsSync(join(root, 'cypher'))) cpSync(join(root, 'cypher'), join(out, 'cypher'), { recursive: true });
