/**
 * Deterministic synthetic timeline articles (seeded PRNG), in plain text and HTML: dated
 * entries over several years, quotations with speakers, narrative passages and boilerplate.
 * The same seed always gives the same articles, so runs are comparable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Omar', 'Dana', 'Kofi', 'Helen', 'Paul', 'Maria', 'Victor', 'Laura', 'Tom', 'Rosa', 'Janet', 'Ellen', 'Sam', 'Ivan', 'Mei', 'Aisha', 'Lars'];
const LAST = ['Ruiz', 'Castillo', 'Whitfield', 'Mensah', 'Brandt', 'Okafor', 'Santos', 'Hale', 'Chen', 'Alvarez', 'Delgado', 'Wu', 'Park', 'Ortiz', 'Petrov', 'Lin', 'Khan', 'Berg'];
const VERBS = ['said', 'told reporters', 'wrote', 'added', 'tweeted', 'replied'];
const TOPICS = ['bridge', 'harbour', 'pipeline', 'budget', 'school', 'railway', 'water contract', 'housing plan', 'clinic', 'stadium'];
const ACTIONS = ['votes on', 'delays', 'approves', 'questions', 'reopens', 'audits', 'cancels', 'expands', 'funds', 'investigates'];
const WORDS = 'council city residents plan money report public meeting hearing vote court evidence contract agency official review budget cost delay promise letter memo statement deal'.split(' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface SyntheticOptions {
  seed: number;
  /** Timeline entries per article. */
  entries: number;
}

interface Article {
  name: string;
  content: string;
}

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** One article; `index` selects its format (even: text, odd: HTML) and its story. */
export function syntheticArticle(index: number, options: SyntheticOptions): Article {
  const next = random(options.seed * 100_003 + index);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const people = Array.from({ length: 4 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const topic = pick(TOPICS);
  const startYear = 2005 + Math.floor(next() * 15);
  const title = `The ${topic} affair, part ${index + 1}`;
  const intro = [`For years the ${topic} divided the city. ${sentence(next, 14)}`, sentence(next, 18)];
  const entries: Array<{ date: string; paragraphs: string[] }> = [];
  let day = 0;
  for (let entry = 0; entry < options.entries; entry += 1) {
    day += 3 + Math.floor(next() * 25);
    const date = new Date(Date.UTC(startYear, 0, 1 + day));
    const person = pick(people);
    const paragraphs = [`${person} ${pick(ACTIONS)} the ${topic}. ${sentence(next, 10 + Math.floor(next() * 10))}`];
    if (next() < 0.6) paragraphs.push(`“${sentence(next, 6 + Math.floor(next() * 12)).replace(/\.$/, ',')}” ${person.split(' ')[1]} ${pick(VERBS)}.`);
    entries.push({ date: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`, paragraphs });
  }
  const closing = [sentence(next, 16), `Liked it? Take a second to support us on Patreon!`, 'Please enter your comment!'];

  if (index % 2 === 0) {
    const body = [
      title,
      'Photo: City archive / Flickr',
      ...intro,
      ...entries.flatMap((entry) => [entry.date, ...entry.paragraphs]),
      ...closing,
    ];
    return { name: `article-${String(index).padStart(5, '0')}.txt`, content: `${body.join('\n\n')}\n` };
  }
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html><head><title>${escape(title)}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${escape(title)}</h1><figure><figcaption>Photo: City archive</figcaption></figure>
${intro.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${entries.map((e) => `<p><strong>${e.date}</strong> — ${escape(e.paragraphs[0]!)}</p>${e.paragraphs.slice(1).map((p) => `<p>${escape(p)}</p>`).join('')}`).join('\n')}
${closing.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><footer>© City Ledger</footer></body></html>\n`;
  return { name: `article-${String(index).padStart(5, '0')}.html`, content: html };
}

/** Writes articles until roughly `documents` documents' worth exist; returns their paths. */
export async function writeSyntheticArticles(folder: string, documents: number, options: SyntheticOptions): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  // An entry gives an event and, 60 % of the time, a quote; an article adds ~4 passages.
  const perArticle = Math.round(options.entries * 1.6 + 4);
  const count = Math.max(1, Math.ceil(documents / perArticle));
  const files: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const article = syntheticArticle(index, options);
    const file = path.join(folder, article.name);
    await writeFile(file, article.content);
    files.push(file);
  }
  return files;
}
