// Article texts, deflated: the text is most of an article's weight (4,300 characters
// held as UTF-16 by V8, 8.6 KB; deflated 1.7 KB), and it is read far less often than the
// graph around it. A few recently read texts are kept inflated, for the quotes that
// are cut from them (see storedRel.ts) and for pages that show the same articles.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Inflated texts kept: a page of evidence rarely spans more articles than this. */
const RECENT = 256;

// An 8 KB window instead of zlib's 32 KB: an article is a few KB, so nothing is lost (the
// generated corpus deflates to the same size), and deflate sets up a smaller window per
// call, of which an ingest makes one per article.
// Inflating needs no option: a raw stream is inflated with the default (largest) window.
const DEFLATE = { windowBits: 13 };

export class ArticleTexts {
  private readonly deflated = new Map<string, Buffer>();
  private readonly recent = new Map<string, string>();

  put(articleId: string, text: string): void {
    // zlib answers with a slice of a larger buffer: keep an exact copy, not the slice
    const z = deflateRawSync(Buffer.from(text, 'utf8'), DEFLATE);
    const exact = Buffer.allocUnsafeSlow(z.length);
    z.copy(exact);
    this.deflated.set(articleId, exact);
    this.recent.delete(articleId);
  }

  /** Every text, deflated, for a snapshot. */
  deflatedEntries(): IterableIterator<[string, Buffer]> {
    return this.deflated.entries();
  }

  /** Keeps a text given deflated (from a snapshot); `z` is copied. */
  putDeflated(articleId: string, z: Uint8Array): void {
    const exact = Buffer.allocUnsafeSlow(z.length);
    exact.set(z);
    this.deflated.set(articleId, exact);
  }

  has(articleId: string): boolean {
    return this.deflated.has(articleId);
  }

  get(articleId: string): string | null {
    const hit = this.recent.get(articleId);
    if (hit !== undefined) {
      // most recent last: the first entry is the one to drop
      this.recent.delete(articleId);
      this.recent.set(articleId, hit);
      return hit;
    }
    const z = this.deflated.get(articleId);
    if (!z) return null;
    const text = inflateRawSync(z).toString('utf8');
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(articleId, text);
    return text;
  }

  delete(articleId: string): void {
    this.deflated.delete(articleId);
    this.recent.delete(articleId);
  }
}
