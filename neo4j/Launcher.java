// Runs Neo4j 5.26 Community in this JVM with one Bolt connector on 127.0.0.1 (no HTTP, no
// Docker), for `npm run neo4j`, the tests and CI. Started by neo4j/launch.mjs, which passes:
//   NEO4J_PORT (Bolt port), NEO4J_DATA (data folder), NEO4J_PASSWORD (password of user neo4j),
//   NEO4J_PAGECACHE (page cache size, e.g. 256m); the heap is capped by java's -Xmx.
// Prints one line containing "ready" once Bolt accepts connections; SIGTERM or Ctrl-C shuts
// the database down cleanly (a shutdown hook), so the data folder is never left mid-write.
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    Path data = Path.of(env("NEO4J_DATA", ".neo4j")).toAbsolutePath();
    String password = env("NEO4J_PASSWORD", "polgraph-dev");
    if (password.length() < 8) {
      // Neo4j 5 refuses shorter passwords; say so before it fails deep inside the DBMS
      System.err.println("polgraph-neo4j: NEO4J_PASSWORD must be at least 8 characters");
      System.exit(2);
    }

    DatabaseManagementService dbms;
    try {
      dbms = start(port, data, password);
    } catch (Throwable err) {
      // Neo4j's own threads would keep the JVM alive after main failed: exit instead
      System.err.println("polgraph-neo4j: could not start: " + err);
      err.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.println("polgraph-neo4j ready on bolt://127.0.0.1:" + port + " (data " + data + ")");
    Thread.currentThread().join(); // serve until the shutdown hook runs
  }

  private static DatabaseManagementService start(int port, Path data, String password) {
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(env("NEO4J_PAGECACHE", "256m")))
        // a transaction that holds too much memory fails instead of taking the JVM down
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, parseBytes("512m"))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("polgraph-neo4j: stopping");
      dbms.shutdown();
      System.out.println("polgraph-neo4j: stopped");
    }));

    // The password is set through the system database, which the embedded API reaches
    // without authenticating; Bolt clients then log in as neo4j with it.
    // A data folder used before keeps its password unless NEO4J_PASSWORD changed it.
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (RuntimeException err) {
      if (!String.valueOf(err.getMessage()).contains("Old password and new password cannot be the same")) throw err;
    }
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1"); // fails here if it did not start
    return dbms;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static long parseBytes(String text) {
    String t = text.trim().toLowerCase();
    long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    return Long.parseLong(digits) * unit;
  }
}
