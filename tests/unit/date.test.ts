import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/date.ts';

describe('formatDate', () => {
  it.each([
    ['2022-10-15', 'short', 'Oct 15, 2022'],
    ['2024-01-09', 'long', 'January 9, 2024'],
    ['2025-12-31', 'short', 'Dec 31, 2025'],
  ] as const)('%s (%s) → %s', (iso, month, text) => {
    expect(formatDate(iso, month)).toBe(text);
  });

  it.each(['2022-13-01', 'soon', '2022-1-5'])('shows %j as written', (text) => {
    expect(formatDate(text)).toBe(text);
  });
});
