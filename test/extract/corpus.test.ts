// The bundled corpus (data/corpus) and the hand-written fixtures (test/fixtures/articles)
// scored against their expected output with the project's own scorer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, readGoldDir, scoreExtractions } from '../../src/eval/evaluate';
import { readArticleFile } from '../../src/corpus/articleFile';
import { extract, toContractJson } from '../../src/extract/index';

const ROOT = join(__dirname, '../..');

function run(dir: string, goldDir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const extractions = files.map((f) => extract(readArticleFile(f)));
  const report = scoreExtractions(readGoldDir(goldDir), extractions.map(toContractJson));
  return { extractions, report };
}

describe('the bundled corpus against its gold', () => {
  const { extractions, report } = run(join(ROOT, 'data/corpus'), join(ROOT, 'test/fixtures/gold'));

  it('scores macro F1 ≥ 0.95', () => {
    console.log(`bundled corpus\n${formatReport(report, true)}`);
    expect(report.missing).toEqual([]);
    expect(report.articles).toBe(5);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.95);
  });

  it('every field scores F1 ≥ 0.8', () => {
    for (const [field, s] of Object.entries(report.fields)) expect([field, s.f1 >= 0.8]).toEqual([field, true]);
  });

  it('every evidence quote is the slice of the cleaned text at its offsets', () => {
    let checked = 0;
    for (const x of extractions) {
      const all = [
        ...x.people.flatMap((p) => [...p.evidence, ...p.positions.map((q) => q.evidence)]),
        ...x.meetings.flatMap((m) => [m.evidence, ...m.participants.map((p) => p.evidence), ...m.citations.map((c) => c.evidence)]),
        ...x.documents.flatMap((d) => d.evidence),
        ...x.organizations.flatMap((o) => o.evidence),
      ];
      for (const e of all) {
        expect(x.text.slice(e.start, e.end)).toBe(e.quote);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('hand-written articles of the genre against their expected output', () => {
  const { report } = run(join(ROOT, 'test/fixtures/articles'), join(ROOT, 'test/fixtures/articles'));

  it('scores macro F1 ≥ 0.95', () => {
    console.log(`fixture articles\n${formatReport(report, true)}`);
    expect(report.missing).toEqual([]);
    expect(report.articles).toBeGreaterThanOrEqual(6);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.95);
  });
});
