// Collects one article's nodes and relationships: the same node met twice (two spellings
// of a person, a body named as organizer and as issuer) becomes one, aliases unioned; the
// same (type, from, to) met twice keeps its first evidence.
import { relationshipId } from '../domain/ids';
import type { Evidence } from '../domain/extraction';
import type { GraphBatch, GraphNode, GraphRelationship, NodeLabel, PropValue, RelType } from '../domain/model';
import { fold } from './memo';

/** Folded name, aliases and code: what search matches. */
export function searchTextOf(name: string, props: Record<string, PropValue>): string {
  const parts = [name, ...(Array.isArray(props.aliases) ? props.aliases : []), typeof props.code === 'string' ? props.code : ''];
  const tokens: string[] = [];
  for (const p of parts) {
    for (const t of fold(p).split(' ')) if (t && !tokens.includes(t)) tokens.push(t);
    // a name glued at an inner capital ("KRing Ba", "APớt") is found by its syllables too ("k ring ba")
    const split = p.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ');
    if (split !== p) for (const t of fold(split).split(' ')) if (t && !tokens.includes(t)) tokens.push(t);
  }
  return tokens.join(' ');
}

export function unionStrings(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const s of b) if (!out.includes(s)) out.push(s);
  return out;
}

/** Relationship types stored once per sentence that supports them, not once per article. */
export const PER_SENTENCE: ReadonlySet<RelType> = new Set<RelType>(['CITES']);

export class BatchBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  constructor(
    private readonly article: GraphNode,
    /** the date relationships default to (the article's, else its meeting's) */
    private readonly asOf: string | null,
  ) {}

  get articleId(): string {
    return this.article.id;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  name(id: string): string | null {
    return this.nodes.get(id)?.name ?? null;
  }

  /** Adds a node, or merges it into the one with the same id (aliases unioned, gaps filled). */
  node(id: string, label: NodeLabel, name: string, props: Record<string, PropValue>): string {
    const seen = this.nodes.get(id);
    if (!seen) {
      this.nodes.set(id, { id, label, name, searchText: searchTextOf(name, props), props: { ...props } });
      return id;
    }
    for (const [k, v] of Object.entries(props)) {
      const old = seen.props[k];
      if (Array.isArray(old) && Array.isArray(v)) seen.props[k] = unionStrings(old, v);
      else if (old === null || old === undefined) seen.props[k] = v;
    }
    if (Array.isArray(seen.props.aliases) && fold(name) !== fold(seen.name)) {
      seen.props.aliases = unionStrings(seen.props.aliases, [name]);
    }
    seen.searchText = searchTextOf(seen.name, seen.props);
    return id;
  }

  rel(type: RelType, from: string, to: string, evidence: Evidence | null | undefined, asOf?: string | null): void {
    // a citation is kept per sentence (each is a quote a journalist may need); other facts per article
    const perSentence = PER_SENTENCE.has(type) && evidence ? evidence.start : null;
    const id = relationshipId(type, from, to, this.article.id, perSentence);
    if (this.relationships.has(id)) return;
    this.relationships.set(id, {
      id,
      type,
      from,
      to,
      article: this.article.id,
      quote: evidence?.quote ?? null,
      start: evidence?.start ?? null,
      end: evidence?.end ?? null,
      asOf: asOf ?? this.asOf,
    });
  }

  build(): GraphBatch {
    return { article: this.article, nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }
}
