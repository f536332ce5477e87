import { describe, expect, it } from 'vitest';
import { holdsInterviewHint, INTERVIEW_HINT, intervieweesNamed } from '../../ingest/parse/names.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('holdsInterviewHint answers as INTERVIEW_HINT (session 29, names)', () => {
  it('agrees with the pattern on every fixture line', () => {
    let held = 0;
    for (const line of fixtureLines()) {
      expect(holdsInterviewHint(line), line).toBe(INTERVIEW_HINT.test(line));
      if (INTERVIEW_HINT.test(line)) held += 1;
    }
    expect(held).toBeGreaterThan(0);
  });

  it('agrees with the pattern on each word at the start, the end and inside a text, whole or cut', () => {
    const words = ['nterview', 'Interview', 'interviewed', 'Q&A', 'onversation', 'Conversation', 'spoke', 'spokesman', 'talked', 'nterviex', 'nterv', 'Q&', '&A', 'onversatio', 'spok', 'talke', 'alked', 'v', 'k', 'kv'];
    const texts: string[] = [];
    for (const word of words) {
      for (const text of [word, `${word} x`, `x ${word}`, `a ${word} b`, `${word}${word}`, `vk ${word}`, `${word.slice(1)}`, `${word.slice(0, -1)}`]) texts.push(text);
    }
    for (let index = 0; index < 2000; index += 1) {
      // Random texts of the hint's letters: many near misses and overlaps.
      const letters = 'ntervwiQ&Aoscpkald ';
      let text = '';
      for (let length = Math.floor(Math.random() * 30); length > 0; length -= 1) text += letters[Math.floor(Math.random() * letters.length)];
      texts.push(text);
    }
    for (const text of texts) expect(holdsInterviewHint(text), text).toBe(INTERVIEW_HINT.test(text));
  });

  it('still finds the interviewee', () => {
    expect(intervieweesNamed(['Interview with Tomas Ilinca', 'Q: Why now?'])).toEqual(['Tomas Ilinca']);
    expect(intervieweesNamed(['We spoke to Dana Whitfield about the budget.'])).toEqual(['Dana Whitfield']);
  });
});
