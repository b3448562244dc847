// Request/response over a forked child's IPC channel: the bench runs the server (and the
// store it fills) in a child process so that autocannon, in the parent, has a core of
// its own, and each corpus size starts from a fresh heap for its memory figure.
import type { ChildProcess } from 'node:child_process';

export interface Request {
  id: number;
  op: string;
  args?: unknown;
}
export interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}
/** Unsolicited messages from the child: progress lines and stage results. */
export interface Note {
  note: string;
  data?: unknown;
}

export class ChildRpc {
  private next = 1;
  private waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited: Error | null = null;

  constructor(
    private readonly child: ChildProcess,
    onNote: (n: Note) => void,
  ) {
    child.on('message', (m: Reply | Note) => {
      if ('note' in m) return onNote(m);
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.ok) w.resolve(m.result);
      else w.reject(new Error(m.error));
    });
    child.on('exit', (code, signal) => {
      this.exited = new Error(`bench child exited (code ${code}, signal ${signal})`);
      for (const w of this.waiting.values()) w.reject(this.exited);
      this.waiting.clear();
    });
  }

  call<T>(op: string, args?: unknown): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, op, args } satisfies Request);
    });
  }
}

/** In the child: answer requests with the handlers given. */
export function serveRpc(handlers: Record<string, (args: unknown) => Promise<unknown>>): void {
  process.on('message', (m: Request) => {
    const h = handlers[m.op];
    const reply = (r: Omit<Reply, 'id'>) => process.send?.({ id: m.id, ...r });
    if (!h) return reply({ ok: false, error: `unknown op ${m.op}` });
    h(m.args).then(
      (result) => reply({ ok: true, result }),
      (err: unknown) => reply({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) }),
    );
  });
}

export function note(n: Note): void {
  process.send?.(n);
}
