import type { AttributionKind } from '../attribution/types.ts';

/** Quote marks only around words somebody said verbatim: reported and indirect speech is not a quotation. */
export function quoted(text: string, kind: AttributionKind | undefined): string {
  return kind === 'direct' ? `“${text}”` : text;
}
