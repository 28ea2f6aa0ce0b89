/**
 * Writes the bench's episode files: the seed episode (copied as is), generated long episodes of 1,000, 4,000
 * and 15,000 lines, and 500 small episodes for the library. The text comes from a seeded generator, so every
 * run (and every machine) sees byte-identical files.
 *
 * The files use the real format (see README.md) with the quirks real podcast files have, because they cost
 * the app real work: long turns split into paragraphs that repeat the same `sec`, untimed continuation
 * paragraphs with no `sec`/`time`, and an occasional small backwards `sec`.
 *
 * Run alone with `npx tsx tests/bench/generate.ts [folder]` (default: bench-results).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatClock } from '../../src/lib/time.ts';

export const SEED_FILE = 'episodes/s12e06-preparing-for-data-science-interview.md';
export const SEED_SLUG = 's12e06-preparing-for-data-science-interview';

/** A long generated episode: the density (≈1,300 lines and 20 sections an hour) is the same for all three. */
export interface LongEpisodeSpec {
  slug: string;
  lines: number;
  hours: number;
  sections: number;
  seed: number;
}

export const LONG_EPISODES: readonly LongEpisodeSpec[] = [
  { slug: 'bench-1000-lines', lines: 1000, hours: 0.75, sections: 15, seed: 1_000 },
  { slug: 'bench-4000-lines', lines: 4000, hours: 3, sections: 60, seed: 4_000 },
  { slug: 'bench-15000-lines', lines: 15000, hours: 12, sections: 240, seed: 15_000 },
];

export const LIBRARY_SIZE = 500;
/**
 * A word that appears in the titles of exactly `SEARCH_MATCHES` library episodes and nowhere else (not in a
 * topic, guest, description or any other title), so the bench knows what the search must show.
 */
export const SEARCH_WORD = 'observability';
export const SEARCH_MATCHES = 40;

/**
 * Words the bench searches the library's transcripts for (Pagefind), each said in a known number of
 * episodes: a rare word, put into one to three lines of `episodes` transcripts and nowhere else (no other
 * word starts with it, so Pagefind's prefix matching finds only it), and a word of the generator's
 * vocabulary, said in every transcript (and in titles and descriptions too, as a common word is).
 */
export const TRANSCRIPT_QUERIES = {
  rare: { word: 'kubernetes', episodes: 30 },
  common: { word: 'data', episodes: LIBRARY_SIZE - LIBRARY_SIZE / 20 },
} as const;

/** The library episodes (0-based) whose transcripts say the rare word: every 16th from the 6th, none of them without a transcript. */
const saysRareWord = (index: number) => index % 16 === 5 && Math.floor(index / 16) < TRANSCRIPT_QUERIES.rare.episodes;

/** mulberry32: tiny, fast and good enough to make text; the same seed always gives the same sequence. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const WORDS = (
  'the a to and of in that it is you we they I what so like really think know about just data model ' +
  'people team work question interview company job project time way thing things lot good right actually ' +
  'kind sort maybe because when where how then there here also very much more most some many few first ' +
  'last next year years month week day experience learning machine science scientist engineer engineering ' +
  'analytics pipeline feature features production deploy deployment metric metrics business product ' +
  'manager hiring candidate candidates recruiter skills skill portfolio resume role roles senior junior ' +
  'startup startups market interviewers process stage stages take-home assignment coding python sql ' +
  'statistics probability experiment experiments evaluation baseline dataset datasets training inference ' +
  'latency cost costs quality test tests debugging review reviews feedback mentor mentoring community ' +
  'course courses book books blog talk talks conference meetup remote office Berlin Germany Europe ' +
  'honestly basically exactly definitely probably usually sometimes often never always still already ' +
  'build built building understand understood explain explained learn learned ask asked answer answered ' +
  'start started finish finished help helped try tried need needed want wanted say said mean meant ' +
  'important interesting difficult easy hard simple complex different similar better best worse new old'
).split(' ');

const NAMES = [
  ['Maria', 'Kowalski'],
  ['Jonas', 'Becker'],
  ['Aisha', 'Okafor'],
  ['Chen', 'Wei'],
  ['Lucía', 'Fernández'],
  ['Tom', 'O’Brien'],
  ['Priya', 'Raman'],
  ['Sven', 'Lindqvist'],
  ['Fatima', 'Haddad'],
  ['Diego', 'Morales'],
  ['Yuki', 'Tanaka'],
  ['Olga', 'Ivanova'],
] as const;

const TOPICS = (
  'Career,Job search,Hiring,Interviews,MLOps,Data Engineering,Analytics,Statistics,Deep Learning,NLP,' +
  'Computer Vision,Recommender Systems,Leadership,Product,Startups,Freelancing,Open Source,Education,' +
  'Time Series,Data Quality,Cloud,Streaming,Experimentation,Causal Inference,Privacy,Ethics,Visualization,' +
  'Management,Research,Mentoring,Community,Remote Work,Feature Stores,Data Mesh,LLMs,Search,Forecasting,' +
  'Fraud Detection,Healthcare,Finance,Retail,Robotics,Reinforcement Learning,AutoML,Data Contracts,SQL'
).split(',');

const sentence = (rng: Rng, words: number): string => {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(pick(rng, WORDS));
  if (rng() < 0.25 && words > 6) parts[int(rng, 2, words - 3)] += ',';
  const text = parts.join(' ');
  const end = rng() < 0.15 ? '?' : rng() < 0.05 ? '…' : '.';
  return text.charAt(0).toUpperCase() + text.slice(1) + end;
};

/** `words` words as sentences of 4–18 words, as people speak. */
const paragraph = (rng: Rng, words: number): string => {
  const sentences: string[] = [];
  for (let left = words; left > 0;) {
    const n = Math.min(left, int(rng, 4, 18));
    sentences.push(sentence(rng, n));
    left -= n;
  }
  return sentences.join(' ');
};

const titleCase = (rng: Rng, words: number): string =>
  Array.from({ length: words }, () => pick(rng, WORDS))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** YAML single-quoted scalar: only the quote itself needs escaping (as two quotes). */
const q = (text: string) => `'${text.replace(/'/g, "''")}'`;

const youtubeId = (rng: Rng) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from({ length: 11 }, () => pick(rng, alphabet.split(''))).join('');
};

interface FrontMatter {
  title: string;
  short: string;
  season: number;
  episode: number;
  guests: string[];
  topics: string[];
  youtube: string;
  date: string;
}

function frontMatter(m: FrontMatter): string[] {
  return [
    '---',
    `title: ${q(m.title)}`,
    `short: ${q(m.short)}`,
    `season: ${m.season}`,
    `episode: ${m.episode}`,
    'guests:',
    ...m.guests.map((g) => `- ${g}`),
    'topics:',
    ...m.topics.map((t) => `- ${q(t)}`),
    'ids:',
    `  youtube: ${q(m.youtube)}`,
    'links:',
    `  youtube: https://www.youtube.com/watch?v=${m.youtube}`,
    `  apple: https://podcasts.apple.com/us/podcast/bench/id1541710331?i=${m.season}${m.episode}`,
    `  spotify: https://open.spotify.com/episode/${m.youtube}bench`,
    `dateadded: ${m.date}`,
  ];
}

/** Conversational speech: about 160 words a minute. */
const WORDS_PER_SECOND = 2.7;

/** `Lucía Fernández` → `luciafernandez`, the way people-file ids are written. */
const personId = (first: string, last: string) =>
  `${first}${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

interface Turn {
  speaker: string;
  paragraphs: number;
  weight: number;
}

/** A word said in `lines` of an episode's lines (chosen by the generator), inserted among their words. */
interface Mention {
  word: string;
  lines: number;
}

/** `text` with `word` inserted after one of its words (not the first, so the sentence keeps its capital). */
function insertWord(rng: Rng, text: string, word: string): string {
  const words = text.split(' ');
  words.splice(int(rng, 1, Math.max(1, words.length - 1)), 0, word);
  return words.join(' ');
}

/**
 * The transcript items of an episode of `lines` spoken lines over `seconds`, with `sections` headers.
 * Turns get durations in proportion to random weights; each paragraph's length follows from its share of
 * the turn at conversational speed, so the text is as long as the time it claims. Without a `mention` the
 * generator draws exactly the numbers it always drew, so those episodes stay byte-identical.
 */
function transcript(
  rng: Rng,
  lines: number,
  seconds: number,
  sections: number,
  speakers: readonly string[],
  mention?: Mention,
): string[] {
  const turns: Turn[] = [];
  for (let total = 0, who = 0; total < lines;) {
    const r = rng();
    const paragraphs = Math.min(lines - total, r < 0.72 ? 1 : r < 0.87 ? 2 : r < 0.95 ? 3 : int(rng, 4, 6));
    // Mostly short exchanges, now and then a long answer.
    const weight = (0.6 + 4 * rng() ** 3) * paragraphs;
    // The host and the guests take turns; now and then the same person goes on.
    if (rng() > 0.1) who = (who + 1) % speakers.length;
    turns.push({ speaker: speakers[who]!, paragraphs, weight });
    total += paragraphs;
  }

  const intro = int(rng, 40, 120);
  const span = seconds - intro - 30;
  const totalWeight = turns.reduce((sum, t) => sum + t.weight, 0);
  const headerAt = new Set<number>([0]);
  for (let s = 1; s < sections; s++) {
    const even = Math.round((s * turns.length) / sections);
    headerAt.add(Math.min(turns.length - 1, Math.max(1, even + int(rng, -3, 3))));
  }
  for (let t = 1; headerAt.size < sections; t++) headerAt.add(t); // jitter collisions: fill in order

  const mentionedAt = new Set<number>();
  while (mention && mentionedAt.size < Math.min(mention.lines, lines)) mentionedAt.add(int(rng, 0, lines - 1));

  const out: string[] = ['transcript:'];
  let elapsed = 0;
  let line = 0;
  let previousSec = -1;
  turns.forEach((turn, index) => {
    const duration = (turn.weight / totalWeight) * span;
    let sec = Math.max(previousSec + 1, Math.floor(intro + elapsed));
    // A typo now and then: a `sec` a few seconds earlier than the turn before (the app repairs it).
    const backwards = index > 5 && rng() < 0.006;
    if (backwards) sec = previousSec - int(rng, 1, 3);
    else previousSec = sec;
    elapsed += duration;
    if (headerAt.has(index)) out.push(`- header: ${q(`${titleCase(rng, int(rng, 2, 4))}: ${titleCase(rng, 3)}`)}`);
    for (let p = 0; p < turn.paragraphs; p++) {
      const words = Math.max(3, Math.round(((duration * WORDS_PER_SECOND) / turn.paragraphs) * (0.6 + 0.8 * rng())));
      const text = paragraph(rng, Math.min(words, 160));
      out.push(`- line: ${q(mentionedAt.has(line++) ? insertWord(rng, text, mention!.word) : text)}`);
      // The first paragraph has its time; later ones repeat it or (as in real files) leave it out.
      if (p === 0 || rng() < 0.65) out.push(`  sec: ${sec}`, `  time: ${q(formatClock(sec))}`);
      out.push(`  who: ${turn.speaker}`);
    }
  });
  return out;
}

const showNotes = (rng: Rng, guest: string) =>
  [
    paragraph(rng, int(rng, 20, 40)),
    '',
    'Links:',
    '',
    `* [${guest}'s LinkedIn](https://www.linkedin.com/in/${guest.toLowerCase()}/){:target="_blank"}`,
    `* [Slides](https://example.com/slides/${int(rng, 1000, 9999)}){:target="_blank"}`,
    '',
  ].join('\n');

export function longEpisode(spec: LongEpisodeSpec): string {
  const rng = random(spec.seed);
  const [first, last] = pick(rng, NAMES);
  const guestId = personId(first, last);
  const title = `${titleCase(rng, 5)}: a ${spec.hours}-hour bench episode`;
  return [
    ...frontMatter({
      title,
      short: `Bench: ${spec.lines} lines`,
      season: 99,
      episode: spec.lines,
      guests: [guestId],
      topics: [pick(rng, TOPICS), pick(rng, TOPICS)].filter((t, i, all) => all.indexOf(t) === i),
      youtube: youtubeId(rng),
      date: '2024-01-01',
    }),
    ...transcript(rng, spec.lines, Math.round(spec.hours * 3600), spec.sections, ['Alexey', first]),
    '---',
    showNotes(rng, first),
  ].join('\n');
}

/**
 * A library episode: the library page shows only its summary, but transcript search indexes its whole page,
 * so the transcript is of real length (100–300 lines, about 65 lines a section).
 */
export function libraryEpisode(index: number): string {
  const rng = random(100_000 + index);
  const guestNames = Array.from({ length: rng() < 0.2 ? 2 : 1 }, () => pick(rng, NAMES));
  const guests = [...new Set(guestNames.map(([f, l]) => personId(f, l)))];
  const topics = [...new Set(Array.from({ length: int(rng, 2, 6) }, () => pick(rng, TOPICS)))];
  const short = titleCase(rng, int(rng, 3, 6));
  // SEARCH_MATCHES episodes spread evenly through the library, and only those, have the word in their title.
  const share = (i: number) => Math.floor((i * SEARCH_MATCHES) / LIBRARY_SIZE);
  const searchable = share(index) !== share(index - 1);
  const title = `${short}${searchable ? ` and ${SEARCH_WORD}` : ''}: ${titleCase(rng, int(rng, 3, 7))}`;
  const season = 1 + Math.floor(index / 25);
  const day = new Date(Date.UTC(2019, 0, 1) + index * 3.5 * 86_400_000).toISOString().slice(0, 10);
  return [
    ...frontMatter({
      title,
      short,
      season,
      episode: (index % 25) + 1,
      guests,
      topics,
      youtube: youtubeId(rng),
      date: day,
    }),
    // One in twenty is published before its transcript, as on real sites: the library lists it all the same.
    ...(index % 20 === 19 ? [] : libraryTranscript(rng, index, guestNames[0]![0])),
    '---',
    showNotes(rng, guestNames[0]![0]),
  ].join('\n');
}

function libraryTranscript(rng: Rng, index: number, guest: string): string[] {
  const lines = int(rng, 100, 300);
  const seconds = int(rng, 1800, 5400);
  const mention = saysRareWord(index) ? { word: TRANSCRIPT_QUERIES.rare.word, lines: int(rng, 1, 3) } : undefined;
  return transcript(rng, lines, seconds, Math.max(2, Math.round(lines / 65)), ['Alexey', guest], mention);
}

export interface GeneratedFolders {
  /** The seed and the long episodes: one build serves every episode input. */
  episodesDir: string;
  libraryDir: string;
}

export function generateAll(root: string): GeneratedFolders {
  const episodesDir = join(root, 'episodes');
  const libraryDir = join(root, 'library-episodes');
  for (const dir of [episodesDir, libraryDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  copyFileSync(SEED_FILE, join(episodesDir, `${SEED_SLUG}.md`));
  for (const spec of LONG_EPISODES) writeFileSync(join(episodesDir, `${spec.slug}.md`), longEpisode(spec));
  for (let i = 0; i < LIBRARY_SIZE; i++) {
    writeFileSync(join(libraryDir, `lib-${String(i + 1).padStart(3, '0')}.md`), libraryEpisode(i));
  }
  return { episodesDir, libraryDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? 'bench-results';
  const { episodesDir, libraryDir } = generateAll(root);
  console.log(`Wrote ${episodesDir} and ${libraryDir}`);
}
