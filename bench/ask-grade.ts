import { answerKey } from './ask-questions.ts';

/** A ranked answer, as `/ask` and the baseline both give it: which paragraph of which document. */
export interface RankedParagraph {
  docId: string;
  paragraph: number;
}

export interface AskScores {
  n: number;
  hit1: number;
  hit3: number;
  mrr5: number;
}

const DEPTH = 5;

/** The 1-based rank of the first answer among the top five that is gold, or null when none is. */
export function goldRank(answers: readonly RankedParagraph[], gold: ReadonlySet<string>): number | null {
  const at = answers
    .slice(0, DEPTH)
    .findIndex((answer) => gold.has(answerKey(answer.docId, answer.paragraph)));
  return at < 0 ? null : at + 1;
}

/** hit@1, hit@3 (shares) and MRR@5 over some questions' gold ranks. */
export function scores(ranks: ReadonlyArray<number | null>): AskScores {
  const n = ranks.length;
  const share = (test: (rank: number) => boolean) =>
    n === 0 ? 0 : ranks.filter((rank) => rank !== null && test(rank)).length / n;
  const reciprocal = ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0);
  return {
    n,
    hit1: share((rank) => rank === 1),
    hit3: share((rank) => rank <= 3),
    mrr5: n === 0 ? 0 : reciprocal / n,
  };
}
