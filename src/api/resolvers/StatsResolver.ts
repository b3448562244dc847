import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Stats } from '../types/Stats';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts of the graph by type.' })
  async stats(@Ctx() { store }: ApiContext): Promise<Stats> {
    const { nodes, relationships } = await store.counts();
    return {
      articles: nodes.Article,
      people: nodes.Person,
      organizations: nodes.Organization,
      positions: nodes.Position,
      meetings: nodes.Meeting,
      documents: nodes.Document,
      places: nodes.Place,
      relationships,
    };
  }
}
