import { describe, expect, it } from 'vitest';

import { parseDecimal } from '../../src/domain/parse-decimal';

describe('parseDecimal', () => {
  it.each([
    ['12', 'en', 12],
    ['12.5', 'en', 12.5],
    ['12,5', 'vi', 12.5],
    ['12.5', 'vi', 12.5],
    ['0,25', 'en', 0.25],
    [' 1 234,5 ', 'vi', 1234.5],
    ['1.234,5', 'vi', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['1,234', 'en', 1234],
    ['1.234', 'vi', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'vi', 1.234],
    ['-2', 'en', -2],
  ] as const)('reads %j in %s as %d', (text, language, value) => {
    expect(parseDecimal(text, language)).toBe(value);
  });

  it.each(['', 'abc', '12a', '1-2', '..', '1e5x'])('refuses %j', (text) => {
    expect(parseDecimal(text, 'en')).toBeNull();
    expect(parseDecimal(text, 'vi')).toBeNull();
  });
});
