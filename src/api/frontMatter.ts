// A front-matter block at the top of an ingested article's `text` is metadata given
// another way: its values are checked exactly as the input fields are (a `url:
// javascript:…`, a `publishedAt: 9999-99-99` or a `province: Atlantis` is refused with
// BAD_USER_INPUT naming the key), and keys the extractor does not read are refused too,
// so nothing unchecked rides into the graph or the saved corpus file.
import { stripInvisible } from '../domain/text';
import { parseFrontMatter } from '../domain/frontMatter';
import { badInput } from './errors';
import { checkDateOrDateTime, checkProvince, checkUrl } from './validate';
import { MAX_SOURCE_CHARS, MAX_TITLE_CHARS } from './caps';


export interface ArticleMetadata {
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  province: string | null;
  title: string | null;
}

const KEYS = ['url', 'source', 'publishedAt', 'province', 'title'] as const;

export function checkSource(value: string | null | undefined, argument: string): string | null {
  const source = value ? stripInvisible(value).trim() : '';
  if (!source) return null;
  if (source.length > MAX_SOURCE_CHARS || /[\r\n]/.test(source)) throw badInput(`${argument} must be one line of at most ${MAX_SOURCE_CHARS} characters`, argument);
  return source;
}

function checkTitle(value: string, argument: string): string | null {
  const title = stripInvisible(value).trim();
  if (!title) return null;
  // eslint-disable-next-line no-control-regex
  if (title.length > MAX_TITLE_CHARS || /[\u0000-\u001f\u007f]/.test(title)) throw badInput(`${argument} must be one line of at most ${MAX_TITLE_CHARS} characters`, argument);
  return title;
}

/** The front matter of an article text, each value checked as its input field is; null fields where absent. */
export function checkFrontMatter(text: string, argument = 'input.text'): ArticleMetadata {
  const { fields } = parseFrontMatter(stripInvisible(text));
  const unknown = Object.keys(fields).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length) throw badInput(`${argument}: the front matter may only set ${KEYS.join(', ')}; it has ${unknown.slice(0, 5).join(', ')}`, argument);
  const arg = (k: string) => `${argument} (front matter ${k})`;
  return {
    url: checkUrl(fields.url, arg('url')),
    source: checkSource(fields.source, arg('source')),
    publishedAt: checkDateOrDateTime(fields.publishedAt, arg('publishedAt')),
    province: checkProvince(fields.province, arg('province')),
    title: fields.title === undefined ? null : checkTitle(fields.title, arg('title')),
  };
}
