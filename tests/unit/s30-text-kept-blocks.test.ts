/**
 * textToBlocks keeps, beside its blocks, whether each is a line already found not to be furniture
 * (keptAt), and asks isBoilerplate again only of the others. The flags must follow the blocks when
 * one is popped or replaced: a flag left behind would keep furniture that only its joined lines make.
 */
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../ingest/parse/text-blocks.ts';

const STORY = 'The parish council met on Tuesday to agree the budget for the coming year.';

describe('textToBlocks’ kept blocks', () => {
  it('drops furniture made of two lines after a site’s name is popped for its menu', () => {
    // `Pelham Village News` is a kept line's block, popped under the menu row: the next block,
    // `Reuse this content` joined from its lines, takes its place and must be asked again.
    const text = `Pelham Village News\n\nHome   About   Parish Council   Contact\n\nReuse this\ncontent\n\n${STORY}\n`;
    expect(textToBlocks(text).map((block) => block.text)).toEqual([STORY]);
  });

  it('drops the same furniture with nothing popped before it', () => {
    expect(textToBlocks(`Reuse this\ncontent\n\n${STORY}\n`).map((block) => block.text)).toEqual([STORY]);
  });

  it('keeps the lines found to be story as their blocks', () => {
    const text = `Council budget\n\nMarch 3, 2024\n\n${STORY}\n\nBackground\n\nThe vote was close.\n`;
    expect(textToBlocks(text).map((block) => block.text)).toEqual(['Council budget', 'March 3, 2024', STORY, 'Background', 'The vote was close.']);
  });
});
