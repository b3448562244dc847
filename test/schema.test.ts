import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { printPolgraphSchema } from '../src/api/schema';

it('schema.graphql is the schema the code builds (run `npm run schema` after changing the API)', async () => {
  const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(committed).toBe(await printPolgraphSchema());
});
