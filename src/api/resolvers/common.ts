// Small helpers the entity resolvers share.
import type { NodeLabel, RelType } from '../../domain/model';
import type { CursorKey } from '../../store/cursor';
import type { Direction } from '../../store/GraphStore';
import type { ApiContext } from '../context';
import { fold } from '../../domain/text';
import { toEntities, toEntity, type EntitySource } from '../entities';
import { neighboursOf } from '../loaders';

/** The node with this id if it is of this label, else null. */
export async function byId(ctx: ApiContext, id: string, label: NodeLabel): Promise<EntitySource | null> {
  const node = await ctx.loaders.nodes.load(id);
  return node && node.label === label ? toEntity(node) : null;
}

/** The entities at the other end of `root`'s relationships of one type, of one label. */
export async function related(ctx: ApiContext, root: EntitySource, direction: Direction, type: RelType, label?: NodeLabel): Promise<EntitySource[]> {
  return toEntities(await neighboursOf(ctx.loaders, root.id, direction, type), label);
}

export async function relatedOne(ctx: ApiContext, root: EntitySource, direction: Direction, type: RelType, label?: NodeLabel): Promise<EntitySource | null> {
  return (await related(ctx, root, direction, type, label))[0] ?? null;
}

/** The keyset position of an entity in a newest-first list by one of its date props. */
export function dateKey(prop: string) {
  return (e: EntitySource): CursorKey => ({ sort: typeof e[prop] === 'string' && e[prop] !== '' ? (e[prop] as string) : null, id: e.id });
}

/** The keyset position of an entity in a list by name (folded, as the stores order names). */
export const nameKey = (e: EntitySource): CursorKey => ({ sort: fold(e.name), id: e.id });

/** Newest first by a date prop (undated last), then by name. */
export function byDateDesc(prop: string) {
  return (a: EntitySource, b: EntitySource): number => {
    const x = (a[prop] as string | null) ?? '';
    const y = (b[prop] as string | null) ?? '';
    return x !== y ? (x < y ? 1 : -1) : a.name.localeCompare(b.name);
  };
}

/** Relationships of every type at a node, both directions. */
export async function totalDegree(ctx: ApiContext, id: string): Promise<number> {
  const d = await ctx.loaders.degrees.load(id);
  return Object.values(d).reduce((sum, v) => sum + (v ? v.in + v.out : 0), 0);
}
