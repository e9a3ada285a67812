/** "1 quote", "2 quotes", "1 person", "3 people". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
