// Reading an article file: bytes → text, with the file's base name as its label.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleInput } from '../domain/extraction';

/** Reads a file as UTF-8; bad bytes become U+FFFD, and `extract` then warns rather than throwing. */
export function readArticleFile(path: string): ArticleInput {
  const bytes = readFileSync(path);
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), file: basename(path) };
}
