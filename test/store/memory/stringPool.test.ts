import { describe, expect, it } from 'vitest';
import { StringPool } from '../../../src/store/memory/stringPool';

describe('StringPool', () => {
  it('gives back the first copy of equal strings, and one entry per distinct string', () => {
    const pool = new StringPool();
    const a = pool.intern(['Ủy viên Ban', 'Thường vụ Tỉnh ủy'].join(' '));
    const b = pool.intern(['Ủy viên Ban Thường', 'vụ Tỉnh ủy'].join(' '));
    expect(b).toBe(a);
    expect(a).toBe('Ủy viên Ban Thường vụ Tỉnh ủy');
    expect(pool.intern('Tỉnh ủy')).toBe('Tỉnh ủy');
    expect(pool.size).toBe(2);
  });
});
