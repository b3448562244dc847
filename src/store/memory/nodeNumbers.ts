// A small number per stored node, so that relationship rows and adjacency lists hold
// 4-byte ints rather than id strings. A removed node's number is reused by the next new
// node: the store removes a node's relationships before the node, so no row or list
// still holds the number when it is given again.

export class NodeNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly freed: number[] = [];

  /** The node's number, given it if new. */
  add(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.freed.pop() ?? this.ids.length;
      this.numbers.set(id, n);
      this.ids[n] = id;
    }
    return n;
  }

  /** The node's number, or -1 for an unknown id. */
  get(id: string): number {
    return this.numbers.get(id) ?? -1;
  }

  /** One past the largest number given: arrays indexed by node number need this length. */
  get limit(): number {
    return this.ids.length;
  }

  /** The id of a number in use. */
  id(n: number): string {
    return this.ids[n]!;
  }

  delete(id: string): void {
    const n = this.numbers.get(id);
    if (n === undefined) return;
    this.numbers.delete(id);
    this.ids[n] = undefined;
    this.freed.push(n);
  }

  /** Every number's id (undefined where free) and the free numbers, for a snapshot. */
  dump(): { ids: (string | null)[]; freed: number[] } {
    return { ids: this.ids.map((id) => id ?? null), freed: [...this.freed] };
  }

  /** Takes the numbering of a snapshot (an empty table only). */
  restore(ids: readonly (string | null)[], freed: readonly number[]): void {
    ids.forEach((id, n) => {
      this.ids[n] = id ?? undefined;
      if (id !== null) this.numbers.set(id, n);
    });
    this.freed.push(...freed);
  }
}
