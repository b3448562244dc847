// The connection type of every top-level list.
import { connectionOf } from '../pagination';
import { Article } from './Article';
import { Citation } from './Citation';
import { Document } from './Document';
import { DocumentLink } from './Tracing';
import { Meeting } from './Meeting';
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
