/**
 * COMMENTS_HEADING and SECTION_WITH_QUOTED_TITLE are asked only of a text whose last character may
 * close them (mayCloseCommentsHeading, closesQuotation). A guard that refused one of their matches
 * would let readers' comments into the story, or read a subheading as a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { isCommentsHeading, mayCloseCommentsHeading } from '../../ingest/parse/boilerplate.ts';
import { closesQuotation, looksLikeSubheading } from '../../ingest/parse/text-blocks.ts';

/** The two patterns as they are, asked without the guards. */
const COMMENTS_HEADING =
  /^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|comments?|replies|reactions?)\s+(?:on|to)\s+["“‘'].+["”’']|discussion about this (?:post|article|story))$/iu;
const SECTION_WITH_QUOTED_TITLE =
  /^(?:interview|analysis|comment|opinion|explainer|profile|review|q&a|transcript|background|editorial|factbox|verdict|the interview|in full)\s*:\s+["“‘'][^"“”]{3,80}["”’']$/iu;

const everyCharacter = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((character) => !/[\uD800-\uDFFF]/.test(character));

describe('mayCloseCommentsHeading', () => {
  it('admits every ending that COMMENTS_HEADING may close with, of every BMP character', () => {
    for (const character of everyCharacter) {
      for (const text of [`3 thoughts on “The bridge saga${character}`, `Discussion about this pos${character}`, `Discussion about this articl${character}`, `Discussion about this stor${character}`]) {
        if (COMMENTS_HEADING.test(text)) expect(mayCloseCommentsHeading(text), text).toBe(true);
      }
    }
  });

  it('answers as the pattern does on the fixture lines and on headings of every kind', () => {
    const headings = ['3 thoughts on “The bridge saga”', 'One response to "Ferry cuts"', 'TWO COMMENTS ON ‘X’', 'Discussion about this post', 'DISCUSSION ABOUT THIS STORY', 'Discussion about this Article'];
    for (const heading of headings) expect(isCommentsHeading(heading), heading).toBe(true);
    let found = 0;
    for (const line of [...fixtureLines(), ...headings]) {
      expect(isCommentsHeading(line), line).toBe(COMMENTS_HEADING.test(line));
      if (COMMENTS_HEADING.test(line)) found += 1;
    }
    expect(found).toBeGreaterThanOrEqual(headings.length);
    expect(mayCloseCommentsHeading('')).toBe(false);
  });
});

describe('closesQuotation', () => {
  it('admits every ending that SECTION_WITH_QUOTED_TITLE may close with, of every BMP character', () => {
    for (const character of everyCharacter) {
      const text = `Interview: "I have nothing to hide${character}`;
      if (SECTION_WITH_QUOTED_TITLE.test(text)) expect(closesQuotation(text), text).toBe(true);
    }
  });

  it('leaves looksLikeSubheading reading a section’s quoted title, and the fixture lines as the pattern does', () => {
    for (const title of ['Interview: "I have nothing to hide"', 'ANALYSIS: ‘A bridge too far’', 'In full: “We will not resign”', "Verdict: 'Guilty on all counts'"]) expect(looksLikeSubheading(title), title).toBe(true);
    for (const line of fixtureLines()) if (SECTION_WITH_QUOTED_TITLE.test(line)) expect(closesQuotation(line), line).toBe(true);
  });
});
