/** What a message that mentions the bot asks for: who said a quote, or a question. */
export type MentionRequest = { kind: 'who-said'; quote: string } | { kind: 'ask'; question: string } | null;

const QUOTED = /["“«„]([^"”»“]{3,})["”»“]|'([^']{3,})'|‘([^’]{3,})’/;

/** Reads "@Verbatim who said 'unite around our president'?" or "@Verbatim what did Peskov say?". */
export function parseMention(content: string, botId: string): MentionRequest {
  const text = content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const whoSaid = /^(?:who\s+said|who\s+says|who\s+wrote|who\s+told)\b[\s:,-]*(.*)$/i.exec(text);
  if (whoSaid) {
    const rest = whoSaid[1] ?? '';
    const quoted = QUOTED.exec(rest);
    const quote = (quoted?.[1] ?? quoted?.[2] ?? quoted?.[3] ?? rest).replace(/[?\s]+$/, '').trim();
    return quote ? { kind: 'who-said', quote } : null;
  }
  return { kind: 'ask', question: text };
}
