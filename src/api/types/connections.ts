// The connection type of every list: top-level lists, a node's neighbours, a fact's sentences.
import { connectionOf } from '../pagination';
import { Article } from './Article';
import { Citation } from './Citation';
import { Document } from './Document';
import { Evidence } from './Evidence';
import { DocumentLink } from './Tracing';
import { Meeting } from './Meeting';
import { Node } from './Node';
import { Organization } from './Organization';
import { Participation } from './Participation';
import { Person } from './Person';
import { Place } from './Place';
import { Position } from './Position';
import { PositionHeld } from './PositionHeld';

export const PersonConnection = connectionOf(Person, 'Person', 'person');
export const OrganizationConnection = connectionOf(Organization, 'Organization', 'organization');
export const PositionConnection = connectionOf(Position, 'Position', 'office');
export const MeetingConnection = connectionOf(Meeting, 'Meeting', 'meeting');
export const DocumentConnection = connectionOf(Document, 'Document', 'document');
export const ArticleConnection = connectionOf(Article, 'Article', 'article');
export const PlaceConnection = connectionOf(Place, 'Place', 'place');
export const CitationConnection = connectionOf(Citation, 'Citation', 'citation');
export const DocumentLinkConnection = connectionOf(DocumentLink, 'DocumentLink', 'document link');
export const ParticipationConnection = connectionOf(Participation, 'Participation', 'participation');
export const PositionHeldConnection = connectionOf(PositionHeld, 'PositionHeld', 'office held');
export const EvidenceConnection = connectionOf(Evidence, 'Evidence', 'sentence');
export const NodeConnection = connectionOf(Node, 'Node', 'node');
