import { describe, expect, it } from 'vitest';
import { brief, compileFixture, compileText } from './fixtures.ts';

const lineSummary = (name: string) =>
  compileFixture(name).episode!.lines.map((line) => [line.start, line.estimated, line.text]);

describe('timeline from files', () => {
  it('walks a turn whose paragraphs repeat a sec or have none, and keeps sec 0', () => {
    const result = compileFixture('repeated-secs');
    expect(brief(result)).toEqual([]);
    expect(lineSummary('repeated-secs')).toEqual([
      [0, false, 'Welcome.'],
      [10, false, 'First paragraph of a long turn, thirty chars.'],
      // 30 s shared by 45 + 30 + 47 characters: 21.06 s and 28.44 s, on whole seconds.
      [21, true, 'Second paragraph, same second.'],
      [28, true, 'A continuation paragraph without a time at all.'],
      [40, false, 'Next turn.'],
    ]);
  });

  it('repairs backwards times, dropping one stray sec rather than squashing the lines after it', () => {
    const result = compileFixture('backwards');
    expect(brief(result)).toEqual([
      '16:8 warning sec 195 (3:15) goes back 5 s from 3:20 earlier in the file; placed at 4:11 (estimated)',
      '25:8 warning sec 2000 (33:20) is later than the 3 timed lines after it, so it is taken as a typo; placed at 5:04 (estimated)',
    ]);
    expect(result.episode!.lines.map((line) => line.start)).toEqual([100, 200, 251, 300, 304, 310, 320, 330]);
    expect(result.episode!.sections.map(({ title, start, end }) => [title, start, end])).toEqual([
      ['Part one', 100, 304],
      ['Part two', 304, 334.5],
    ]);
  });

  it('shows times computed from sec and reports time text that disagrees or is malformed', () => {
    const result = compileFixture('time-text');
    expect(brief(result)).toEqual([
      "9:9 warning time '2:15' disagrees with sec 125 (2:05); the line shows 2:05 from sec",
      "13:9 warning time '37:567' is not a clock time (M:SS or H:MM:SS); the line shows 37:47 from sec 2267",
      "17:9 warning time '60:08' is not written as M:SS or H:MM:SS; shown as 1:00:08",
      "21:9 warning time '1:01: 40' is not a clock time (M:SS or H:MM:SS); the line shows 1:01:40 from sec 3700",
      "25:9 warning line has time '1:02:00' but no sec; started at 1:02:00 from time",
      "28:8 warning sec 'soon' is not a number of seconds; the line's start is estimated",
    ]);
    expect(result.episode!.lines.map((line) => line.start)).toEqual([125, 2267, 3608, 3700, 3720, 3728]);
    expect(result.diagnostics[0]!.fix).toBe("Correct `time` to '2:05', or `sec` if the time is the right one");
  });
});

describe('headers and sections', () => {
  it('merges duplicate headers, ignores empty ones and reports headers without lines', () => {
    const result = compileFixture('headers');
    expect(brief(result)).toEqual([
      "6:3 warning header 'Podcast Introduction' has no lines before the next header",
      "12:3 warning header repeats the header at line 7 ('Guest Background'); the two sections are shown as one",
      '17:3 warning header is empty; ignored',
      "18:3 warning header 'Empty in the middle' has no lines before the next header",
      "24:3 warning header 'Dangling at the end' has no lines before the end of the transcript",
    ]);
    expect(result.episode!.sections).toEqual([
      // The header before any line covers what plays before anybody speaks.
      { title: 'Podcast Introduction', start: 0, end: 60, firstLine: 0, lineCount: 0 },
      { title: 'Guest Background', start: 60, end: 90, firstLine: 0, lineCount: 2 },
      { title: 'Empty in the middle', start: 90, end: 90, firstLine: 2, lineCount: 0 },
      { title: 'Real topic', start: 90, end: 98.5, firstLine: 2, lineCount: 1 },
      { title: 'Dangling at the end', start: 98.5, end: 98.5, firstLine: 3, lineCount: 0 },
    ]);
    expect(result.episode!.lines.map((line) => line.section)).toEqual([1, 1, 3]);
    expect(result.diagnostics[0]!.fix).toBe('Remove it, or keep it as the intro chapter (0:00–1:00)');
  });

  it('accepts a transcript with no headers at all', () => {
    const result = compileFixture('no-headers');
    expect(brief(result)).toEqual([]);
    expect(result.episode!.sections).toEqual([]);
    expect(result.episode!.lines.map((line) => line.section)).toEqual([-1, -1]);
  });
});

describe('speakers', () => {
  const result = compileFixture('speakers');
  const episode = result.episode!;
  const said = episode.lines.map((line) => [episode.speakers[line.speaker]?.name, line.text]);

  it('reports every repair at its line', () => {
    expect(brief(result)).toEqual([
      "11:8 warning speaker 'Alexey:' has stray characters; shown as 'Alexey'",
      "15:8 warning line and who look swapped (who is 'Thanks for having me, it is a real plea…', line is 'Jane'); read the other way round",
      '23:8 warning who holds a sentence, not a name; it is shown as speech after the line, and the speaker is guessed as Jane',
      "24:3 warning line has no who; it continues Jane's turn",
      "25:3 warning line repeats the next line's text ('This paragraph was pasted twice by mist…'); shown once",
      "34:8 warning speaker 'Alexeyy' looks like a typo of 'Alexey'; shown as Alexey",
    ]);
  });

  it('repairs names, swaps, sentences in who, missing speakers and repeated paragraphs', () => {
    expect(said).toEqual([
      ['Alexey', 'Hello, I am the host.'],
      ['Jane', 'Thanks for having me, it is a real pleasure to be here today.'],
      ['Alexey', 'A question about tools?'],
      ['Jane', 'That is the answer people usually give.'],
      ['Jane', 'It did appeal to everyone, but mostly to engineers who like the command line.'],
      ['Jane', 'A paragraph with no speaker at all.'],
      ['Jane', 'This paragraph was pasted twice by mistake.'],
      ['Alexey', 'Typo speaker.'],
      // Two speakers saying the same short thing is a conversation, not a slip.
      ['Alexey', 'Bye.'],
      ['Jane', 'Bye.'],
      ['Alexey', 'Alexey'],
      ['Alexey', 'One'],
      ['Alexey', 'Two'],
      ['Alexey', 'Three'],
    ]);
    // The kept copy of a repeated paragraph takes over the dropped one's time.
    expect(episode.lines[6]!.start).toBe(50);
  });

  it("takes full names from people files and guests' ids", () => {
    expect(episode.speakers).toEqual([
      { name: 'Alexey', fullName: 'Alexey Grigorev' },
      { name: 'Jane', fullName: 'Jane Doe' },
    ]);
    expect(episode.guests).toEqual([
      {
        id: 'janedoe',
        name: 'Jane Doe',
        known: true,
        links: [
          { label: 'LinkedIn', url: 'https://www.linkedin.com/in/janedoe' },
          { label: 'Twitter', url: 'https://twitter.com/jane' },
          { label: 'GitHub', url: 'https://github.com/janedoe' },
          { label: 'Website', url: 'https://jane.example.com' },
        ],
      },
    ]);
  });

  it('guesses a guest name from the id when there is no people file', () => {
    const { episode } = compileText(
      '---\ntitle: T\nguests: [lukewhipps]\nids: {youtube: abcdefghijk}\ntranscript:\n- line: Hi.\n  sec: 1\n  who: Luke\n---\n',
    );
    expect(episode!.guests).toEqual([{ id: 'lukewhipps', name: 'Luke Whipps', known: false, links: [] }]);
    expect(episode!.speakers).toEqual([{ name: 'Luke', fullName: 'Luke Whipps' }]);
  });

  it('matches a speaker spelled one letter off from the guest, and says so', () => {
    const result = compileText(
      '---\ntitle: T\nguests: [janedoe]\nids: {youtube: abcdefghijk}\ntranscript:\n- line: Hi.\n  sec: 1\n  who: Jana\n---\n',
    );
    expect(result.episode!.speakers).toEqual([{ name: 'Jana', fullName: 'Jane Doe' }]);
    expect(brief(result)).toEqual([
      "8:8 warning speaker 'Jana' is spelled differently from the guest 'Jane Doe'; taken as the same person",
    ]);
  });
});

describe('text', () => {
  it('keeps typography and markup-like text as plain text, removing only invisible characters', () => {
    const result = compileFixture('text');
    expect(brief(result)).toEqual([
      '10:9 warning text contains invisible direction-control characters that can reorder how it is displayed; they were removed',
    ]);
    expect(result.episode!.lines.map((line) => line.text)).toEqual([
      'It’s “quoted” – ten\u00a0000 people. [laughs]',
      'Zerowidth and reversed text.',
      'Pay <an hourly amount> and <script>alert(1)</script> <img src=x onerror=alert(2)>',
      'Two lines.',
    ]);
  });
});

describe('front matter', () => {
  it('reads quoted values continued on unindented lines, as Jekyll does, and says where', () => {
    const result = compileFixture('unindented-quote');
    expect(brief(result)).toEqual([
      '3:1 warning this line continues a quoted value but is not indented, which YAML 1.2 rejects; read as part of the value',
      '9:1 warning this line continues a quoted value but is not indented, which YAML 1.2 rejects; read as part of the value',
    ]);
    expect(result.episode!.title).toBe('A title that continues on the next line');
    expect(result.episode!.lines[0]!.text).toBe('A quoted line that continues without indentation.');
  });

  it('fills in what a file without optional keys leaves out', () => {
    const result = compileFixture('minimal');
    expect(brief(result)).toEqual([
      "1:1 warning the file has no title; shown as 'Minimal'",
      '1:1 warning the episode has no YouTube id; the page shows the transcript without video',
    ]);
    const episode = result.episode!;
    expect([episode.title, episode.shortTitle, episode.youtubeId, episode.guests, episode.topics]).toEqual([
      'Minimal',
      'Minimal',
      undefined,
      [],
      [],
    ]);
  });

  it('reads metadata, ignoring unknown keys', () => {
    const { episode, diagnostics } = compileText(`---
title: "Full title"
short: Short
season: 3
episode: '4'
guests: janedoe
topics: [Careers, Tools, Careers]
ids: {youtube: abcdefghijk, anchor: some-id}
dateadded: 2022-10-15
duration: PT1H
keywords: [ignored]
context: also ignored
transcript:
- line: Hi.
  sec: 1
  who: Jane
---
`);
    expect(diagnostics).toEqual([]);
    expect(episode).toMatchObject({
      title: 'Full title',
      shortTitle: 'Short',
      season: 3,
      episode: 4,
      topics: ['Careers', 'Tools'],
      youtubeId: 'abcdefghijk',
      date: '2022-10-15',
      guests: [{ id: 'janedoe', name: 'Jane Doe' }],
    });
  });

  it('takes the video id from the YouTube link when ids.youtube is missing or wrong', () => {
    const result = compileText(
      '---\ntitle: T\nids: {youtube: not an id}\nlinks: {youtube: "https://youtu.be/NnZjlMowkWA"}\ntranscript:\n- line: Hi.\n  sec: 1\n  who: A\n---\n',
    );
    expect(result.episode!.youtubeId).toBe('NnZjlMowkWA');
    expect(brief(result)).toEqual([
      "3:16 warning ids.youtube 'not an id' is not a YouTube video id (11 letters, digits, - or _); used NnZjlMowkWA from links.youtube",
    ]);
  });
});

describe('show notes', () => {
  const result = compileFixture('show-notes');

  it('keeps only web links and reports the others', () => {
    expect(result.episode!.links).toEqual({ youtube: 'https://www.youtube.com/watch?v=abcdefghijk' });
    expect(brief(result)).toEqual([
      "7:10 warning links.apple 'TODO' is not a web address; no link is shown",
      "8:12 warning links.spotify 'javascript:alert(1)' is not a web address; no link is shown",
    ]);
  });

  it('turns the Markdown body into a safe tree without kramdown markers or live HTML', () => {
    expect(result.episode!.body).toEqual([
      { type: 'p', children: ['Links:'] },
      {
        type: 'list',
        ordered: false,
        children: [
          {
            type: 'li',
            children: [{ type: 'link', href: 'https://www.linkedin.com/in/janedoe/', children: ["Jane's LinkedIn"] }],
          },
          {
            type: 'li',
            children: [
              'Her site: ',
              { type: 'link', href: 'https://jane.example.com', children: ['https://jane.example.com'] },
            ],
          },
          { type: 'li', children: ['Bad link'] },
        ],
      },
      { type: 'p', children: ['We talked about:'] },
      {
        type: 'list',
        ordered: true,
        children: [
          { type: 'li', children: ['Careers'] },
          {
            type: 'li',
            children: [{ type: 'strong', children: ['Tools'] }, ' and ', { type: 'em', children: ['habits'] }],
          },
        ],
      },
      { type: 'heading', depth: 2, children: ['A heading'] },
      { type: 'p', children: ["<script>alert('x')</script>"] },
      {
        type: 'p',
        children: [
          '<b onclick="alert(1)">bold?</b> and ',
          { type: 'link', href: 'https://bare.example.org', children: ['https://bare.example.org'] },
        ],
      },
    ]);
  });
});

describe('content a checker flags but cannot fix', () => {
  it('flags a pasted chapter list and a transcript where no guest speaks', () => {
    expect(brief(compileFixture('chapter-list'))).toEqual([
      '8:3 warning no guest of this episode (marysmith) speaks in the transcript (speakers: Alexey, Bob); it may belong to another episode',
      '16:1 warning line holds 4 timestamps and looks like a pasted chapter list, not speech',
    ]);
  });

  it('does not take clock times in speech for a chapter list', () => {
    const result = compileText(
      '---\ntitle: T\nids: {youtube: abcdefghijk}\ntranscript:\n- line: We start at 8:00 a.m., 9:00 a.m., 10:00 a.m. — whatever.\n  sec: 1\n  who: A\n---\n',
    );
    expect(brief(result)).toEqual([]);
  });
});

describe('files that cannot be repaired', () => {
  it.each([
    [
      'no-front-matter',
      '1:1 error the file has no front matter: it does not start with a line ---',
      'Start the file with `---`, then the YAML fields (title, ids, transcript…), then `---`; the Markdown show notes go after it',
    ],
    [
      'yaml-error',
      '8:3 error YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'Indent this line like the other items at its level',
    ],
    [
      'no-timed-lines',
      '4:1 error no line of the transcript has a time, so nothing can be placed on the video',
      'Give lines a `sec` (seconds from the start) and `time` (M:SS)',
    ],
    [
      'unclosed',
      '1:1 error the front matter opened by --- on line 1 is never closed',
      'Add a line `---` after the last YAML field, before the show notes',
    ],
  ])('%s: says where and what to do', (name, diagnostic, fix) => {
    const result = compileFixture(name, 'broken');
    expect(result.episode).toBeUndefined();
    expect(brief(result)[0]).toBe(diagnostic);
    expect(result.diagnostics[0]!.fix).toBe(fix);
    expect(result.diagnostics[0]!.file).toBe(`broken/${name}.md`);
  });

  it('reads a file whose front matter lacks the --- lines, and says so', () => {
    const result = compileFixture('bare-yaml', 'broken');
    expect(result.episode!.lines[0]!.text).toBe('Still readable.');
    expect(brief(result)[0]).toBe(
      '1:1 warning the file has no --- lines around its front matter; the whole file was read as YAML',
    );
  });
});
