// Organizations of one article → scoped nodes. A body is found by its canonical name
// (`ExtractedOrganization.name`), which is how people's positions, meetings' organizers
// and documents' issuers refer to it; a name the extractor did not list still gets a node.
import type { Scope } from '../domain/ids';
import { fold, makeId } from './memo';
import type { ExtractedOrganization } from '../domain/extraction';
import type { OrgLevel } from '../domain/model';
import type { BatchBuilder } from './batch';
import { NATIONAL, isNationalBody, scopedBodyName } from './scope';

export class Bodies {
  private readonly byName = new Map<string, ExtractedOrganization>();
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly batch: BatchBuilder,
    organizations: readonly ExtractedOrganization[],
    /** canonical province name, or null when the article's province is unknown */
    private readonly province: string | null,
    /** province slug, or the article id when unknown */
    private readonly scope: Scope,
  ) {
    for (const o of organizations) if (!this.byName.has(fold(o.name))) this.byName.set(fold(o.name), o);
  }

  all(): string[] {
    return [...this.byName.values()].map((o) => this.id(o.name));
  }

  isNational(name: string): boolean {
    const o = this.byName.get(fold(name));
    return isNationalBody(name, o?.national ?? false);
  }

  /** The node id of a body named in this article, creating its node (and its parents) once. */
  id(name: string): string {
    const key = fold(name);
    const known = this.ids.get(key);
    if (known) return known;
    const o = this.byName.get(key);
    const national = isNationalBody(name, o?.national ?? false);
    const level: OrgLevel = o?.level ?? (national ? 'CENTRAL' : 'PROVINCE');
    const canonical = o?.name ?? name;
    const display = national ? canonical : scopedBodyName(canonical, level, this.province);
    const id = makeId('Organization', national ? NATIONAL : this.scope, canonical);
    this.ids.set(key, id);

    const aliases = [...new Set([canonical, ...(o?.aliases ?? [])])].filter((a) => a !== display);
    this.batch.node(id, 'Organization', display, {
      kind: o?.kind ?? 'OTHER',
      level,
      province: national ? null : this.province,
      national,
      aliases,
    });
    const evidence = o?.evidence[0];
    this.batch.rel('MENTIONS', this.batch.articleId, id, evidence);
    if (!national && this.province) {
      const place = this.place();
      if (place) this.batch.rel('LOCATED_IN', id, place, null);
    }
    if (o?.partOf && fold(o.partOf) !== key) this.batch.rel('PART_OF', id, this.id(o.partOf), evidence);
    return id;
  }

  /** The article's province as a Place node. */
  place(): string | null {
    if (!this.province) return null;
    const id = makeId('Place', this.province);
    if (!this.batch.has(id)) {
      this.batch.node(id, 'Place', this.province, { kind: 'PROVINCE' });
      this.batch.rel('MENTIONS', this.batch.articleId, id, null);
    }
    return id;
  }
}
