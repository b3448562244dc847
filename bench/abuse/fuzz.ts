// GraphQL documents generated from the real schema (fast-check): random root fields under
// random aliases, arguments of every type (extreme numbers, random Unicode, known and
// unknown ids, enum values, lists), selections of random depth, with fragments and
// variables sometimes, and some documents broken on purpose (cut, spliced).
import fc from 'fast-check';
import { getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, isInterfaceType, isObjectType, isUnionType, type GraphQLField, type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';

const IDS = ['place:kon-tum', 'person:kon-tum:apot', 'doc:kon-tum:100-kh-tu', 'org:kon-tum:tinh-uy', 'person:nobody', '', 'x'.repeat(300), '\u202Eevil', "' OR 1=1 --", 'MATCH (n) DETACH DELETE n'];

const intArb = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(0, 1, 100, 101, 500, 501, 2 ** 31 - 1, -(2 ** 31)), fc.integer());
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('duong van', 'a', '100-kh', '"', '\\', '\u0000', 'đ'.repeat(250)));

const quote = (s: string) => JSON.stringify(s);

function inputValue(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  if (type instanceof GraphQLNonNull) return inputValue(type.ofType, depth);
  if (type instanceof GraphQLList) return fc.array(inputValue(type.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 6 }).map((xs) => `[${xs.join(', ')}]`);
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    if (depth > 3 || !fields.length) return fc.constant('{}');
    return fc.subarray(fields, { maxLength: Math.min(5, fields.length) }).chain((chosen) => (chosen.length ? fc.tuple(...chosen.map((f) => inputValue(f.type, depth + 1).map((v) => `${f.name}: ${v}`))).map((kv) => `{ ${kv.join(', ')} }`) : fc.constant('{}')));
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'Int':
      return intArb.map(String);
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => String(d).replace('e', 'E'));
    case 'Boolean':
      return fc.boolean().map(String);
    case 'ID':
      return fc.oneof(fc.constantFrom(...IDS), text).map(quote);
    default:
      // String, dates and other custom scalars: sometimes valid-looking, mostly not
      return fc.oneof(text, fc.constantFrom('2020-06-25', '9999-99-99', '2021-02-30', 'javascript:alert(1)', 'https://kontumtv.vn/a')).map(quote);
  }
}

function selection(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (!(isObjectType(named) || isInterfaceType(named) || isUnionType(named))) return fc.constant('');
  if (isUnionType(named)) return fc.constant('{ __typename }');
  const fields = Object.values((named as GraphQLObjectType).getFields());
  if (depth > 5) return fc.constant('{ __typename }');
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(fields.length, depth === 0 ? 4 : 3) })
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldSelection(f, depth + 1))))
    .map((parts) => `{ ${parts.join(' ')} }`);
}

function fieldSelection(field: GraphQLField<unknown, unknown>, depth: number, alias?: string): fc.Arbitrary<string> {
  const args = field.args.length
    ? fc.subarray([...field.args], { maxLength: field.args.length }).chain((chosen) =>
        chosen.length ? fc.tuple(...chosen.map((a) => inputValue(a.type, 0).map((v) => `${a.name}: ${v}`))).map((kv) => `(${kv.join(', ')})`) : fc.constant(''),
      )
    : fc.constant('');
  return fc.tuple(args, selection(field.type, depth)).map(([a, s]) => `${alias ? `${alias}: ` : ''}${field.name}${a} ${s}`.trim());
}

/** Valid-shaped documents (that the server may still refuse) over the schema's Query type. */
export function queryDocument(schema: GraphQLSchema): fc.Arbitrary<string> {
  const roots = Object.values(schema.getQueryType()!.getFields());
  return fc
    .array(fc.constantFrom(...roots), { minLength: 1, maxLength: 8 })
    .chain((fields) => fc.tuple(...fields.map((f, i) => fieldSelection(f, 1, `a${i}`))))
    .map((parts) => `{ ${parts.join(' ')} }`);
}

/** Documents broken on purpose: cut short, characters spliced in, braces unbalanced, huge nesting. */
export function brokenDocument(schema: GraphQLSchema): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(queryDocument(schema), fc.nat()).map(([d, n]) => d.slice(0, n % (d.length + 1))),
    fc.tuple(queryDocument(schema), fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([d, n, s]) => d.slice(0, n % (d.length + 1)) + s + d.slice(n % (d.length + 1))),
    fc.integer({ min: 1, max: 3000 }).map((n) => `{ ${'stats { '.repeat(n)}${'}'.repeat(n)} }`),
    fc.integer({ min: 1, max: 200 }).map((n) => `query { ${'...F '.repeat(n)} } fragment F on Query { stats { articles } ...F }`),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
}

/** A mix: three in four well-formed, one in four broken; sometimes a mutation. */
export function fuzzedRequest(schema: GraphQLSchema): fc.Arbitrary<{ query: string; variables?: unknown }> {
  const mutation = fc.constantFrom(
    'mutation { deleteArticle(id: "article:nope") { deleted } }',
    'mutation { ingestArticle(input: { text: "---\\nurl: javascript:alert(1)\\n---\\nx" }) { created } }',
  );
  return fc.oneof(
    { weight: 6, arbitrary: queryDocument(schema).map((query) => ({ query })) },
    { weight: 2, arbitrary: brokenDocument(schema).map((query) => ({ query })) },
    { weight: 1, arbitrary: mutation.map((query) => ({ query })) },
    { weight: 1, arbitrary: fc.record({ query: fc.constant('query($id: ID!, $d: Int!) { neighborhood(id: $id, depth: $d) { truncated } }'), variables: fc.anything() }) },
  );
}
