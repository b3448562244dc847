import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Apollo and type-graphql load graphql's CommonJS build; without this alias the tests
    // would load its ESM build beside it ("Cannot use GraphQLSchema from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // *.neo4j.test.ts need a Neo4j: without NEO4J_URI they are left out (test/setup/neo4j.ts says so)
    exclude: process.env.NEO4J_URI ? [] : ['test/**/*.neo4j.test.ts'],
    // each says in one line what did not run on this machine (Neo4j, Chromium) and how to run it
    globalSetup: ['test/setup/neo4j.ts', 'test/setup/chromium.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
