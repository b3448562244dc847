// The five canonical queries of issue 6, and the nodes they are asked about: the person
// who chaired most meetings, the most cited document, a person far from the first.
// Targets are picked from the graph itself after ingest, so they exist at any size.
import { fold } from '../../src/domain/text';
import type { GraphNode } from '../../src/domain/model';
import type { GraphStore } from '../../src/store/GraphStore';

export interface Targets {
  person: { id: string; name: string; chaired: number };
  /** what a user has typed so far of the person's name */
  typed: string;
  document: { id: string; code: string; cited: number };
  other: { id: string; name: string } | null;
}

export interface CanonicalQuery {
  name: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** not one of the five: a reference row, left out of the targets */
  reference?: boolean;
}

async function allNodes(store: GraphStore, label: 'Person' | 'Document'): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listNodes(label, {}, { first: 1000, after });
    out.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage || !page.items.length) return out;
    after = page.items[page.items.length - 1].cursor;
  }
}

/** What a user types before the typeahead should find the person: "nguyen va", "ksor h". */
export function typedPrefix(name: string): string {
  const words = fold(name).split(' ');
  return words.length >= 2 ? `${words[0]} ${words[1].slice(0, 2)}` : words[0].slice(0, 3);
}

export async function pickTargets(store: GraphStore): Promise<Targets> {
  const people = await allNodes(store, 'Person');
  const pDeg = await store.getDegrees(people.map((p) => p.id));
  const ranked = people.map((p, i) => ({ p, chaired: pDeg[i].CHAIRED?.out ?? 0, degree: Object.values(pDeg[i]).reduce((s, d) => s + (d ? d.in + d.out : 0), 0) })).sort((a, b) => b.chaired - a.chaired || b.degree - a.degree);
  const top = ranked[0];
  if (!top) throw new Error('the graph has no people: nothing to query');

  // the most cited document (a central one, 05-CT/TW): the hub a journalist asks about first
  const docs = (await allNodes(store, 'Document')).filter((d) => typeof d.props.code === 'string');
  const dDeg = await store.getDegrees(docs.map((d) => d.id));
  const doc = docs.map((d, i) => ({ d, cited: dDeg[i].CITES?.in ?? 0 })).sort((a, b) => b.cited - a.cited)[0];
  if (!doc) throw new Error('the graph has no coded documents: nothing to query');

  // a well-connected person of another province, reachable within the path limit
  let other: Targets['other'] = null;
  const province = top.p.props.province ?? null;
  for (const cand of ranked.slice(1).filter((r) => (r.p.props.province ?? null) !== province).sort((a, b) => b.degree - a.degree).slice(0, 20)) {
    const path = await store.shortestPath(top.p.id, cand.p.id, { maxLength: 6 });
    if (path) {
      other = { id: cand.p.id, name: cand.p.name };
      break;
    }
  }
  return {
    person: { id: top.p.id, name: top.p.name, chaired: top.chaired },
    typed: typedPrefix(top.p.name),
    document: { id: doc.d.id, code: String(doc.d.props.code), cited: doc.cited },
    other,
  };
}

export function canonicalQueries(t: Targets): CanonicalQuery[] {
  const qs: CanonicalQuery[] = [
    {
      name: 'search',
      description: `typeahead: search(text: "${t.typed}", first: 10)`,
      query: `query Search($text: String!) { search(text: $text, first: 10) { id type label score } }`,
      variables: { text: t.typed },
    },
    {
      name: 'chairedMeetings',
      description: `meetings chaired by ${t.person.name} (${t.person.chaired}), first 20, with their citations`,
      query: `query Chaired($id: ID!) {
  meetings(first: 20, filter: { chairedBy: $id }) {
    edges { node { id title date kind citations(first: 20) { edges { node { document { id code kind title } evidence(first: 5) { edges { node { quote article { id title } } } } } } } } }
  }
}`,
      variables: { id: t.person.id },
    },
    {
      name: 'documentCitations',
      description: `citations of ${t.document.code}, the most cited document (${t.document.cited} meetings): first page of 20 with the total`,
      query: `query Citations($id: ID!) {
  document(id: $id) {
    id code kind title
    citations(first: 20) { totalCount edges { node { meeting { id title date } evidence(first: 5) { edges { node { quote article { id title publishedAt } } } } } } }
  }
}`,
      variables: { id: t.document.id },
    },
    {
      name: 'citationTimeline',
      description: `where and when ${t.document.code} was cited, directly or through the documents carrying it out (2 steps): meetings per month and province`,
      query: `query Timeline($id: ID!) {
  document(id: $id) {
    id code
    citationTimeline(by: MONTH, depth: 2) { meetings documents truncated buckets { period province meetings } }
  }
}`,
      variables: { id: t.document.id },
    },
    {
      name: 'neighborhood',
      description: `neighborhood(id: ${t.person.name}, depth: 2, limit: 200)`,
      query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id type label } edges { id type source target } truncated size } }`,
      variables: { id: t.person.id },
    },
  ];
  if (t.other) {
    qs.push({
      name: 'path',
      description: `path(from: ${t.person.name}, to: ${t.other.name}, maxLength: 6)`,
      query: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) { nodes { id type label } edges { id type source target } size } }`,
      variables: { from: t.person.id, to: t.other.id },
    });
  }
  // what any request costs before it does anything: HTTP, Apollo's pipeline, the context
  qs.push({ name: 'typename', description: '`{ __typename }`: what a request that asks for nothing costs (HTTP, Apollo, the context)', query: '{ __typename }', variables: {}, reference: true });
  return qs;
}
