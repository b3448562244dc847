// The API's enums are the domain's lists: every value, in order, named by its capitals.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, isParticipationType, NODE_LABELS, ORG_KINDS, ORG_LEVELS, PARTICIPATION_TYPES, PLACE_KINDS, REL_TYPES } from '../../src/domain/model';
import { DocumentKind, NodeType, OrgKind, OrgLevel, ParticipationRole, PlaceKind, RelationshipType } from '../../src/api/types/enums';
import { buildPolgraphSchema } from '../../src/api/schema';
import { GraphQLEnumType } from 'graphql';

const cases: [string, object, readonly string[]][] = [
  ['NodeType', NodeType, NODE_LABELS],
  ['RelationshipType', RelationshipType, REL_TYPES],
  ['OrgKind', OrgKind, ORG_KINDS],
  ['OrgLevel', OrgLevel, ORG_LEVELS],
  ['DocumentKind', DocumentKind, DOCUMENT_KINDS],
  ['PlaceKind', PlaceKind, PLACE_KINDS],
  ['ParticipationRole', ParticipationRole, PARTICIPATION_TYPES],
];

describe('the API enums', () => {
  it.each(cases)('%s holds the domain list, each value under its name in capitals', (_name, values, list) => {
    expect(Object.values(values)).toEqual([...list]);
    expect(Object.keys(values)).toEqual(list.map((v) => v.toUpperCase()));
  });

  it.each(cases)('%s is in the schema with every value described', async (name, _values, list) => {
    const type = (await buildPolgraphSchema()).getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    expect(values.map((v) => v.value)).toEqual([...list]);
    for (const v of values) expect(v.description, v.name).toMatch(/\S/);
  });

  it('knows the participation types among the relationship types', () => {
    expect(REL_TYPES.filter(isParticipationType)).toEqual([...PARTICIPATION_TYPES]);
  });
});
