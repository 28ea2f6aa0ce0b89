/** `2022-10-15` → `Oct 15, 2022`; anything that is not such a date is shown as written. */
export function formatDate(iso: string, month: 'short' | 'long' = 'short'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en', { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' });
}
