// An execution budget: what one request may spend in the graph walks it causes. A walk
// charges a unit per relationship it looks at; when the units are spent, the deadline has
// passed or the client has gone, the next charge throws BudgetExceededError and the walk
// stops where it is. The memory store is synchronous, so a timer racing its answer can
// never fire: the walk itself has to check, and hand the event loop back now and then
// (`pause`) so that other requests and /health are served while it runs.

/**
 * Units a relationship costs when it is read out whole (its quote cut from the article's
 * text, which the memory store keeps compressed), beside the one unit of looking at it:
 * measured on a 100k-article graph, reading one is ~50 times dearer than passing it by.
 */
export const REL_READ_UNITS = 50;

export type BudgetReason = 'work' | 'deadline' | 'aborted';

export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';
  constructor(
    readonly reason: BudgetReason,
    message: string,
  ) {
    super(message);
  }
}

export interface WorkBudget {
  /** Charges `units` of work; throws BudgetExceededError once the budget is spent, past the deadline or abandoned. */
  spend(units: number): void;
  /**
   * null when the request may go on, or a promise that resolves once the event loop has
   * had a turn: a request holds the loop for at most one time slice at a stretch.
   */
  pause(): Promise<void> | null;
  /** milliseconds left before the deadline (for a store that passes a timeout on, as Neo4j does) */
  remainingMs(): number;
  /** units spent so far */
  spent(): number;
}

export interface BudgetOptions {
  /** units of work (relationships looked at) */
  units: number;
  deadlineMs: number;
  /** longest stretch the request holds the event loop */
  sliceMs?: number;
  /** aborted when the client has gone */
  signal?: AbortSignal;
  now?: () => number;
}

export const DEFAULT_SLICE_MS = 10;
/** How many units between two looks at the clock: the clock costs more than a unit's work. */
const CLOCK_EVERY = 1024;

export function createBudget({ units, deadlineMs, sliceMs = DEFAULT_SLICE_MS, signal, now = () => performance.now() }: BudgetOptions): WorkBudget {
  const deadline = now() + deadlineMs;
  let left = units;
  let sinceClock = 0;
  let sliceStart = now();
  // callers waiting for a turn, released one per turn of the event loop: a query of a
  // thousand aliases takes a thousand turns, each short, with other requests between
  const waiting: (() => void)[] = [];
  let scheduled = false;

  const check = () => {
    if (signal?.aborted) throw new BudgetExceededError('aborted', 'the client closed the connection; the query was stopped');
    if (now() > deadline) throw new BudgetExceededError('deadline', `the query ran longer than ${deadlineMs} ms and was stopped`);
  };
  const release = () => {
    sliceStart = now();
    waiting.shift()?.();
    if (waiting.length) setImmediate(release);
    else scheduled = false;
  };

  return {
    spend(n) {
      left -= n;
      sinceClock += n;
      if (left < 0) throw new BudgetExceededError('work', `the query needed more than its budget of ${units} units of graph work (relationships looked at) and was stopped; ask for less (a smaller depth, limit or limitPerType, fewer aliases)`);
      if (sinceClock >= CLOCK_EVERY || n === 0) {
        sinceClock = 0;
        check();
      }
    },
    pause() {
      if (!waiting.length && now() - sliceStart < sliceMs) return null;
      const turn = new Promise<void>((resolve) => waiting.push(resolve)).then(check);
      if (!scheduled) {
        scheduled = true;
        setImmediate(release);
      }
      return turn;
    },
    remainingMs: () => Math.max(0, deadline - now()),
    spent: () => units - left,
  };
}

/** No limits: for the command line and for callers that pass no budget. */
export const UNLIMITED: WorkBudget = { spend() {}, pause: () => null, remainingMs: () => Infinity, spent: () => 0 };
