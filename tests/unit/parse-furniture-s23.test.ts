/** Page furniture on never-seen articles (session 23): wiki apparatus, footnotes, bylines, notices, kickers, embedded posts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { isBoilerplate } from '../../ingest/parse/boilerplate.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const parseHtml = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents;
/** Each document as `type section: text`, short enough to compare whole. */
const compact = (documents: ReturnType<typeof parseText>) => documents.map((d) => `${d.type[0]} ${d.section ?? '-'}: ${d.text}`);

describe('wiki apparatus', () => {
  it('reads a wiki section label copied with its `[edit]` and no blank line under it as a heading, so its lines are its entries', () => {
    const text = [
      'Ostbury tram strike', '', 'Background[edit]', '', 'Tram crews worked eleven-hour shifts.', '',
      'Strike[edit]',
      '3 May 1911 – 400 drivers and conductors walk out.[4]',
      '21 June 1911 – The company agrees to a ten-hour day.[6]',
      'Legacy[edit]', '', 'A plaque was unveiled at the depot in 2011.', '',
      'See also[edit]', 'List of tramway strikes', 'References[edit]', '^ "Strike settled". Ostbury Echo. 22 June 1911.',
    ].join('\n');
    expect(compact(parseText(text))).toEqual([
      'p Background: Tram crews worked eleven-hour shifts.',
      'e Strike: 400 drivers and conductors walk out.',
      'e Strike: The company agrees to a ten-hour day.',
      'p Legacy: A plaque was unveiled at the depot in 2011.',
    ]);
  });

  it('reads a wiki page as a browser copies it today: its menu, unnumbered contents and infobox dropped, each heading over its lines', () => {
    const text = [
      'Jump to content', 'Main menu', 'Search', 'Create account', 'Log in', '', 'Contents hide', '(Top)', 'Background', 'Strike', 'Legacy',
      'Toggle the table of contents', 'Ostbury tram strike', '', 'From Wikipedia, the free encyclopedia', 'Ostbury tram strike',
      'Date\t3 May – 21 June 1911', 'Location\tOstbury, England', '',
      'The strike was an industrial dispute on the Ostbury tramway in 1911.[1]', '',
      'Background', 'Tram crews in Ostbury worked eleven-hour shifts for 24 shillings a week.[2]', '',
      'Strike', '3 May 1911 – 400 drivers and conductors walk out.[4]', '21 June 1911 – The company agrees to a ten-hour day and the strike ends.[6]',
      'Legacy', 'A plaque was unveiled at the depot in 2011, on the strike’s centenary.[7]',
    ].join('\n');
    expect(parseArticle(text, { slug: 't', format: 'text' }).title).toBe('Ostbury tram strike');
    expect(compact(parseText(text))).toEqual([
      'p -: The strike was an industrial dispute on the Ostbury tramway in 1911.',
      'p Background: Tram crews in Ostbury worked eleven-hour shifts for 24 shillings a week.',
      'e Strike: 400 drivers and conductors walk out.',
      'e Strike: The company agrees to a ten-hour day and the strike ends.',
      'p Legacy: A plaque was unveiled at the depot in 2011, on the strike’s centenary.',
    ]);
  });

  it('reads no dateline over a story’s first line as a heading', () => {
    expect(compact(parseText('Library closes\n\nOSTBURY, England\nThe council voted on Monday to close the library after a long campaign.\n\nIt will shut in May.'))).toEqual([
      'p -: OSTBURY, England The council voted on Monday to close the library after a long campaign.',
      'p -: It will shut in May.',
    ]);
  });

  it('drops a wiki page’s tabs, hatnotes, notices and footer copied as text', () => {
    for (const line of [
      'Retrieved from "https://en.wikipedia.org/w/index.php?title=Ostbury&oldid=1190000000"', 'Hidden categories: Articles with short description',
      'Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
      'Toggle the table of contents', 'Article Talk', 'Read Edit View history', 'Coordinates: 53°28′N 2°14′W',
      'This article is about the 1911 strike. For the 1926 strike, see General Strike.', '"Ostbury strike" redirects here. For other uses, see Ostbury (disambiguation).',
      'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.',
      'Main article: Tramways in Ostbury', 'Jump up to: a b Penrose, A. (1932).', 'Wikimedia Commons has media related to Ostbury tram strike.',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['This article is about how the council spent the money.', 'The strike ended. For more, see the report.', 'Tools']) expect(isBoilerplate(line), line).toBe(false);
  });

  it('reads no dated line under `Sources` or `Notes` as an entry: it cites a story of that day', () => {
    const text = [
      'Ostbury flood: a timeline', '', 'The river burst its banks twice in one winter.', '',
      '12 December 2023 – The first flood warning is issued.', '', '3 January 2024 – The river peaks at 4.2 metres.', '',
      'Sources', '', '12 December 2023 – Environment Agency flood bulletin.', '14 December 2023 – Ostbury Echo, "Sixty homes evacuated".',
    ].join('\n');
    expect(compact(parseText(text))).toEqual([
      'p -: The river burst its banks twice in one winter.',
      'e -: The first flood warning is issued.',
      'e -: The river peaks at 4.2 metres.',
    ]);
    // A year's heading of the section's rank ends it, as it ends any section.
    const html = '<article><h1>Flood</h1><p>The river rose.</p><h2>Notes</h2><ul><li>12 December 2023 – Agency bulletin.</li></ul><h2>2024</h2><p><b>3 January 2024</b> – The river peaks.</p><p><b>5 January 2024</b> – It falls.</p></article>';
    expect(compact(parseHtml(html))).toEqual(['p -: The river rose.', 'e -: The river peaks.', 'e -: It falls.']);
  });

  it('reads a wiki page copied without `[edit]` nor blank lines under its labels: sections over their dated lines, apparatus over its citations', () => {
    const text = [
      'Ostbury tram strike', '', 'The strike was a dispute on the Ostbury tramway.[1]', '',
      'Strike',
      '3 May 1911 – 400 drivers and conductors walk out.[4]',
      '21 June 1911 – The company agrees to a ten-hour day.[6]',
      'Legacy', '', 'A plaque was unveiled at the depot in 2011.[7]',
      'See also', 'List of tramway strikes', 'References', '^ Penrose, A. (1932). Memoirs of a tramwayman.', '^ a b "Tram men\'s wages". Ostbury Echo. 2 May 1911.',
    ].join('\n');
    expect(compact(parseText(text))).toEqual([
      'p -: The strike was a dispute on the Ostbury tramway.',
      'e Strike: 400 drivers and conductors walk out.',
      'e Strike: The company agrees to a ten-hour day.',
      'p Legacy: A plaque was unveiled at the depot in 2011.',
    ]);
    // A story's own `Notes` over its paragraph's first line is the story.
    expect(compact(parseText('Budget\n\nThe council met.\n\nNotes\nThe minutes were approved without a vote.'))).toEqual(['p -: The council met.', 'p -: Notes The minutes were approved without a vote.']);
  });
});


describe('wiki apparatus in HTML', () => {
  it('drops a reference list without a heading or a `reflist` around it, so its dates neither make entries nor hold the story after the timeline', () => {
    const html = '<html><body><div id="content"><h1>Tram strike</h1><div class="mw-parser-output"><p>The strike was a dispute in 1911.</p><h2>Strike</h2><ul><li>3 May 1911 – Drivers walk out.</li><li>21 June 1911 – The strike ends.</li></ul><p>The company later apologised.</p><ol class="references"><li><span class="mw-cite-backlink"><a href="#r1">↑</a></span> <span class="reference-text">4 May 1911. "Strike begins". The Times.</span></li></ol><div class="refbegin"><ul><li>22 June 1911 – Ostbury Echo, strike settled.</li></ul></div></div></div></body></html>';
    expect(compact(parseHtml(html))).toEqual(['p -: The strike was a dispute in 1911.', 'e Strike: Drivers walk out.', 'e Strike: The strike ends.', 'p Strike: The company later apologised.']);
  });
});

describe('footnotes', () => {
  it('drops footnote marks from plain text: `[note 1]`, Markdown’s `[^1]`, superscripts and carets, not a unit’s power', () => {
    const text = 'Library\n\nCampaigners called it "a betrayal of the town"[^1] and began a petition.[note 1] Critics disagreed.¹ Others said it was unsafe.²³ The library reopens with volunteer staff.^3 It has 40 m² of damp and 10³ books.';
    expect(compact(parseText(text))[0]).toBe('p -: Campaigners called it "a betrayal of the town" and began a petition. Critics disagreed. Others said it was unsafe. The library reopens with volunteer staff. It has 40 m² of damp and 10³ books.');
  });

  it('drops a wiki’s maintenance tags and a cited page, not a reference link’s definition', () => {
    const text = 'T\n\nThe bridge was built in 1962.[3]: 45 It was closed[when?] by the council.[by whom?] It was unsafe.[dubious – discuss] See [1]: https://example.org';
    expect(compact(parseText(text))).toEqual(['p -: The bridge was built in 1962. It was closed by the council. It was unsafe. See [1]: https://example.org']);
  });

  it('drops a plain text’s footnotes without a heading over them: `^ …` citations and Markdown’s `[^1]: …`', () => {
    const text = 'Library\n\n4 March 2021 – The petition passes 5,000 signatures.[^1]\n\n12 June 2021 – The library reopens.\n\n[^1]: The petition was hosted on the council’s website.\n[^2]: Minutes of the meeting, 9 April 2021.\n\n1. ^ Ostbury Echo, 4 March 2021.\n2. ^ a b Council press release, 9 April 2021.';
    expect(compact(parseText(text))).toEqual(['e -: The petition passes 5,000 signatures.', 'e -: The library reopens.']);
  });

  it('drops HTML footnote marks (`<sup>`, in-page links, typed `[12]`) and footnote lists, keeping a unit’s power and an ordinal', () => {
    const html = [
      '<article><h1>Library</h1>',
      '<p>It closed on 3 March 2021.<sup>1</sup> Campaigners called it "a betrayal"<sup><a href="#fn2">2</a></sup> and began a petition.</p>',
      '<p>Bell said: "We had no choice."<sup class="footnote-ref"><a href="#fn3">[3]</a></sup> Critics disagreed.<a href="#fn4"><sup>4</sup></a> Others agreed.<a href="#n5">[5]</a> It voted.[12][citation needed] See part <a href="#p2">2</a>. The 2<sup>nd</sup> floor had 40 m<sup>2</sup> of damp.</p>',
      '<section class="footnotes" role="doc-endnotes"><ol><li id="fn1"><p>Ostbury Echo, 3 March 2021. <a href="#fnref1">↩︎</a></p></li></ol></section>',
      '<ol><li>^ Smith, J. (2020). The Library Question. p. 4.</li></ol><p>1. ^ "Library reopens". Ostbury Echo.</p>',
      '</article>',
    ].join('');
    expect(compact(parseHtml(html))).toEqual([
      'p -: It closed on 3 March 2021. Campaigners called it "a betrayal" and began a petition.',
      'p -: Bell said: "We had no choice." Critics disagreed. Others agreed. It voted. See part 2. The 2nd floor had 40 m2 of damp.',
      'q -: We had no choice.',
    ]);
  });
});

describe('footnote plugins', () => {
  it('drops WordPress footnote plugins’ marks, inline notes and lists (core’s wp-block-footnotes, Easy Footnotes, Modern Footnotes)', () => {
    const html = '<article><h1>Library</h1><p>The library closed on 3 March 2021.<sup class="modern-footnotes-footnote"><a href="javascript:void(0)">1</a></sup><span class="modern-footnotes-footnote__note">Ostbury Echo, 3 March 2021.</span> Campaigners were furious.<span class="easy-footnote"><a href="#easy-footnote-bottom-2"><sup>2</sup></a></span></p><p>It reopened later.</p><ol class="wp-block-footnotes"><li>Council minutes, 9 April 2021. <a href="#x">↩︎</a></li></ol><ol class="easy-footnotes-wrapper"><li>Echo, 4 March 2021.</li></ol></article>';
    expect(compact(parseHtml(html))).toEqual(['p -: The library closed on 3 March 2021. Campaigners were furious.', 'p -: It reopened later.']);
  });
});

describe('bylines', () => {
  it('drops bylines in capitals, with `&`, a place, a handle, a stamp or a paper, a wire’s, and credits by story, interview or photographs', () => {
    for (const line of [
      'BY JANE DOE AND JOHN ROE', 'By Jane Doe & John Roe', 'By Jane Doe in Ostbury', 'By Jane Doe @janedoe', 'By Jane Doe on March 3, 2024',
      'By Jane Doe Published March 3, 2024', 'Compiled by Kim Sato and Jane Doe for the Ostbury Echo', 'Posted by Jane Doe',
      'By the Associated Press', 'BY THE ASSOCIATED PRESS', 'Jane Doe, Associated Press', 'Jane Doe | Reuters',
      'Story by Jane Doe', 'Interview by Jane Doe', 'Photographs by Sam Oyelaran',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of [
      'Contributing: Jane Doe, USA TODAY; The Associated Press', 'With reporting by Jane Doe in Ostbury', 'About the author: Jane Doe is a reporter at the Echo.',
      'Jane Doe is on X as @janedoe', 'Follow Jane Doe on X: @janedoe', 'Jane Doe writes about transport for the Ostbury Echo.',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Words: Tom Reid', 'Author: Amy Lee', 'Reporting: Kim Sato. Editing: Tom Reid.', 'WORDS: TOM REID | PICTURES: KIM SATO']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Text: The council voted to close it.', 'Editor: Tom Reid said the paper would fight']) expect(isBoilerplate(line), line).toBe(false);
    for (const line of ['Follow the money on Instagram', 'Tom Reid is on the council as @tomreid', 'Kim Sato writes about her life for the first time.']) expect(isBoilerplate(line), line).toBe(false);
    for (const line of ['By Tuesday, Ostbury had no bridge.', 'By March the council had voted', 'Jane Doe and John Roe', 'Tom Reid, NHS', 'Written by Kate Bush and produced by Del Palmer']) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('reads writers’ names alone over the page’s stamp at the top as the byline, not a heading over the story', () => {
    const text = 'Kestwick floods: hundreds evacuated\n\nJane Doe and Tom Reid\nTue 14 Nov 2023 18.02 GMT\n\nThe river burst its banks on Tuesday morning.';
    expect(compact(parseText(text))).toEqual(['p -: The river burst its banks on Tuesday morning.']);
    // Not a name over an entry's date further down.
    const timeline = 'Floods\n\nThe river rose.\n\nThe council met.\n\nIt voted.\n\nHarriet Oduya\n14 November 2023\n\nShe resigned.\n\n15 November 2023\n\nA new leader.';
    expect(parseText(timeline).map((d) => d.section)).toContain('Harriet Oduya');
  });

  it('reads names alone in a paragraph under an HTML headline as the byline, its date beside it the page’s', () => {
    for (const byline of ['<p>Jane Doe and Tom Reid</p><p>Tue 14 Nov 2023 18.02 GMT</p>', '<p>Jane Doe and Tom Reid<br>Tue 14 Nov 2023 18.02 GMT</p>', '<div><a href="/profile/jd">Jane Doe</a> and <a href="/profile/tr">Tom Reid</a></div>']) {
      const html = `<article><h1>Kestwick floods</h1>${byline}<p>The river burst its banks on Tuesday morning.</p><h3>Harriet Oduya</h3><p>The council leader.</p></article>`;
      expect(compact(parseHtml(html)), byline).toEqual(['p -: The river burst its banks on Tuesday morning.', 'p Harriet Oduya: The council leader.']);
    }
  });

  it('drops a live blog’s key events, each link under its stamp, and keeps a story’s own `Key events` over its points', () => {
    const text = 'Floods live\n\nKey events\n2h ago\nCouncil declares major incident\n4h ago\nSchools closed\n\nThe river burst its banks on Tuesday.';
    expect(compact(parseText(text))).toEqual(['p -: The river burst its banks on Tuesday.']);
    expect(compact(parseText('Floods\n\nThe river rose.\n\nKey events\n\n- Schools closed\n- Roads shut'))).toEqual(['p -: The river rose.', 'p Key events: Schools closed', 'p Key events: Roads shut']);
  });

  it('drops a wire’s credit closing the last paragraph, `(Reporting by …; Editing by …)`, keeping the paragraph', () => {
    const text = 'Bridge deal\n\nThe council approved the deal on Monday. Work begins in May. (Reporting by Jane Doe in Ostbury; Editing by Tom Reid)\n\nThe bridge was built (by hand) in 1962.';
    expect(compact(parseText(text))).toEqual(['p -: The council approved the deal on Monday. Work begins in May.', 'p -: The bridge was built (by hand) in 1962.']);
  });

  it('drops a writer’s `— Name` sign-off under the story, and reads one under a paragraph that is only a quotation as its credit', () => {
    const text = 'Bridge\n\n3 March 2024 – The vote passes.\n\n5 March 2024 – Contractors are appointed.\n\n— Jane Doe, Associated Press\n\n-- Tom Reid, Ostbury Echo';
    expect(compact(parseText(text))).toEqual(['e -: The vote passes.', 'e -: Contractors are appointed.']);
    const html = '<article><h1>Bridge</h1><p>The council met on Monday.</p><p>“We will fight this all the way.”</p><p>— Jane Doe, union leader</p><p>The vote was delayed.</p><p>— Tom Reid, Associated Press</p></article>';
    const documents = parseHtml(html);
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([['We will fight this all the way.', 'Jane Doe']]);
    expect(documents.filter((d) => d.type === 'passage').map((d) => d.text)).toEqual(['The council met on Monday.', '“We will fight this all the way.” — Jane Doe, union leader', 'The vote was delayed.']);
  });
});

describe('notices that became passages', () => {
  it('drops author bios, affiliate notices, channel invitations and a live blog’s closing note; keeps a story’s `former editor` and a nurse', () => {
    for (const line of [
      'Jane Doe is a senior reporter covering health and social care for the Ostbury Echo.',
      'Jane Doe is a senior reporter at the Ostbury Echo, where she covers transport. She previously worked at the BBC.',
      'Tom Reid is the Echo’s political editor. Follow him on X @tomreid.', 'Kim Sato covers transport for the Ostbury Echo.',
      'We may earn a commission when you buy through links on our site.',
      'This article contains affiliate links. If you buy through them, we may earn a commission at no extra cost to you.',
      'Join our WhatsApp channel', 'Join the Ostbury Echo on WhatsApp', 'Read also: Council votes to close library', 'ALSO READ',
      'This live blog is now closed. You can read our latest coverage here.', 'We have now closed this live blog.', 'We’re pausing our live coverage for now.',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of [
      'Tom Reid is a former editor of the Echo who now runs the campaign.', 'Kim Sato is a reporter who was injured in the blast.',
      'Kim Sato is the paper’s editor, and she told the inquiry she had seen the memo.', 'Jane Doe is a nurse who has lived in Ostbury for 20 years.',
      'Join the protest on Saturday', 'We have now closed the gates of the park for the night.',
    ]) expect(isBoilerplate(line), line).toBe(false);
  });

  it('drops a site’s own asks and labels: follow, send us, alerts, a paywall’s lines, video and comment controls, a sponsor', () => {
    for (const line of [
      'Like us on Facebook', 'Send us your photos and videos at pics@echo.co.uk', 'For the latest news, follow us on X', 'Get breaking news alerts on your phone',
      'This article is for subscribers only.', 'Subscribe to continue reading.', 'Already a subscriber? Log in', 'Watch the video above',
      'Newsletter: Get the day’s top stories', 'Sponsored by Acme Ltd', 'Show comments', 'Please log in to leave a comment.',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['The concert was sponsored by Acme Ltd.', 'Sponsored by the council, the scheme ran for a year and helped 400 families.', 'Send us your thoughts, the mayor told residents.']) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('reads a notice without the emoji or arrow set before it: `📲 Join our WhatsApp channel`, `► READ MORE: …`', () => {
    for (const line of ['📲 Join our WhatsApp channel', '👉 Read also: Council votes to close library', '► READ MORE: Council votes', '➡️ Read more: The pool']) expect(isBoilerplate(line), line).toBe(true);
    expect(isBoilerplate('🚨 The bridge has collapsed.')).toBe(false);
  });

  it('drops a `Read also` label and its link on the next line or paragraph, in text and HTML', () => {
    const text = 'Library\n\nThe council voted to close the library.\n\nREAD ALSO\nCouncil votes to sell the town hall\n\nThe vote was 7-2.';
    expect(compact(parseText(text))).toEqual(['p -: The council voted to close the library.', 'p -: The vote was 7-2.']);
    const html = '<article><h1>Library</h1><p>The council voted to close the library.</p><p>READ MORE</p><p><a href="/y">Town hall sold</a></p><p>The vote was 7-2.</p><div class="read-also"><span>Read also</span><a href="/z">Pool closes</a></div></article>';
    expect(compact(parseHtml(html))).toEqual(['p -: The council voted to close the library.', 'p -: The vote was 7-2.']);
  });

  it('joins an update’s label standing alone to its words: the words are the story, the label no passage', () => {
    const text = 'Library\n\nThe council voted to close the library.\n\nUpdate, 3 May:\n\nThe council has reversed its decision.\n\nUPDATE:\n\nThe library reopens in June.\n\nCorrection:\n\nAn earlier version of this story misstated the date of the vote.';
    expect(compact(parseText(text))).toEqual(['p -: The council voted to close the library.', 'p -: Update, 3 May: The council has reversed its decision.', 'p -: UPDATE: The library reopens in June.']);
    const html = '<article><h1>Library</h1><p>The council voted to close the library.</p><p><strong>Update (3 May):</strong></p><p>The council has reversed its decision.</p></article>';
    expect(compact(parseHtml(html))).toEqual(['p -: The council voted to close the library.', 'p -: Update (3 May): The council has reversed its decision.']);
    // A heading `Updates` is its section's, not a label to join.
    expect(compact(parseHtml('<article><h1>Library</h1><p>The council voted.</p><h2>Updates</h2><p>It reversed its decision.</p></article>'))).toEqual(['p -: The council voted.', 'p Updates: It reversed its decision.']);
  });
});

describe('kickers and menus', () => {
  it.each(['EXCLUSIVE:', 'WATCH', 'Crime & Courts', 'Climate crisis', 'Environment', 'Home » News » Local'])('reads `%s` over the headline as a kicker, never the title', (kicker) => {
    const text = `${kicker}\n\nCouncil leader quits over library closure\n\nThe leader of Ostbury council resigned on Monday.`;
    expect(parseArticle(text, { slug: 't', format: 'text' }).title).toBe('Council leader quits over library closure');
    expect(compact(parseText(text))).toEqual(['p -: The leader of Ostbury council resigned on Monday.']);
  });

  it.each(['Politics\nCouncil leader quits over library closure', 'UK News\nCouncil leader quits over library closure', 'News\nSport\nWeather\n\nCouncil leader quits over library closure'])(
    'reads a desk’s name right over the headline, and a menu of desks a line each, as chrome: %j',
    (top) => {
      const text = `${top}\n\nThe leader of Ostbury council resigned on Monday.`;
      expect(parseArticle(text, { slug: 't', format: 'text' }).title).toBe('Council leader quits over library closure');
      expect(compact(parseText(text))).toEqual(['p -: The leader of Ostbury council resigned on Monday.']);
    },
  );

  it('drops a menu line of short items anywhere, never a heading over the story; keeps a heading set with slashes', () => {
    const text = 'Council leader quits\n\nThe leader resigned on Monday.\n\nHome | News | Sport | Business\n\nShe had led it since 2019.';
    expect(compact(parseText(text))).toEqual(['p -: The leader resigned on Monday.', 'p -: She had led it since 2019.']);
    expect(isBoilerplate('Before / During / After')).toBe(false);
  });
});

describe('embedded posts', () => {
  it('reads a post pasted with its credit on the same line as the poster’s quotation, without its picture link; a credit line alone is never a passage', () => {
    const text = [
      'Library: reaction', '', 'The council voted on Monday to close the library.', '',
      'Absolutely devastated that our library is closing. It was a lifeline for my kids. pic.twitter.com/AbC123xyz — Jane Doe (@janedoe) March 3, 2024', '',
      'The vote is a disgrace https://t.co/Xy12AbCd — Tom Reid (@tomreid_mp) March 4, 2024', '',
      'Reaction', '', '— Ostbury Library Friends (@OstburyLibFriends) March 4, 2024',
    ].join('\n');
    const documents = parseText(text);
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([
      ['Absolutely devastated that our library is closing. It was a lifeline for my kids.', 'Jane Doe'],
      ['The vote is a disgrace', 'Tom Reid'],
    ]);
    expect(documents.map((d) => d.text).join('\n')).not.toMatch(/pic\.twitter|t\.co\/|Ostbury Library Friends/);
  });
});

describe('embedded posts with their time', () => {
  it('reads a post’s credit with its time (Bluesky’s `March 3, 2024 at 10:15 AM`, X’s `3:15 PM · Mar 3, 2024`) as its credit', () => {
    const html = '<article><h1>Reaction</h1><p>The council voted.</p><blockquote class="bluesky-embed"><p>Absolutely devastated that our library is closing today.</p>&mdash; Jane Doe (<a href="#">@janedoe.bsky.social</a>) <a href="#">March 3, 2024 at 10:15 AM</a></blockquote></article>';
    expect(parseHtml(html).filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([['Absolutely devastated that our library is closing today.', 'Jane Doe']]);
    const text = 'Reaction\n\nThe council voted.\n\nWe will fight on till the end.\n— Kim Sato (@kimsato) 3:15 PM · Mar 3, 2024';
    expect(parseText(text).filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([['We will fight on till the end.', 'Kim Sato']]);
  });
});

describe('a post copied from X’s page', () => {
  it('reads the name, handle, post and stamp lines as the poster’s quotation, never a passage of the chrome', () => {
    const text = 'Library reaction\n\nThe council voted to close the library.\n\nJane Doe\n@janedoe\nAbsolutely devastated that our library is closing. It was a lifeline.\n3:15 PM · Mar 3, 2024\n\nProtesters gathered on Tuesday.';
    const documents = parseText(text);
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([['Absolutely devastated that our library is closing. It was a lifeline.', 'Jane Doe']]);
    expect(documents.map((d) => d.text).join('\n')).not.toMatch(/3:15 PM|^Jane Doe @janedoe/m);
  });
});

describe('a news page thick with furniture (furniture-pool-closure.html)', () => {
  const html = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'furniture-pool-closure.html'), 'utf8');
  const { title, documents } = parseArticle(html, { slug: 'pool', format: 'html' });
  const events = documents.filter((d) => d.type === 'event');

  it('takes the headline, not the kicker, and reads the ten entries without their footnote marks', () => {
    expect(title).toBe('How Kestwick lost its swimming pool');
    expect(events.map((d) => d.date)).toEqual(['2023-01-09', '2023-02-02', '2023-03-14', '2023-06-20', '2023-09-05', '2023-11-28', '2024-01-15', '2024-04-30', '2024-07-01', '2025-05-02', '2025-05-14']);
    expect(events[0]!.text).toBe('A structural survey finds corroded steel in the roof of the main hall.');
    expect(documents[0]).toMatchObject({ type: 'passage', text: "The Riverside Baths had served Kestwick since 1936. Its closure split the town, and the council's own figures were disputed." });
  });

  it('credits the quotations, the campaign’s post by its handle’s name', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.date])).toEqual([
      ['Harriet Oduya', '2023-03-14'],
      ['Save Riverside Baths', '2023-09-05'],
      ['Niall Brennan', '2024-04-30'],
    ]);
  });

  it('makes no document of the menu, byline, notices, link, sources, footnotes, sign-off or bio', () => {
    const all = documents.map((d) => d.text).join('\n');
    for (const furniture of ['Home |', 'ANALYSIS', 'ALINA MARSH', 'commission', 'Read also', 'Leisure centre budget', 'WhatsApp', 'structural survey summary', 'Cabinet minutes', 'Local History Society', 'Halden Engineering', '— Alina Marsh', 'senior reporter', '[citation needed]']) {
      expect(all, furniture).not.toContain(furniture);
    }
    expect(all).toContain('The council has since said the new centre will include a 25-metre pool.');
  });
});

describe('kickers in HTML', () => {
  it.each([
    '<h1><span class="kicker">EXCLUSIVE</span> Council leader quits over library</h1>',
    '<h1><span>Analysis</span>Council leader quits over library</h1>',
    '<p class="section">Politics</p><h1>Council leader quits over library</h1>',
  ])('reads the headline without its kicker, and the kicker as no passage: %s', (top) => {
    const { title, documents } = parseArticle(`<html><body><article>${top}<p>The leader resigned on Monday.</p></article></body></html>`, { slug: 'h', format: 'html' });
    expect(title).toBe('Council leader quits over library');
    expect(compact(documents)).toEqual(['p -: The leader resigned on Monday.']);
  });
});

describe('a news page copied whole as text', () => {
  const top = [
    'Skip to main content', 'Skip to navigation', 'Print subscriptions', 'Search jobs', 'Sign in', 'UK edition',
    'The Guardian - Back to home', 'News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', '',
    'Council leader quits after pool closure row', '',
  ];
  const story = ['The leader of Kestwick council has resigned after months of protest.', '', '9 January 2023 – A survey finds corroded steel in the roof.', '', '2 February 2023 – The pool closes.', ''];

  it('reads its links at the top (skip links, a short menu between them, the edition, the link home, the desks) as chrome, never the title', () => {
    const { title, documents } = parseArticle([...top, ...story].join('\n'), { slug: 't', format: 'text' });
    expect(title).toBe('Council leader quits after pool closure row');
    expect(compact(documents)).toEqual(['p -: The leader of Kestwick council has resigned after months of protest.', 'e -: A survey finds corroded steel in the roof.', 'e -: The pool closes.']);
    expect(['UK edition', 'US edition', 'The Guardian - Back to home', 'Skip to navigation'].map(isBoilerplate)).toEqual([true, true, true, true]);
    expect(['The UK edition of the magazine closed in 2019.', 'Back to home, the crews found the depot flooded.'].map(isBoilerplate)).toEqual([false, false]);
  });

  it('keeps two short lines at the top that no chrome follows: a title over its subtitle', () => {
    const { title, documents } = parseArticle(['Flood Defences', 'A Timeline', '', ...story].join('\n'), { slug: 't', format: 'text' });
    expect(title).toBe('Flood Defences');
    expect(documents.some((document) => document.text === 'A Timeline')).toBe(true);
  });
});
