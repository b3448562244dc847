// Placeholder until the extraction stage lands (issue 3): the skeleton compiles against this.
import type { ArticleInput, Extraction } from '../domain/extraction';

export function extract(input: ArticleInput): Extraction {
  return {
    file: input.file ?? null,
    article: { title: null, publishedAt: input.publishedAt ?? null, province: input.province ?? null, authors: [], source: input.source ?? null, url: input.url ?? null },
    text: input.text,
    people: [],
    organizations: [],
    meetings: [],
    documents: [],
    warnings: ['extraction not implemented yet'],
  };
}

export function toContractJson(x: Extraction): object {
  return { file: x.file, article: x.article, people: x.people, organizations: x.organizations, meetings: x.meetings, documents: x.documents };
}
