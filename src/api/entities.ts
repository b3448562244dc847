// Store nodes as the objects resolvers return: the node's own props spread at the top
// level, so type-graphql's default resolvers read `date`, `code`, `kind` directly, and the
// `label` tells the Node interface which GraphQL type a value is.
import type { GraphNode, NodeLabel } from '../domain/model';

export interface EntitySource {
  id: string;
  label: NodeLabel;
  name: string;
  [prop: string]: unknown;
}

const cache = new WeakMap<GraphNode, EntitySource>();

/** Props that are lists or flags default to empty/false so non-null fields never see null. */
export function toEntity(node: GraphNode): EntitySource {
  let e = cache.get(node);
  if (!e) {
    const p = node.props;
    e = {
      ...p,
      aliases: Array.isArray(p.aliases) ? p.aliases : [],
      authors: Array.isArray(p.authors) ? p.authors : [],
      online: p.online === true,
      id: node.id,
      name: node.name,
      label: node.label,
    };
    cache.set(node, e);
  }
  return e;
}

export function toEntities(nodes: readonly GraphNode[], label?: NodeLabel): EntitySource[] {
  return (label ? nodes.filter((n) => n.label === label) : nodes).map(toEntity);
}
