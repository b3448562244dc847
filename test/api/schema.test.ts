// The schema as documentation: every type, field and argument says what it is (GraphQL
// IDEs show these descriptions), and every entity is a Node.
import { getNamedType, getNullableType, GraphQLList, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPolgraphSchema } from '../../src/api/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPolgraphSchema();
});

const own = () => Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

describe('schema', () => {
  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const t of own()) {
      if (!t.description && !['Query', 'Mutation'].includes(t.name)) missing.push(t.name);
      if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
        for (const f of Object.values(t.getFields())) {
          if (!f.description) missing.push(`${t.name}.${f.name}`);
          for (const a of 'args' in f ? f.args : []) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(t)) for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has every entity of the graph model implement Node, and look-ups by id', () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const entities = ['Person', 'Organization', 'Position', 'Meeting', 'Document', 'Article', 'Place'];
    expect(schema.getPossibleTypes(node as never).map((t) => t.name).sort()).toEqual([...entities].sort());
    const queries = Object.keys(schema.getQueryType()!.getFields());
    for (const e of entities) expect(queries).toContain(e[0].toLowerCase() + e.slice(1));
    expect(queries).toEqual(expect.arrayContaining(['node', 'nodes', 'search', 'neighborhood', 'path', 'subgraph', 'stats', 'documentsByCode']));
  });

  it('gives every relation evidence, paged like every list', () => {
    for (const t of ['PositionHeld', 'Participation', 'Citation', 'DocumentLink', 'ReachedDocument', 'Meeting', 'Document']) {
      const type = schema.getType(t);
      expect(isObjectType(type), t).toBe(true);
      const evidence = (type as any).getFields().evidence;
      expect(String(evidence.type), t).toBe('EvidenceConnection!');
      expect(evidence.args.map((a: { name: string }) => a.name).sort(), t).toEqual(['after', 'first']);
    }
    expect(Object.keys((schema.getType('Evidence') as any).getFields()).sort()).toEqual(['article', 'asOf', 'end', 'quote', 'start']);
  });

  it('has no list of objects without a page or a cap: every one is a connection, or bounded by its arguments or by the schema', () => {
    // bounded: a graph view by limit/ids, reach by limit, a look-up by its ids (MAX_IDS_PER_LOOKUP),
    // search by first, documentsByCode by one per province, a node's degrees by the relationship
    // types, a timeline by its buckets, a graph view node's properties by its label's fields
    const bounded = new Set([
      'Graph.nodes', 'Graph.edges', 'DocumentReach.documents', 'Query.nodes', 'Query.search', 'Query.documentsByCode',
      'CitationTimeline.buckets', 'GraphViewNode.properties',
    ]);
    const unpaged: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const list = getNullableType(field.type) instanceof GraphQLList;
        if (!list || isScalarType(named) || named.name === 'Degree') continue;
        if (!bounded.has(`${type.name}.${field.name}`)) unpaged.push(`${type.name}.${field.name}`);
      }
    }
    expect(unpaged).toEqual([]);
  });
});
