// Runs once before the suite. Without NEO4J_URI the Neo4j half of the suite is not
// registered (test/store/stores.ts, test/api/harness.ts), and this says so in one line;
// with it, the database must answer now, so that a Neo4j that is down fails the run at
// once with a clear message instead of failing every test that uses it one by one.
import neo4j from 'neo4j-driver';

export default async function checkNeo4j(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.log('polgraph tests: Neo4j half not run (NEO4J_URI unset: the memory store only, test/**/*.neo4j.test.ts left out); `npm run test:neo4j` runs the suite on memory and on the project\'s own Neo4j (needs Java 17 and Maven)');
    return;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 10_000,
  });
  try {
    const info = await driver.getServerInfo({ database: process.env.NEO4J_DATABASE });
    console.log(`polgraph tests: memory store and Neo4j (${info.agent} at ${uri})`);
  } catch (err) {
    throw new Error(`NEO4J_URI is set to ${uri} but Neo4j does not answer: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await driver.close();
  }
}
