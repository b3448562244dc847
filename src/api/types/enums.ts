// The API's enums, built from the domain's lists (domain/model.ts), so a value added there is
// in the schema too, and a store value passes through without mapping: an enum's values are
// the strings the store holds, its names those strings in capitals (NodeType's PERSON is
// `Person`). Each values table is keyed by the enum's names, so a value left undescribed is a type error.
import { registerEnumType } from 'type-graphql';
import {
  DOCUMENT_KINDS,
  NODE_LABELS,
  ORG_KINDS,
  ORG_LEVELS,
  PARTICIPATION_TYPES,
  PLACE_KINDS,
  REL_TYPES,
  type DocumentKind as DomainDocumentKind,
  type NodeLabel,
  type OrgKind as DomainOrgKind,
  type OrgLevel as DomainOrgLevel,
  type ParticipationType,
  type PlaceKind as DomainPlaceKind,
  type RelType,
} from '../../domain/model';

/** `{ NAME: value }` for each value, the name the value in capitals: the object type-graphql registers as an enum. */
type EnumOf<V extends string> = { readonly [P in V as Uppercase<P>]: P };

function enumOf<V extends string>(values: readonly V[]): EnumOf<V> {
  // the one cast: Object.fromEntries cannot type the keys it makes (test/api/enums.test.ts checks them)
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as EnumOf<V>;
}

function register<E extends object>(values: E, name: string, description: string, valuesConfig: { [K in keyof E]: { description: string } }): void {
  registerEnumType(values, { name, description, valuesConfig });
}

export const NodeType = enumOf(NODE_LABELS);
export type NodeType = NodeLabel;
register(NodeType, 'NodeType', 'The kinds of node in the graph (the value is the GraphQL type name: PERSON is a `Person`).', {
  ARTICLE: { description: 'A news article (`Article`).' },
  PERSON: { description: 'A person (`Person`).' },
  ORGANIZATION: { description: 'A body (`Organization`).' },
  POSITION: { description: 'An office (`Position`).' },
  MEETING: { description: 'A meeting (`Meeting`).' },
  DOCUMENT: { description: 'A document (`Document`).' },
  PLACE: { description: 'A province or district (`Place`).' },
});

export const RelationshipType = enumOf(REL_TYPES);
export type RelationshipType = RelType;
register(RelationshipType, 'RelationshipType', 'The kinds of relationship in the graph, each directed as named.', {
  HOLDS: { description: 'Person → Position: the person holds the office.' },
  OF: { description: 'Position → Organization: the office belongs to the body.' },
  CHAIRED: { description: 'Person → Meeting: the person chaired it.' },
  SPOKE_AT: { description: 'Person → Meeting: the person spoke at it.' },
  ATTENDED: { description: 'Person → Meeting: the person attended it.' },
  ORGANIZED: { description: 'Organization → Meeting: the body organized it.' },
  CITES: { description: 'Meeting → Document: the meeting cited the document.' },
  IMPLEMENTS: { description: 'Document → Document: the document was issued to carry out the other ("Kế hoạch số 100-KH/TU … thực hiện Chỉ thị số 35-CT/TW").' },
  ISSUED_BY: { description: 'Document → Organization: the body issued the document.' },
  PART_OF: { description: 'Organization → Organization: a body within another (Ban Thường vụ Tỉnh ủy → Tỉnh ủy).' },
  REPORTS: { description: 'Article → Meeting: the article reports the meeting.' },
  MENTIONS: { description: 'Article → any node: the article names it.' },
  LOCATED_IN: { description: 'Organization → Place: the body is of that province.' },
});

export const OrgKind = enumOf(ORG_KINDS);
export type OrgKind = DomainOrgKind;
register(OrgKind, 'OrgKind', 'What kind of body an organization is.', {
  PARTY_COMMITTEE: { description: 'A party committee (Tỉnh ủy, Huyện ủy, Đảng ủy).' },
  STANDING_COMMITTEE: { description: 'A standing committee (Ban Thường vụ Tỉnh ủy).' },
  PEOPLES_COUNCIL: { description: "A people's council (Hội đồng nhân dân, HĐND)." },
  PEOPLES_COMMITTEE: { description: "A people's committee (Ủy ban nhân dân, UBND)." },
  DEPARTMENT: { description: 'A department or agency (Sở, Ban).' },
  FRONT: { description: 'The Fatherland Front and its member organizations (MTTQ).' },
  PARTY_ORGANIZATION: { description: 'A party organization within a body (Đảng đoàn, Ban cán sự đảng).' },
  NATIONAL_ASSEMBLY_DELEGATION: { description: "A province's National Assembly delegation (Đoàn ĐBQH)." },
  OTHER: { description: 'Any other body.' },
});

export const OrgLevel = enumOf(ORG_LEVELS);
export type OrgLevel = DomainOrgLevel;
register(OrgLevel, 'OrgLevel', 'The administrative level a body works at.', {
  CENTRAL: { description: 'National (Bộ Chính trị, Quốc hội, Chính phủ).' },
  PROVINCE: { description: 'A province or centrally-run city (tỉnh, thành phố).' },
  DISTRICT: { description: 'A district (huyện, thị xã, thành phố thuộc tỉnh).' },
  COMMUNE: { description: 'A commune or ward (xã, phường, thị trấn).' },
  AGENCY: { description: 'Within an agency or enterprise (Đảng ủy Sở, Chi bộ).' },
});

export const DocumentKind = enumOf(DOCUMENT_KINDS);
export type DocumentKind = DomainDocumentKind;
register(DocumentKind, 'DocumentKind', 'What kind of document (the letters in its code say it: `35-CT/TW` is a Chỉ thị).', {
  RESOLUTION: { description: 'Nghị quyết (NQ).' },
  DIRECTIVE: { description: 'Chỉ thị (CT).' },
  PLAN: { description: 'Kế hoạch (KH).' },
  CONCLUSION: { description: 'Kết luận (KL).' },
  REGULATION: { description: 'Quy định (QĐ).' },
  DECISION: { description: 'Quyết định (QĐ).' },
  GUIDANCE: { description: 'Hướng dẫn (HD).' },
  NOTICE: { description: 'Thông báo (TB).' },
  PROGRAM: { description: 'Chương trình (CTr).' },
  PROJECT: { description: 'Đề án (ĐA).' },
  OTHER: { description: 'Any other document.' },
});

export const PlaceKind = enumOf(PLACE_KINDS);
export type PlaceKind = DomainPlaceKind;
register(PlaceKind, 'PlaceKind', 'What kind of place.', {
  PROVINCE: { description: 'A province or centrally-run city.' },
  DISTRICT: { description: 'A district.' },
});

export const ParticipationRole = enumOf(PARTICIPATION_TYPES);
export type ParticipationRole = ParticipationType;
register(ParticipationRole, 'ParticipationRole', 'How a person took part in a meeting.', {
  CHAIRED: { description: 'Chaired it (chủ trì).' },
  SPOKE_AT: { description: 'Spoke at it (phát biểu).' },
  ATTENDED: { description: 'Attended it (dự).' },
});
