// Which articles support each node, and what each gave it (../merge.ts): a node's props
// are recomputed from these whenever an article that lists it is written, rewritten or
// deleted. Contributions are kept per node as distinct values with a count (a body that
// 30,000 articles name alike is one entry with a count of 30,000, so recomputing it costs
// its few spellings, not its articles), and per article as references to those values,
// so that taking an article away decrements exactly what it added.
import type { GraphNode } from '../../domain/model';
import { sameNode, type Support } from '../merge';

export class NodeSupports {
  private readonly byNode = new Map<string, Support[]>();
  private readonly byArticle = new Map<string, GraphNode[]>();

  /**
   * Records what an article gives its nodes (normalized contributions, one per node);
   * `intern` makes the stored copy of a contribution not seen before at that node.
   */
  add(articleId: string, given: readonly GraphNode[], intern: (n: GraphNode) => GraphNode): void {
    const kept: GraphNode[] = [];
    for (const n of given) {
      let supports = this.byNode.get(n.id);
      if (!supports) this.byNode.set(n.id, (supports = []));
      const same = supports.find((s) => sameNode(s.node, n));
      if (same) {
        same.count++;
        kept.push(same.node);
      } else {
        const node = intern(n);
        supports.push({ node, count: 1 });
        kept.push(node);
      }
    }
    this.byArticle.set(articleId, kept);
  }

  /** Takes an article's contributions away; returns the ids of the nodes it supported. */
  remove(articleId: string): string[] {
    const given = this.byArticle.get(articleId);
    if (!given) return [];
    this.byArticle.delete(articleId);
    for (const n of given) {
      const supports = this.byNode.get(n.id)!;
      const i = supports.findIndex((s) => s.node === n);
      if (--supports[i].count === 0) supports.splice(i, 1);
      if (!supports.length) this.byNode.delete(n.id);
    }
    return given.map((n) => n.id);
  }

  /** A node's distinct contributions, in a fixed order (none when no article supports it). */
  of(id: string): readonly Support[] {
    return this.byNode.get(id) ?? [];
  }

  /** What an article gave its nodes (as stored). */
  given(articleId: string): readonly GraphNode[] {
    return this.byArticle.get(articleId) ?? [];
  }

  articles(): IterableIterator<string> {
    return this.byArticle.keys();
  }

  /** Every distinct contribution with its count, and each article's as indexes into them: a snapshot. */
  dump(): SupportsDump {
    const index = new Map<GraphNode, number>();
    const contributions: GraphNode[] = [];
    const counts: number[] = [];
    for (const supports of this.byNode.values()) {
      for (const s of supports) {
        index.set(s.node, contributions.length);
        contributions.push(s.node);
        counts.push(s.count);
      }
    }
    const articles: [string, number[]][] = [];
    for (const [a, given] of this.byArticle) articles.push([a, given.map((n) => index.get(n)!)]);
    return { contributions, counts, articles };
  }

  /** Takes a snapshot's supports (an empty table only); returns the ids of the nodes they support. */
  restore(d: SupportsDump, intern: (n: GraphNode) => GraphNode): string[] {
    const nodes = d.contributions.map(intern);
    nodes.forEach((node, i) => {
      const supports = this.byNode.get(node.id);
      if (supports) supports.push({ node, count: d.counts[i] });
      else this.byNode.set(node.id, [{ node, count: d.counts[i] }]);
    });
    for (const [a, given] of d.articles) this.byArticle.set(a, given.map((i) => nodes[i]));
    return [...this.byNode.keys()];
  }
}

export interface SupportsDump {
  contributions: GraphNode[];
  counts: number[];
  articles: [string, number[]][];
}
