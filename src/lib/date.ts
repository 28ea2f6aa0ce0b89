const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2022-10-15` → `Oct 15, 2022` (or `October 15, 2022`); anything else is shown as written. Formatted by
 * hand: `toLocaleDateString` builds an Intl formatter on every call, which costs the library ~0.5 s for 500
 * cards on a slow machine.
 */
export function formatDate(iso: string, month: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const index = match ? Number(match[2]) - 1 : -1;
  if (!match || index < 0 || index > 11) return iso;
  return `${(month === 'long' ? LONG_MONTHS : MONTHS)[index]} ${Number(match[3])}, ${match[1]}`;
}
