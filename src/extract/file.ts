// Reading an article file: bytes → text, with the file's base name as its label.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleInput } from '../domain/extraction';

/** Reads a file as UTF-8; `extract` warns on binary or undecodable content rather than throwing. */
export function readArticleFile(path: string): ArticleInput {
  const bytes = readFileSync(path);
  return { text: bytes.toString('utf8'), file: basename(path) };
}
