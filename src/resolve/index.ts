// Placeholder until the resolve stage lands (issue 4): the skeleton compiles against this.
import { articleId } from '../domain/ids';
import type { Extraction } from '../domain/extraction';
import type { GraphBatch } from '../domain/model';
import { fold } from '../domain/text';

export function resolve(x: Extraction): GraphBatch {
  const id = articleId(x.text);
  const name = x.article.title ?? id;
  return { article: { id, label: 'Article', name, searchText: fold(name), props: { text: x.text } }, nodes: [], relationships: [] };
}
