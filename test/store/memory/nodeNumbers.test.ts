import { describe, expect, it } from 'vitest';
import { NodeNumbers } from '../../../src/store/memory/nodeNumbers';

describe('NodeNumbers', () => {
  it('gives each id a number, the same one when asked again, and reuses a freed one', () => {
    const nums = new NodeNumbers();
    expect([nums.add('a'), nums.add('b'), nums.add('a')]).toEqual([0, 1, 0]);
    expect(nums.get('b')).toBe(1);
    expect(nums.id(1)).toBe('b');
    expect(nums.get('zzz')).toBe(-1);
    nums.delete('a');
    expect(nums.get('a')).toBe(-1);
    expect(nums.add('c')).toBe(0);
    expect(nums.id(0)).toBe('c');
    expect(nums.add('d')).toBe(2);
  });
});
