/** A span of the analysed text: JavaScript string indices, end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * - direct: words inside quote marks
 * - reported: unquoted speech closed by ", Speaker said."
 * - indirect: "Speaker confirmed that …"
 */
export type AttributionKind = 'direct' | 'reported' | 'indirect';

export interface Attribution {
  kind: AttributionKind;
  /** The words attributed, without the enclosing quote marks. */
  quote: string;
  /** Offsets of the attributed words in the analysed text (a direct quote's span includes its marks). */
  start: number;
  end: number;
  /** Canonical name ("Vladimir Putin"), or null where no speaker could be found. */
  speaker: string | null;
  /** The speaker's role as the document gives it ("Russian president"), or null. */
  role: string | null;
  /** The local words the attribution rests on ("he", "the Russian president", "Putin"). */
  mention: Span | null;
  /** The reporting verb or phrase ("said", "according to"), or null. */
  cue: string | null;
  /**
   * The quoted pieces (marks included) when a direct quote is interrupted by its attribution
   * ("“A,” she said. “B.”") or runs across paragraphs; absent for a single piece.
   */
  parts?: { start: number; end: number }[];
}

export type EntityKind = 'person' | 'organization';

/** One entry of a document's table of people (and organisations that speak, such as "the Kremlin"). */
export interface Person {
  name: string;
  role: string | null;
  kind: EntityKind;
  /** Other ways the document names this entity: surname, role descriptions. */
  aliases: string[];
}

export interface DocumentAttribution {
  quotes: Attribution[];
  people: Person[];
}
