// The API's enums, registered with type-graphql. Their values are the strings the store
// holds, so a store value passes through without mapping.
import { registerEnumType } from 'type-graphql';
import type { NodeLabel, RelType } from '../../domain/model';

export enum NodeType {
  ARTICLE = 'Article',
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  POSITION = 'Position',
  MEETING = 'Meeting',
  DOCUMENT = 'Document',
  PLACE = 'Place',
}
registerEnumType(NodeType, {
  name: 'NodeType',
  description: 'The kinds of node in the graph (the value is the GraphQL type name: PERSON is a `Person`).',
  valuesConfig: {
    ARTICLE: { description: 'A news article (`Article`).' },
    PERSON: { description: 'A person (`Person`).' },
    ORGANIZATION: { description: 'A body (`Organization`).' },
    POSITION: { description: 'An office (`Position`).' },
    MEETING: { description: 'A meeting (`Meeting`).' },
    DOCUMENT: { description: 'A document (`Document`).' },
    PLACE: { description: 'A province or district (`Place`).' },
  },
});

export enum RelationshipType {
  HOLDS = 'HOLDS',
  OF = 'OF',
  CHAIRED = 'CHAIRED',
  SPOKE_AT = 'SPOKE_AT',
  ATTENDED = 'ATTENDED',
  ORGANIZED = 'ORGANIZED',
  CITES = 'CITES',
  ISSUED_BY = 'ISSUED_BY',
  PART_OF = 'PART_OF',
  REPORTS = 'REPORTS',
  MENTIONS = 'MENTIONS',
  LOCATED_IN = 'LOCATED_IN',
}
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'The kinds of relationship in the graph, each directed as named.',
  valuesConfig: {
    HOLDS: { description: 'Person → Position: the person holds the office.' },
    OF: { description: 'Position → Organization: the office belongs to the body.' },
    CHAIRED: { description: 'Person → Meeting: the person chaired it.' },
    SPOKE_AT: { description: 'Person → Meeting: the person spoke at it.' },
    ATTENDED: { description: 'Person → Meeting: the person attended it.' },
    ORGANIZED: { description: 'Organization → Meeting: the body organized it.' },
    CITES: { description: 'Meeting → Document: the meeting cited the document.' },
    ISSUED_BY: { description: 'Document → Organization: the body issued the document.' },
    PART_OF: { description: 'Organization → Organization: a body within another (Ban Thường vụ Tỉnh ủy → Tỉnh ủy).' },
    REPORTS: { description: 'Article → Meeting: the article reports the meeting.' },
    MENTIONS: { description: 'Article → any node: the article names it.' },
    LOCATED_IN: { description: 'Organization → Place: the body is of that province.' },
  },
});

export enum OrgKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  STANDING_COMMITTEE = 'STANDING_COMMITTEE',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  FRONT = 'FRONT',
  PARTY_ORGANIZATION = 'PARTY_ORGANIZATION',
  NATIONAL_ASSEMBLY_DELEGATION = 'NATIONAL_ASSEMBLY_DELEGATION',
  OTHER = 'OTHER',
}
registerEnumType(OrgKind, {
  name: 'OrgKind',
  description: 'What kind of body an organization is.',
  valuesConfig: {
    PARTY_COMMITTEE: { description: 'A party committee (Tỉnh ủy, Huyện ủy, Đảng ủy).' },
    STANDING_COMMITTEE: { description: 'A standing committee (Ban Thường vụ Tỉnh ủy).' },
    PEOPLES_COUNCIL: { description: "A people's council (Hội đồng nhân dân, HĐND)." },
    PEOPLES_COMMITTEE: { description: "A people's committee (Ủy ban nhân dân, UBND)." },
    DEPARTMENT: { description: 'A department or agency (Sở, Ban).' },
    FRONT: { description: 'The Fatherland Front and its member organizations (MTTQ).' },
    PARTY_ORGANIZATION: { description: 'A party organization within a body (Đảng đoàn, Ban cán sự đảng).' },
    NATIONAL_ASSEMBLY_DELEGATION: { description: "A province's National Assembly delegation (Đoàn ĐBQH)." },
    OTHER: { description: 'Any other body.' },
  },
});

export enum OrgLevel {
  CENTRAL = 'CENTRAL',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  AGENCY = 'AGENCY',
}
registerEnumType(OrgLevel, {
  name: 'OrgLevel',
  description: 'The administrative level a body works at.',
  valuesConfig: {
    CENTRAL: { description: 'National (Bộ Chính trị, Quốc hội, Chính phủ).' },
    PROVINCE: { description: 'A province or centrally-run city (tỉnh, thành phố).' },
    DISTRICT: { description: 'A district (huyện, thị xã, thành phố thuộc tỉnh).' },
    COMMUNE: { description: 'A commune or ward (xã, phường, thị trấn).' },
    AGENCY: { description: 'Within an agency or enterprise (Đảng ủy Sở, Chi bộ).' },
  },
});

export enum DocumentKind {
  RESOLUTION = 'RESOLUTION',
  DIRECTIVE = 'DIRECTIVE',
  PLAN = 'PLAN',
  CONCLUSION = 'CONCLUSION',
  REGULATION = 'REGULATION',
  DECISION = 'DECISION',
  GUIDANCE = 'GUIDANCE',
  NOTICE = 'NOTICE',
  PROGRAM = 'PROGRAM',
  PROJECT = 'PROJECT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What kind of document (the letters in its code say it: `35-CT/TW` is a Chỉ thị).',
  valuesConfig: {
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
  },
});

export enum PlaceKind {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
}
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What kind of place.',
  valuesConfig: { PROVINCE: { description: 'A province or centrally-run city.' }, DISTRICT: { description: 'A district.' } },
});

export enum ParticipationRole {
  CHAIRED = 'CHAIRED',
  SPOKE_AT = 'SPOKE_AT',
  ATTENDED = 'ATTENDED',
}
registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'How a person took part in a meeting.',
  valuesConfig: {
    CHAIRED: { description: 'Chaired it (chủ trì).' },
    SPOKE_AT: { description: 'Spoke at it (phát biểu).' },
    ATTENDED: { description: 'Attended it (dự).' },
  },
});

export const toLabel = (t: NodeType): NodeLabel => t as NodeLabel;
export const toRelType = (t: RelationshipType): RelType => t as RelType;
