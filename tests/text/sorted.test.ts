import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/text/sorted.ts';

const start = (range: { start: number }) => range.start;

describe('lowerBound', () => {
  const ranges = [0, 10, 10, 25, 40].map((n) => ({ start: n }));

  it('finds the first item at or after a value, equal keys included', () => {
    expect(lowerBound(ranges, 10, start)).toBe(1);
    expect(lowerBound(ranges, 11, start)).toBe(3);
    expect(lowerBound(ranges, 0, start)).toBe(0);
    expect(lowerBound(ranges, -5, start)).toBe(0);
  });

  it('gives the length past the last item, and 0 for no items', () => {
    expect(lowerBound(ranges, 41, start)).toBe(5);
    expect(lowerBound([], 3, start)).toBe(0);
  });

  it('agrees with a linear scan on every value of a longer list', () => {
    const keys = Array.from({ length: 200 }, (_, i) => ({ start: Math.floor(i * 1.7) }));
    for (let value = -1; value < 345; value++) {
      const linear = keys.findIndex((k) => k.start >= value);
      expect(lowerBound(keys, value, start)).toBe(linear === -1 ? keys.length : linear);
    }
  });
});
