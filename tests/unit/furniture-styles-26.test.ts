/** Furniture read in session 26: a byline under a one-sentence standfirst, a news page copied whole as text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';
import { textToBlocks } from '../../ingest/parse/text-blocks.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' });
const parseHtml = (html: string) => parseArticle(html, { slug: 'h', format: 'html' });
const read = (text: string) => parseText(text).documents.map((d) => `${d.type} ${d.date ?? '-'} ${d.section ? `§${d.section} ` : ''}${d.text}`);

describe('a byline under a one-sentence standfirst', () => {
  const headline = 'Council votes to close Ostbury pool after 40 years';
  const standfirst = 'The decision ends a two-year fight by swimmers to save the Victorian baths.';
  const story = 'The council voted on Tuesday to close the pool, citing rising costs.\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed for repairs.\n';
  const expected = [
    `passage - ${standfirst}`,
    'passage - The council voted on Tuesday to close the pool, citing rising costs.',
    'event 2021-03-03 The first inspection found cracks.',
    'event 2022-05-14 The pool closed for repairs.',
  ];

  for (const byline of ['By Jane Smith', 'Jane Smith, Political Correspondent', 'Jane Smith and Tom Lee']) {
    it(`reads \`${byline}\` and its date on the lines under headline and standfirst, no blank line between, as the byline`, () => {
      const parsed = parseText(`${headline}\n${standfirst}\n${byline}\n14 March 2024\n\n${story}`);
      expect(parsed.title).toBe(headline);
      expect(read(`${headline}\n${standfirst}\n${byline}\n14 March 2024\n\n${story}`)).toEqual(expected);
    });

    it(`reads \`${byline}\` and its date set apart by blank lines as the byline and the page’s date, not an entry`, () => {
      const text = `${headline}\n\n${standfirst}\n\n${byline}\n\n14 March 2024\n\n${story}`;
      expect(parseText(text).title).toBe(headline);
      expect(read(text)).toEqual(expected);
    });
  }

  it('dates a timeline that states no year from the byline’s date set apart under it', () => {
    const text = `${headline}\n\n${standfirst}\n\nBy Jane Smith\n\n14 March 2024\n\nThe council voted on Tuesday to close the pool.\n\n3 March – The first inspection found cracks.\n\n9 March – The pool closed.\n`;
    expect(parseText(text).documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2024-03-03', '2024-03-09']);
  });

  it('keeps a date alone under a byline as the first entry when more dates stand alone below it', () => {
    const text = `${headline}\n\nBy Jane Smith\n\n3 March 2021\n\nThe first inspection found cracks.\n\n14 May 2022\n\nThe pool closed for repairs.\n`;
    expect(read(text)).toEqual(['event 2021-03-03 The first inspection found cracks.', 'event 2022-05-14 The pool closed for repairs.']);
  });

  it('keeps names under a story’s first sentence as a section’s heading when no date stands under them', () => {
    const text = `${headline}\n\n${standfirst}\n\nJane Smith and Tom Lee\n\nThey met the mayor on Tuesday.\n`;
    expect(read(text)).toContain('passage - §Jane Smith and Tom Lee They met the mayor on Tuesday.');
  });

  it('keeps a first paragraph’s wrapped line that goes on in lower case, over a byline', () => {
    const text = `The council voted on Tuesday to close the pool\nafter forty years of swimming.\nBy Jane Smith\n\nThe vote was close.\n`;
    expect(read(text)[0]).toBe('passage - The council voted on Tuesday to close the pool after forty years of swimming.');
  });
});

describe('a news page copied whole as text (select all, paste)', () => {
  const story = 'Councillors voted by 31 to 12 on Tuesday night to close Ostbury Baths for good.\n\n3 March 2021 – An inspection finds cracks in the tank.\n\n14 May 2022 – The pool closes for repairs.\n';
  const footer = '\n\nMost read\nMan arrested after town centre fight\nRoadworks to close high street for six weeks\n\nAbout us\nContact us\nPrivacy policy\nCookie settings\n© 2024 Ostbury Echo\n';
  const expected = [
    'passage - Councillors voted by 31 to 12 on Tuesday night to close Ostbury Baths for good.',
    'event 2021-03-03 An inspection finds cracks in the tank.',
    'event 2022-05-14 The pool closes for repairs.',
  ];

  it('takes the headline under the menu (on one line) and the cookie notice as the title, and no menu or footer line becomes a document', () => {
    const text = `Skip to content\nHome News Sport About us Contact\n\nCookies on this site\nWe use cookies to make our site work and to improve it.\nAccept cookies\n\nCouncil votes to close Ostbury pool after 40 years\n\n${story}${footer}`;
    expect(parseText(text).title).toBe('Council votes to close Ostbury pool after 40 years');
    expect(read(text)).toEqual(expected);
  });

  it('takes it under a menu of a link a line, a section’s name over it, its standfirst under it with no blank line between', () => {
    const text = `Skip to content\nOstbury Echo\nHome\nNews\nSport\nWhat's On\nAbout us\nContact\nSign in\n\nAccept all cookies\nManage preferences\n\nNews\nCouncil votes to close Ostbury pool after 40 years\nThe decision ends a two-year fight to save the Victorian baths.\n\n${story}${footer}`;
    expect(parseText(text).title).toBe('Council votes to close Ostbury pool after 40 years');
    expect(read(text)).toEqual(['passage - The decision ends a two-year fight to save the Victorian baths.', ...expected]);
  });

  it('reads the byline’s date under the chrome as the page’s, over share labels a line each, dating a timeline that states no year', () => {
    const text = `Ostbury Echo\nHome News Sport About us Contact\nSearch\nMenu\n\nLocal news\nLifeguards walk out over unpaid overtime at Ostbury Baths\nJane Smith, Local Democracy Reporter\nPublished: 14 March 2024\nShare\nFacebook\nEmail\n\nLifeguards walked out on Saturday morning, closing the pool.\n\nJanuary 5 – Staff are told overtime will be paid.\n\nMarch 9 – The walkout begins at 7am.\n${footer}`;
    expect(parseText(text).title).toBe('Lifeguards walk out over unpaid overtime at Ostbury Baths');
    expect(read(text)).toEqual(['passage - Lifeguards walked out on Saturday morning, closing the pool.', 'event 2024-01-05 Staff are told overtime will be paid.', 'event 2024-03-09 The walkout begins at 7am.']);
    const dated = `Pool staff walk out\n\nBy Jane Smith\n14 March 2024\nShare\nFacebook\nEmail\n\nLifeguards walked out on Saturday morning, closing the pool.\n\n3 March 2021 – An inspection finds cracks in the tank.\n\n14 May 2022 – The pool closes for repairs.\n`;
    expect(read(dated)).toEqual(['passage - Lifeguards walked out on Saturday morning, closing the pool.', 'event 2021-03-03 An inspection finds cracks in the tank.', 'event 2022-05-14 The pool closes for repairs.']);
  });

  it('reads a date right under the headline, over share links and the writer’s name a line each, as the page’s stamp', () => {
    const text = `Skip to content\nYour account\nHome\nNews\nSport\nClose menu\nOstbury News\nMenu\nUK\nWorld\nLocal\nFerry operator fined over lifejacket failures\n14 March 2024\nShare\nSave\nJane Smith\nOstbury News\n\nThe operator has been fined £420,000.\n\n4 January – Inspectors board the ferry.\n\n19 February – The operator is served with a notice.\n${footer}`;
    const parsed = parseText(text);
    expect(parsed.title).toBe('Ferry operator fined over lifejacket failures');
    expect(read(text)).toEqual(['passage - The operator has been fined £420,000.', 'event 2024-01-04 Inspectors board the ferry.', 'event 2024-02-19 The operator is served with a notice.']);
    // A date set apart from the line over it is a timeline's, whatever stands under it.
    const timeline = read('Ferry timeline\n\n4 April 2022\nJane Smith\nOstbury News\n\nInspectors board the ferry.\n\n19 April 2022 – The operator is served with a notice.\n');
    expect(timeline[0]).toMatch(/^event 2022-04-04 /);
  });

  it('reads a site’s date bar over the headline as chrome, no entry', () => {
    const text = `Skip to content\nHome\nNews\nSport\nAbout us\nThursday 14 March 2024\nCouncil votes to close Ostbury pool after 40 years\nBy Jane Smith\n\n${story}`;
    expect(parseText(text).title).toBe('Council votes to close Ostbury pool after 40 years');
    expect(read(text)).toEqual(expected);
  });

  it('drops a cookie notice and its buttons standing between the headline and the standfirst', () => {
    const text = `Skip to content\nHome\nNews\nSport\nAbout us\nCouncil votes to close Ostbury pool after 40 years\nWe use cookies to make our site work. By continuing to browse you agree to our use of cookies.\nAccept\nManage settings\nThe decision ends a two-year fight to save the Victorian baths.\n\n${story}`;
    expect(parseText(text).title).toBe('Council votes to close Ostbury pool after 40 years');
    expect(read(text)).toEqual(['passage - The decision ends a two-year fight to save the Victorian baths.', ...expected]);
  });

  it('reads a page whose menu, cookie buttons and sidebar are set apart by blank lines, a link a paragraph', () => {
    const text = 'Skip to content\n\nHome\n\nNews\n\nSport\n\nAbout us\n\nContact\n\nThis website uses cookies to improve your experience. We\'ll assume you\'re ok with this.\n\nAccept\n\nRead More\n\nResidents fight plan to close Ostbury library\n\nThe county council wants to shut the branch in April.\n\nPosted on 14 March 2024 by Jane Smith\n\n12 January 2024 – The council publishes its budget proposals.\n\n3 February 2024 – Consultation opens.\n\nShare this:\n\nFacebook\n\nLike this:\n\nLike Loading...\n\nRecent Posts\n\nOstbury in bloom results announced\n\nBus route 9 to be withdrawn\n\nArchives\n\nMarch 2024\n\nFebruary 2024\n\nCategories\n\nNews\n\nProudly powered by WordPress\n';
    expect(parseText(text).title).toBe('Residents fight plan to close Ostbury library');
    expect(read(text)).toEqual(['passage - The county council wants to shut the branch in April.', 'event 2024-01-12 The council publishes its budget proposals.', 'event 2024-02-03 Consultation opens.']);
    // Two short paragraphs over the footer are the story's: a month's heading and its entry.
    const ending = read(`Council votes to close the pool\n\n${story}\nMarch 2024\n\nThe pool may reopen in May, the council says\n\nShare\nEmail\n© 2024 Ostbury Echo\n`);
    expect(ending.at(-1)).toBe('event - The pool may reopen in May, the council says');
    // Nor are names a line each under their sentence: a list of the story's, not a footer's links.
    const named = `Crash kills three\n\nThree men died when the scaffold fell on Tuesday. They were named as:\n\nGareth Pryce\nDafydd Owen\nTom Lloyd Evans\n\nShare\nEmail\n© 2024 Ostbury Echo\n`;
    expect(textToBlocks(named).map((block) => block.text).join(' ')).toContain('Dafydd Owen');
  });

  it('leaves a story’s own kicker and headline, a live blog’s list of links and a story’s short last line as they were', () => {
    expect(parseText(`Skip to main content\nLOCAL NEWS\nCouncil votes to close the pool\n\n${story}`).title).toBe('Council votes to close the pool');
    const blog = parseText('Floods live\n\nKey events\n2h ago\nCouncil declares major incident\n4h ago\nSchools closed\n\nThe river burst its banks on Tuesday.');
    expect(blog.documents.map((d) => d.text)).toEqual(['The river burst its banks on Tuesday.']);
    const ending = read(`Council votes to close the pool\n\n${story}\nThe pool may reopen in May, the council says\n\nShare\nEmail\n© 2024 Ostbury Echo\n`);
    expect(ending.at(-1)).toBe('event 2022-05-14 The pool closes for repairs.\n\nThe pool may reopen in May, the council says');
  });
});

describe('a never-seen news page copied whole as text (furniture-harbour-wall-page.txt)', () => {
  const parsed = parseText(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'furniture-harbour-wall-page.txt'), 'utf8'));
  const { documents } = parsed;

  it('takes the headline under the site’s menu, cookie notice and section as the title', () => {
    expect(parsed.title).toBe('Kelsby harbour wall: how a crack became a £9m rebuild');
  });

  it('reads the dek, the story and its ten entries, and nothing of the menus, the cookie notice, the share labels, the most-read list or the footer', () => {
    expect(documents[0]!.text).toBe('Four years, three surveys and two storms: the story of the wall that kept the sea out of the old town');
    const events = documents.filter((d) => d.type === 'event');
    expect(events.map((d) => d.date)).toEqual(['2020-11-14', '2021-02-02', '2021-08-19', '2021-12-27', '2022-03-11', '2022-06-06', '2023-10-21', '2024-01-15', '2024-04-30', '2024-10-08']);
    expect(events.every((d) => d.section === 'How it unfolded')).toBe(true);
    const texts = documents.map((d) => d.text).join('\n');
    for (const chrome of ['About us', 'Manage preferences', 'Most read', 'Privacy policy', 'Kelsby Town appoint', 'cookies', 'Rhiannon Pryce', 'min read']) expect(texts).not.toContain(chrome);
    expect(documents.some((d) => d.dateText === 'Wednesday 9 October 2024')).toBe(false);
  });

  it('reads its quotations with their speakers', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.text])).toEqual([
      ['Colin Ferris', 'We were told for years that it would see us out'],
      ['Colin Ferris', 'Then the sea started coming through it.'],
      ['Amira Shah', 'Kelsby has waited too long'],
    ]);
  });
});

describe('an old page of divs, paragraphs and a layout table, with no semantic element and no class', () => {
  const story = '<div><b>Church roof appeal: the story so far</b></div><p>The appeal passed its target of £240,000, the church council announced on Sunday.</p><p><b>12 January 2022</b><br>Lead is stolen from the south aisle roof.</p><p><b>9 May 2022</b><br>The appeal is launched. "We cannot let the church fall down on our watch," said churchwarden Peter Hollis.</p><p><b>2 June 2024</b><br>The appeal passes its target.</p>';
  const page = (side: string, top = '') => `<html><head><title>Marlow Parish News - Church roof appeal: the story so far</title></head><body><table><tr><td colspan="2">${top}</td></tr><tr><td>${side}</td><td>${story}</td></tr></table></body></html>`;
  const expected = [
    'passage - The appeal passed its target of £240,000, the church council announced on Sunday.',
    'event 2022-01-12 Lead is stolen from the south aisle roof.',
    'event 2022-05-09 The appeal is launched. "We cannot let the church fall down on our watch," said churchwarden Peter Hollis.',
    'quote 2022-05-09 We cannot let the church fall down on our watch',
    'event 2024-06-02 The appeal passes its target.',
  ];
  const readHtml = (html: string) => parseHtml(html).documents.map((d) => `${d.type} ${d.date ?? '-'} ${d.text}`);
  const links = ['Parish Council', "St Mary's Church", 'Village School', 'Clubs and Societies'].map((label) => `<a href="/${label.length}.html">${label}</a>`);

  it('drops a side column’s menu set a link a <div> (or <p>)', () => {
    expect(readHtml(page(links.map((link) => `<div>${link}</div>`).join('\n')))).toEqual(expected);
    expect(readHtml(page(links.map((link) => `<p>${link}</p>`).join('')))).toEqual(expected);
  });

  it('drops links stacked by <br> in a <p>, or in the layout table’s cell', () => {
    expect(readHtml(page(links.join('<br>\n'), `<p>${links.join('<br>')}</p>`))).toEqual(expected);
  });

  it('drops a side cell’s latest news, a linked headline and its date a block each, and its label', () => {
    const cards = '<br><b>Latest news</b><br><div><a href="/n1">Fete raises record sum</a><br>1 June 2024</div><div><a href="/n2">New bus shelter for Church Lane</a><br>28 May 2024</div><div><a href="/n3">School celebrates its inspection</a><br>20 May 2024</div>';
    expect(readHtml(page(links.map((link) => `<div>${link}</div>`).join('') + cards))).toEqual(expected);
    // In the story's own cell, linked headlines with their dates are its own.
    const own = `<html><body><table><tr><td><p>Our coverage of the appeal.</p><div><a href="/n1">Lead stolen from roof</a><br>12 January 2022</div><div><a href="/n2">Appeal launched</a><br>9 May 2022</div><div><a href="/n3">Target reached</a><br>2 June 2024</div></td></tr></table></body></html>`;
    const texts = parseHtml(own).documents.map((d) => d.text);
    for (const headline of ['Lead stolen from roof', 'Appeal launched', 'Target reached']) expect(texts).toContain(headline);
  });

  it('reads the speaker of the quotation in the story cell', () => {
    expect(parseHtml(page(links.map((link) => `<div>${link}</div>`).join(''))).documents.find((d) => d.type === 'quote')?.speaker).toBe('Peter Hollis');
  });

  it('keeps two links standing alone in the story, and a data table’s cell of links', () => {
    const two = `<article><h1>Roof appeal</h1><p>The appeal passed its target on Sunday.</p><p><a href="/a">The architect's report</a></p><p><a href="/b">Read the survey</a></p><p>Work begins in the autumn.</p></article>`;
    expect(parseHtml(two).documents.map((d) => d.text)).toEqual(['The appeal passed its target on Sunday.', "The architect's report", 'Read the survey', 'Work begins in the autumn.']);
    const table = '<article><h1>Sources</h1><table><tr><td>Survey</td><td><a href="/a">Architect</a><br><a href="/b">Diocese</a><br><a href="/c">Council</a></td></tr><tr><td>Grant</td><td>Heritage Fund</td></tr></table></article>';
    expect(readHtml(table).join('\n')).toContain('Architect');
  });
});
