// A test article, written for these tests, on speakers named outside the usual "X said": in the
// paragraph after their words, in a "For X," that frames the sentence, as a share of a group, or as
// the one answering an interview's questions.
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('ferry crews (framed and following attributions)', () => {
  const { result } = article('ferry-crews.txt');

  it('"“A.” / Those were the words of X, …": the next paragraph names whose words they were', () => {
    const q = find(result, 'We are done waiting');
    expect(q.speaker).toBe('Maeve Corrigan');
    expect(q.role).toBe('crew representative');
  });

  it('"For X, the answer is simple: “A”": the person the sentence is framed for, not "the answer"', () => {
    expect(find(result, 'Put a real offer on the table').speaker).toBe('Tomas Reilly');
  });

  it('"81 percent of deckhands said they …": a share of a group speaks as that group, and "they" is it', () => {
    expect(find(result, 'worked a double shift').speaker).toBe('81 percent of deckhands');
    expect(find(result, 'rosters were changed without notice').speaker).toBe('81 percent of deckhands');
  });
});

describe("kitchen interview (answers under an interviewer's questions)", () => {
  const { result } = article('kitchen-interview.txt');

  it('an answer with no attribution, after a question, is the interviewee\'s, not the crews\' who "ask"', () => {
    expect(find(result, 'Rye, always rye').speaker).toBe('Odile Marchetti');
  });

  it('an answer after her brother has spoken is still hers: the one the questions are put to', () => {
    expect(find(result, 'She bakes, I deliver').speaker).toBe('Piero Marchetti');
    expect(find(result, 'Only Christmas').speaker).toBe('Odile Marchetti');
  });
});
