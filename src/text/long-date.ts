/**
 * A document's date as a reader writes it in their language: "4 March 2022", "4. März 2022".
 * English is written day-first, as news datelines are; other languages follow their own order.
 * @example
 * longDate('2022-03-04', 'en-US') // "4 March 2022"
 * longDate('2022-03-04T10:00', 'de') // "4. März 2022"
 * longDate('sometime', 'en') // null
 */
export function longDate(date: string | null, locale: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!day) return null;
  const [, year, month, dayOfMonth] = day.map(Number) as [number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (Number.isNaN(at.getTime())) return null;
  const language = locale.toLowerCase().startsWith('en') ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
