// The front matter of an article: a `---` block of `key: value` lines at the very top of its
// text (url, source, publishedAt, province, title). The extractor reads it from any text it
// is given; the corpus writes it at the top of every article file it saves (corpus/articleFile.ts).

export interface FrontMatter {
  fields: Record<string, string>;
  /** the text after the block */
  body: string;
}

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads a `---` block of `key: value` lines at the very top of a file; values in NFC, the body as given. */
export function parseFrontMatter(text: string): FrontMatter {
  const m = FRONT.exec(text.slice(0, 4096));
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) fields[kv[1]] = kv[2].replace(/^(["'])(.*)\1$/, '$2').normalize('NFC');
  }
  return { fields, body: text.slice(m[0].length) };
}

/** The text with these fields as its front matter (none: the body alone); a value stays on one line. */
export function formatFrontMatter(fields: Record<string, string>, body: string): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v.replace(/[\r\n]+/g, ' ')}`);
  return lines.length ? `---\n${lines.join('\n')}\n---\n${body}` : body;
}
