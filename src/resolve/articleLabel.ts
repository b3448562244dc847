// What an article is called in lists, search hits and drawings: its headline, else its
// first sentence, never its file name (which readers never saw, and which says nothing).

/** Longest label made from a first sentence; it is cut at a word and ends with "…". */
export const MAX_ARTICLE_LABEL = 160;

/** The end of a sentence: . ! ? … (and closing quotes) before a space or the end. */
const SENTENCE_END = /[.!?…]+["”’)]*(?=\s|$)/u;

export function articleLabel(title: string | null, text: string): string | null {
  if (title && title.trim()) return title.trim();
  const line = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l !== '');
  if (!line) return null;
  const end = SENTENCE_END.exec(line);
  const first = end ? line.slice(0, end.index + end[0].length) : line;
  if (first.length <= MAX_ARTICLE_LABEL) return first;
  const cut = first.slice(0, MAX_ARTICLE_LABEL - 1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_ARTICLE_LABEL / 2 ? cut.slice(0, space) : cut) + '…';
}
