/** Furniture read in session 25: a byline of names alone under a plain text's headline, and a never-seen news page. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;

describe('names alone under a plain text’s headline, with no stamp under them', () => {
  const story = (byline: string, gap = '\n\n') =>
    `Council closes Ostbury pool after 40 years${gap}${byline}\n\nThe council voted on Tuesday to close the pool, citing rising costs and falling revenues over a life of 40 years.\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed for repairs.\n`;
  const read = (text: string) => parseText(text).map((d) => [d.section ?? null, d.text]);
  const withoutByline = [
    [null, 'The council voted on Tuesday to close the pool, citing rising costs and falling revenues over a life of 40 years.'],
    [null, 'The first inspection found cracks.'],
    [null, 'The pool closed for repairs.'],
  ];

  for (const byline of ['Jane Smith and Tom Lee', 'Jane Smith, Tom Lee and Ana Ruiz', 'Jane Smith & Tom Lee', 'Jane Smith in Brussels', 'Jane Smith and Tom Lee in New Delhi', 'Jane Smith, Senior Political Analyst', 'Jane Smith, Bureau Chief', 'Jane Smith', "Seán Ó Briain and Zoë O'Neill", 'J. K. Rowling', 'Ana de la Cruz']) {
    it(`reads \`${byline}\` as the byline, not a heading naming the story’s section`, () => {
      expect(read(story(byline))).toEqual(withoutByline);
    });
  }

  it('reads it right under the headline, with no blank line between', () => {
    expect(read(story('Jane Smith and Tom Lee', '\n'))).toEqual(withoutByline);
  });

  it('reads it under a dek, a subtitle that ends no sentence, as well as right under the headline', () => {
    const text = 'Transport\n\nHow Ardlow lost its ferry: a timeline\n\nTwo years of breakdowns, broken promises and a vote that left the island with no boat of its own\n\nMorag Keddie\n\nFor forty-two years the ferry carried islanders across the Sound.\n\n14 June 2022\n\nThe ferry loses power.\n\n2 September 2022\n\nSurveyors report.\n';
    expect(parseText(text).map((d) => d.section ?? null)).toEqual([null, null, null, null]);
  });

  it('keeps a heading in title case whose words the article writes in lower case', () => {
    for (const heading of ['Rising Costs and Falling Revenues', 'Early Life']) expect(read(story(heading))[0]![0]).toBe(heading);
  });

  it('keeps a heading in capitals, which plain text sets so (`KEY DATES`, `JANE SMITH, TOM LEE`)', () => {
    for (const heading of ['KEY DATES', 'JANE SMITH, TOM LEE']) expect(read(story(heading))[0]![0]).toBe(heading);
  });

  it('keeps a single name’s line over dates as a heading (`Key Dates`)', () => {
    const text = 'Council closes Ostbury pool after 40 years\n\nKey Dates\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed for repairs.\n';
    expect(parseText(text).map((d) => d.section)).toEqual(['Key Dates', 'Key Dates']);
  });

  it('keeps names that a sentence goes on from, or a list of names, or names once the story has begun', () => {
    expect(parseText(story('Jane Smith and Tom Lee\nwalked in.'))[0]!.text).toBe('Jane Smith and Tom Lee walked in.');
    const named = parseText('Crash\n\nGareth Pryce\nDafydd Owen\n\n3 May 2023 – Five men die.\n\n4 May 2023 – An inquiry opens.');
    expect(named.map((d) => `${d.section} ${d.text}`).join('\n')).toContain('Dafydd Owen');
    const later = parseText('Council closes pool\n\nThe council voted on Tuesday.\n\nJane Smith and Tom Lee\n\nThey met the mayor.');
    expect(later.map((d) => d.section)).toContain('Jane Smith and Tom Lee');
  });
});

describe('a correspondent’s byline over an HTML story', () => {
  it('reads `<p>Jane Smith in Brussels</p>` under the headline as the byline, not a passage', () => {
    for (const byline of ['Jane Smith in Brussels', 'Jane Smith and Tom Lee in New Delhi']) {
      const html = `<html><body><article><h1>Council closes Ostbury pool after 40 years</h1><p>${byline}</p><p>The council voted on Tuesday to close the pool.</p><p>3 March 2021 – The first inspection found cracks.</p><p>14 May 2022 – The pool closed for repairs.</p></article></body></html>`;
      expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text)).toEqual(['The council voted on Tuesday to close the pool.', 'The first inspection found cracks.', 'The pool closed for repairs.']);
    }
  });
});

describe('a list of related stories set as teaser cards', () => {
  it('drops `Related stories` and its <article> cards of a link and a stamp, which are no entries', () => {
    const card = (title: string, date: string) => `<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/x">${title}</a></h3><div class="entry-meta"><time datetime="2023-01-01">${date}</time></div></div></article>`;
    const html = `<html><body><main><h1>Ferry timeline</h1><div class="entry-content"><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Surveyors report.</p><div class="wp-block-homepage-articles"><h2><span>Related stories</span></h2>${card('Relief ferry charter agreed', 'October 19, 2023')}${card('Ferry fund bid rejected', 'March 21, 2023')}</div><p>30 November 2022 – The trust applies for money.</p></div></main></body></html>`;
    expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => [d.date, d.text])).toEqual([
      ['2022-06-14', 'The ferry breaks down.'],
      ['2022-09-02', 'Surveyors report.'],
      ['2022-11-30', 'The trust applies for money.'],
    ]);
  });

  it('keeps a story’s own entries set as <article>s under a heading, which say more than a link', () => {
    const html = '<html><body><main><h1>Ferry timeline</h1><h2>Key events</h2><article><h3>14 June 2022</h3><p>The ferry <a href="/x">breaks down</a> off the pier.</p></article><article><h3>2 September 2022</h3><p>Surveyors report.</p></article></main></body></html>';
    expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text)).toEqual(['The ferry breaks down off the pier.', 'Surveyors report.']);
  });
});

describe('a timeline set in a <section> of its own', () => {
  const page = (timeline: string) =>
    `<html><body><article><h1>Ferry timeline</h1><div class="entry-content"><p>The island lost its ferry.</p>${timeline}<p>The council says its relief boat will run until September.</p></div></article></body></html>`;
  const read = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents.filter((d) => d.type !== 'quote').map((d) => [d.type, d.date ?? null, d.text]);

  it('ends with its section: the closing paragraph after it is a passage, not the last entry’s text', () => {
    for (const entries of [
      '<section class="wp-block-group"><h2>The vote</h2><p><strong>12 January 2024</strong> – The accounts show a loss.</p><p><strong>15 March 2024</strong> – Members vote to wind the service up.</p></section>',
      '<section><p>12 January 2024 – The accounts show a loss.</p><p>15 March 2024 – Members vote to wind the service up.</p></section>',
    ]) {
      expect(read(page(entries))).toEqual([
        ['passage', null, 'The island lost its ferry.'],
        ['event', '2024-01-12', 'The accounts show a loss.'],
        ['event', '2024-03-15', 'Members vote to wind the service up.'],
        ['passage', null, 'The council says its relief boat will run until September.'],
      ]);
    }
  });

  it('ends with a section of <article> entries under its heading', () => {
    const entries = '<section><h2>The breakdowns</h2><article class="entry"><h3>14 June 2022</h3><p>The engine fails.</p></article><article class="entry"><h3>8 July 2023</h3><p>The gearbox fails.</p></article></section>';
    expect(read(page(entries)).at(-1)).toEqual(['passage', null, 'The council says its relief boat will run until September.']);
  });

  it('keeps a paragraph inside the section, after its last entry, as that entry’s', () => {
    const entries = '<section><p>12 January 2024 – The accounts show a loss.</p><p>15 March 2024 – Members vote to wind the service up.</p></section>';
    const html = page(entries).replace('</section><p>The council', '<p>The council');
    expect(read(html).at(-1)).toEqual(['event', '2024-03-15', 'Members vote to wind the service up.\n\nThe council says its relief boat will run until September.']);
  });
});

describe('a local news site’s WordPress post, thick with furniture (furniture-ferry-newspack.html)', () => {
  const html = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'furniture-ferry-newspack.html'), 'utf8');
  const { title, documents } = parseArticle(html, { slug: 'ferry', format: 'html' });
  const events = documents.filter((d) => d.type === 'event');
  const quotes = documents.filter((d) => d.type === 'quote');
  const passages = documents.filter((d) => d.type === 'passage');

  it('takes the headline and reads the ten entries, in their <article>s under <h3> dates and in paragraphs opening with a bold date', () => {
    expect(title).toBe('How Ardlow lost its ferry: a timeline');
    expect(events.map((d) => [d.date, d.section])).toEqual([
      ['2022-06-14', 'The breakdowns'],
      ['2022-09-02', 'The breakdowns'],
      ['2022-11-30', 'The breakdowns'],
      ['2023-03-21', 'The breakdowns'],
      ['2023-07-08', 'The breakdowns'],
      ['2023-10-19', 'The breakdowns'],
      ['2024-01-12', 'The vote'],
      ['2024-02-06', 'The vote'],
      ['2024-02-27', 'The vote'],
      ['2024-03-15', 'The vote'],
    ]);
    expect(events[0]!.text).toMatch(/^The Ardlow Lass loses power to her port engine .* eleven days\.$/);
    expect(events[6]!.text).toBe('The trust’s accounts show it has lost £212,000 in a year, most of it on repairs and the crew’s overtime.');
    expect(events.at(-1)!.text).toBe('Members vote 212 to 58 to wind the service up at the end of April. “Nobody in that room wanted to do this,” Munro said afterwards. “We ran out of road.”');
  });

  it('keeps the introduction and the closing paragraph as passages', () => {
    expect(passages.map((d) => d.text)).toEqual([
      'For forty-two years the MV Ardlow Lass carried islanders, cattle and the morning post across the Sound. On Friday the community trust that ran her voted to wind the service up, leaving Ardlow’s 640 residents dependent on a council-chartered boat three days a week.',
      'Here is how it came to this.',
      'The council says its relief boat will run on Mondays, Wednesdays and Fridays until at least September. Residents have called a public meeting for next week.',
    ]);
  });

  it('credits the quotations, the blockquote by its <cite>, and names no one it cannot tell', () => {
    expect(quotes.map((d) => [d.speaker, d.date])).toEqual([
      [quotes[0]!.speaker, '2022-09-02'],
      ['Alasdair Munro', '2023-03-21'],
      ['Kirsty Galbraith', '2023-07-08'],
      ['Neil MacPhail', '2023-10-19'],
      ['Graham Orr', '2024-02-27'],
      ['Alasdair Munro', '2024-03-15'],
      ['Alasdair Munro', '2024-03-15'],
    ]);
    // `the report’s author, naval architect Fiona Lyall, told …`: hers, or no one's, never another's.
    expect([null, 'Fiona Lyall']).toContain(quotes[0]!.speaker);
    expect(quotes[2]!.text).toMatch(/^We had families sleeping on gym mats/);
  });

  it('makes no document of the cookie banner, menus, byline, share buttons, caption, sign-up, related stories, bio, comments or footer', () => {
    const all = documents.map((d) => d.text).join('\n');
    for (const furniture of [
      'cookies', 'Accept', 'Skip to content', 'Support local journalism', 'since 1871', 'Morag Keddie', 'Share this', 'WhatsApp',
      'Ewan Moffat', 'before her last season', 'inbox', 'Sign up', 'unsubscribe', 'Relief ferry charter agreed', 'towed to safety',
      'Oban Times', 'Do you have a story', 'news@', 'Iain B', 'two years away', 'Thank you to the crew', 'Leave a Reply',
      'will not be published', 'Save my name', 'Creative Commons', 'Newspack', 'Community Media Trust', 'Posted in',
    ]) expect(all, furniture).not.toContain(furniture);
    expect(documents).toHaveLength(events.length + quotes.length + passages.length);
    expect(events).toHaveLength(10);
  });
});

describe('a newsletter’s sign-up box, whatever its class is called', () => {
  const page = (box: string) =>
    `<html><body><article><h1>Ferry timeline</h1><div><p>14 June 2022 – The ferry breaks down.</p>${box}<p>2 September 2022 – Surveyors report.</p></div></article></body></html>`;
  const texts = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text);

  it('drops the pitch around an e-mail form with the form', () => {
    const box = '<div><h2>Get the Courier in your inbox</h2><p>Our free morning briefing lands at 7am, Monday to Saturday. Sign up to get the island’s news first.</p><form><input type="email" name="npe"><input type="submit" value="Sign up"></form><p>By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>';
    expect(texts(page(box))).toEqual(['The ferry breaks down.', 'Surveyors report.']);
  });

  it('keeps a story’s paragraph beside a form that asks for no sign-up, and the story around a sign-up form', () => {
    const reply = '<div><p>Readers told us the timetable was never published.</p><form><input type="email" name="email"><input type="submit" value="Send"></form></div>';
    expect(texts(page(reply)).join('\n')).toContain('Readers told us the timetable was never published.');
    const story = '<html><body><div class="content"><h1>Ferry timeline</h1><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Surveyors report.</p><div><form><input type="email"><input type="submit" value="Subscribe"></form></div></div></body></html>';
    expect(texts(story)).toEqual(['The ferry breaks down.', 'Surveyors report.']);
  });
});

describe('an author box under the story, whatever its class is called', () => {
  const texts = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text);

  it('drops an author’s note naming the job in capitals, and the link to their page', () => {
    const bio = '<h2>Morag Keddie</h2><p>Morag Keddie is the Courier’s Local Democracy Reporter, covering Argyll and Bute Council and the islands. She joined the paper in 2016.</p><p><a href="/author/mk/">More by Morag Keddie</a></p>';
    const html = `<html><body><article><h1>Ferry timeline</h1><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Surveyors report.</p><p>The council will meet next week.</p>${bio}</article></body></html>`;
    expect(texts(html)).toEqual(['The ferry breaks down.', 'Surveyors report.\n\nThe council will meet next week.']);
  });

  it('keeps a sentence about a reporter who is in the story, and a link that is no author’s page', () => {
    const html = '<html><body><article><h1>Ferry timeline</h1><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Morag Keddie is the Courier’s Local Democracy Reporter who first broke the story.</p></article></body></html>';
    expect(texts(html).at(-1)).toBe('Morag Keddie is the Courier’s Local Democracy Reporter who first broke the story.');
  });
});

describe('readers’ comments under their heading in HTML, their container named no known way', () => {
  it('ends the story at `2 thoughts on “…”`: a comment’s date and quotation are no entry', () => {
    const html = '<html><body><div><h1>Ferry timeline</h1><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Surveyors report.</p></div><div><h2>2 thoughts on “Ferry timeline”</h2><ol><li><p>Iain B says:</p><p>On 3 April 2019 the trust told us the new boat was “two years away”. Still waiting.</p></li><li><p>18 March 2024 at 11:02 am</p><p>Thank you to the crew.</p></li></ol></div></body></html>';
    expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text)).toEqual(['The ferry breaks down.', 'Surveyors report.']);
  });
});

describe('a post footer’s label left alone once its tag links went', () => {
  it('makes no text of `Posted in` after the last entry', () => {
    const html = '<html><body><div><h1>Ferry timeline</h1><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Surveyors report.</p><div><span>Posted in</span> <a href="/category/transport/" rel="category tag">Transport</a></div></div></body></html>';
    expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text)).toEqual(['The ferry breaks down.', 'Surveyors report.']);
  });
});

describe('a newsletter’s sign-up box copied as text', () => {
  it('makes no document of its heading, pitch and small print', () => {
    const text = 'Ferry timeline\n\n14 June 2022 – The ferry breaks down.\n\nGet the Courier in your inbox\nOur free morning briefing lands at 7am, Monday to Saturday. Sign up to get the island’s news first.\n\nBy signing up you agree to our privacy policy. You can unsubscribe at any time.\n\n2 September 2022 – Surveyors report.\n';
    expect(parseText(text).map((d) => d.text)).toEqual(['The ferry breaks down.', 'Surveyors report.']);
  });

  it('keeps a story’s sentences about signing up', () => {
    for (const line of ['Sign up for the scheme was slow, the council said, and only 40 households did.', 'By signing up, residents agreed to pay the levy.', 'Residents were told to sign up for the scheme.']) {
      expect(parseText(`Ferry timeline\n\n14 June 2022 – The ferry breaks down.\n\n${line}\n\n2 September 2022 – Surveyors report.\n`).map((d) => d.text).join('\n')).toContain(line);
    }
  });
});

describe('a related stories list copied as text, each link over its stamp', () => {
  it('takes the stamps with their links: no entry of another story’s date', () => {
    const text = 'Ferry timeline\n\n14 June 2022 – The ferry breaks down.\n\nRelated stories\nRelief ferry charter agreed for Ardlow\nOctober 19, 2023\nIslanders “devastated” as ferry fund bid rejected\nMarch 21, 2023\n\nThe vote\n12 January 2024 – The accounts show a loss.\n15 March 2024 – Members vote to wind the service up.\n';
    expect(parseText(text).map((d) => [d.date, d.section ?? null, d.text])).toEqual([
      ['2022-06-14', null, 'The ferry breaks down.'],
      ['2024-01-12', 'The vote', 'The accounts show a loss.'],
      ['2024-03-15', 'The vote', 'Members vote to wind the service up.'],
    ]);
  });
});

describe('share buttons copied as text, a line each', () => {
  it('reads X’s button among them as furniture, not a heading naming the story’s section', () => {
    const text = 'Council closes pool\n\nShare this:\nFacebook\nX\nWhatsApp\nEmail\n\nThe council voted on Tuesday to close the pool.\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed.\n';
    expect(parseText(text).map((d) => [d.section ?? null, d.text])).toEqual([
      [null, 'The council voted on Tuesday to close the pool.'],
      [null, 'The first inspection found cracks.'],
      [null, 'The pool closed.'],
    ]);
  });

  it('keeps an `X` that stands among no share labels', () => {
    const text = 'Council closes pool\n\nX\n\nThe council voted on Tuesday to close the pool.\n';
    expect(parseText(text).map((d) => d.section ?? null)).toEqual(['X']);
  });
});
