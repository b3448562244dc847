// Writes: ingest an article (extract → resolve, save it durably to the corpus folder so
// the embedded store rebuilds the same graph at restart, then store it) and delete one.
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { MAX_INPUT_CHARS } from '../../domain/inputLimits';
import { deleteArticle, ingestArticle } from '../../pipeline';
import { requireApiKey } from '../auth';
import type { ApiContext } from '../context';
import { toEntity } from '../entities';
import { badInput, notFound } from '../errors';
import { MAX_ARTICLE_BYTES } from '../caps';
import { DeleteResult, IngestArticleInput, IngestResult } from '../types/mutations';
import { checkDateOrDateTime, checkProvince, checkUrl } from '../validate';
import { checkFrontMatter, checkSource } from '../frontMatter';

function checkInput(input: IngestArticleInput) {
  if (input.text.trim() === '') throw badInput('input.text must not be empty', 'input.text');
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) throw badInput(`input.text is ${bytes} bytes; at most ${MAX_ARTICLE_BYTES} are accepted`, 'input.text');
  // the extractor reads at most this many characters (it would store an empty article)
  if (input.text.length > MAX_INPUT_CHARS) throw badInput(`input.text is ${input.text.length} characters; at most ${MAX_INPUT_CHARS} are accepted`, 'input.text');
  // the text's own front matter, checked like the fields; a field given both ways: the input field wins
  const fm = checkFrontMatter(input.text);
  return {
    text: input.text,
    url: checkUrl(input.url, 'input.url') ?? fm.url,
    source: checkSource(input.source, 'input.source') ?? fm.source,
    publishedAt: checkDateOrDateTime(input.publishedAt, 'input.publishedAt') ?? fm.publishedAt,
    province: checkProvince(input.province, 'input.province') ?? fm.province,
  };
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, { description: 'Extracts an article and writes what it says to the graph, in one transaction. Needs the API key.' })
  async ingestArticle(@Ctx() ctx: ApiContext, @Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput): Promise<IngestResult> {
    requireApiKey(ctx);
    const article = checkInput(input);
    const { extraction, write, savedAs } = await ingestArticle(ctx.store, article, { saveTo: ctx.config.corpusDir, refuseUnreadable: true });
    ctx.logger.info({ articleId: write.articleId, created: write.created, savedAs }, 'article ingested');
    ctx.loaders.nodes.clearAll();
    const node = await ctx.loaders.nodes.load(write.articleId);
    if (!node) throw notFound('article', write.articleId);
    return { article: toEntity(node), created: write.created, nodes: write.nodes, relationships: write.relationships, warnings: extraction.warnings };
  }

  @Mutation(() => DeleteResult, { description: 'Deletes an article and every fact only it supported (and its corpus file). Needs the API key.' })
  async deleteArticle(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The article id.' }) id: string): Promise<DeleteResult> {
    requireApiKey(ctx);
    const node = await ctx.loaders.nodes.load(id);
    if (!node || node.label !== 'Article') throw notFound('article', id);
    // the corpus file goes first, durably; the graph after (pipeline.ts)
    const { deleted, removed } = await deleteArticle(ctx.store, id, ctx.config.corpusDir);
    if (!deleted) throw notFound('article', id);
    ctx.logger.info({ articleId: id, removed }, 'article deleted');
    ctx.loaders.nodes.clearAll();
    return { id, deleted: true };
  }
}
