import { describe, expect, it } from 'vitest';
import {
  cleanSpeakerName,
  editDistance,
  looksLikeName,
  looksLikeSentence,
  typoTarget,
} from '../../src/episodes/speakers.ts';

describe('cleanSpeakerName', () => {
  it.each([
    ['Alexey:', 'Alexey'],
    ['  Luke   Whipps ', 'Luke Whipps'],
    ['- Jane -', 'Jane'],
    ['Dr. Smith', 'Dr. Smith'],
  ])('%j → %j', (raw, clean) => expect(cleanSpeakerName(raw)).toBe(clean));
});

describe('names and sentences', () => {
  it.each(['Alexey', 'Luke Whipps', "Mary-Jane O'Neil", 'José'])('%j looks like a name', (text) => {
    expect(looksLikeName(text)).toBe(true);
    expect(looksLikeSentence(text)).toBe(false);
  });

  it.each(['It did appeal to everyone, but to a lot', 'Thanks, really.', 'Why not?'])(
    '%j looks like a sentence',
    (text) => {
      expect(looksLikeSentence(text) || !looksLikeName(text)).toBe(true);
    },
  );
});

describe('typoTarget', () => {
  const counts = new Map([
    ['Aditya', 96],
    ['Alexey', 1780],
    ['Adityaitya', 3],
    ['Alexy', 1],
    ['Alex', 2],
    ['Ana', 2],
  ]);

  it('maps rare misspellings to the frequent name', () => {
    expect(typoTarget('Adityaitya', counts, new Set())).toBe('Aditya');
    expect(typoTarget('Alexy', counts, new Set())).toBe('Alexey');
  });

  it('never merges a shorter name, a frequent name or a known person', () => {
    expect(typoTarget('Alex', counts, new Set())).toBeUndefined();
    expect(typoTarget('Aditya', counts, new Set())).toBeUndefined();
    expect(typoTarget('Alexy', counts, new Set(['alexy']))).toBeUndefined();
    expect(typoTarget('Ana', counts, new Set())).toBeUndefined();
  });

  it('measures edit distance', () => {
    expect(editDistance('eleni', 'elena')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
