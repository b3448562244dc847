// What a store is built from: its own types, so that the store depends on no part of the
// app around it (config.ts's Config and logger.ts's pino logger fit these as they are).

/** Where Neo4j is and how to sign in. */
export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  /** undefined: the server's default database */
  database: string | undefined;
}

export interface StoreOptions {
  /** null: the embedded memory store */
  neo4j: Neo4jOptions | null;
}

/** The two log calls a store makes (a pino logger is one). */
export interface StoreLogger {
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}
