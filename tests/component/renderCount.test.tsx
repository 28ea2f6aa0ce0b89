/**
 * The performance contract of the transcript: playback renders no line, neither on a tick within a line
 * nor when the line changes (the highlight is two attribute writes, see useLineHighlight), and other
 * changes render only the lines involved. Every render of a line calls `useLineFlags` once, so counting
 * those calls counts line renders.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PlaybackContext from '../../src/store/PlaybackContext.tsx';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { expectActive, line, press, renderEpisode, seed } from './helpers.tsx';

const renders = new Map<number, number>();
/** Renders of section headers and chapter list items (each calls `useIsActiveSection` once), by section. */
const sectionRenders = new Map<number, number>();

vi.mock('../../src/store/PlaybackContext.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof PlaybackContext>();
  return {
    ...actual,
    useLineFlags: (index: number) => {
      renders.set(index, (renders.get(index) ?? 0) + 1);
      return actual.useLineFlags(index);
    },
    useIsActiveSection: (index: number) => {
      sectionRenders.set(index, (sectionRenders.get(index) ?? 0) + 1);
      return actual.useIsActiveSection(index);
    },
  };
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  players.length = 0;
});
afterEach(() => vi.useRealTimers());

/** Line renders since the last call, as index → count. */
function takeRenders(): Record<number, number> {
  const taken = Object.fromEntries(renders);
  renders.clear();
  return taken;
}

describe('line renders', () => {
  const episode = seed();

  it('renders every line once on load', async () => {
    await renderEpisode(episode, '?t=1826');
    const counts = takeRenders();
    expect(Object.keys(counts)).toHaveLength(episode.lines.length);
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
  });

  it('renders no line on ticks within a line, nor when the line changes', async () => {
    await renderEpisode(episode, '?t=1826');
    press('k');
    takeRenders();

    advance(30); // 120 frames inside the 30:26 line
    expectActive('30:26');
    expect(takeRenders()).toEqual({});

    advance(12.25); // crosses 31:08
    expectActive('31:08');
    expect(line('30:26')).not.toHaveAttribute('aria-current');
    expect([line('30:26').tabIndex, line('31:08').tabIndex]).toEqual([-1, 0]);
    expect(takeRenders()).toEqual({});
  });

  it('renders no line when the reader seeks far away', async () => {
    await renderEpisode(episode, '?t=1826');
    takeRenders();
    act(() => line('1:01:57').click());
    expectActive('1:01:57');
    expect(takeRenders()).toEqual({});
    expect(currentPlayer().calls).toEqual(['seekTo 3717', 'play']);
  });

  it('renders just the lines involved when the pointer moves from line to line', async () => {
    await renderEpisode(episode, '?t=1826');
    takeRenders();
    act(() => void line('1:01:57').dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    expect(takeRenders()).toEqual({ 147: 1 });
    act(() => void line('1:02:05').dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    expect(takeRenders()).toEqual({ 147: 1, 148: 1 });
  });
});

describe('chapter renders', () => {
  it('renders only the two chapters and section headers involved when the chapter changes', async () => {
    const episode = seed();
    await renderEpisode(episode, '?t=1826');
    press('k');
    const before = episode.sections.findIndex((section) => section.start === 1826);
    advance(episode.sections[before + 1]!.start - 1826 - 0.5);
    sectionRenders.clear();

    advance(1); // into the next chapter
    // Each of the two sections renders its header and its chapter list item once.
    expect(Object.fromEntries(sectionRenders)).toEqual({ [before]: 2, [before + 1]: 2 });
  });
});

describe('search renders', () => {
  const episode = seed();
  const withText = (pattern: RegExp) =>
    Object.fromEntries(episode.lines.flatMap((line, index) => (pattern.test(line.text) ? [[index, 1] as const] : [])));

  it('renders only the lines whose marks change: as the query changes, and on each step', async () => {
    await renderEpisode(episode, '?t=1826');
    press('/');
    const field = screen.getByRole('searchbox', { name: 'Search the transcript' });
    takeRenders();

    const type = (value: string) => {
      act(() => void fireEvent.change(field, { target: { value } }));
      act(() => vi.runAllTimers()); // the marks out of view are published in chunks
    };
    type('recruite');
    expect(takeRenders()).toEqual(withText(/recruite/i));
    // "recruiters" matches a subset of the lines "recruite" matched, plus none new: those left are unmarked.
    type('recruiters');
    const changed = Object.keys(takeRenders()).map(Number);
    expect(changed.every((index) => /recruite/i.test(episode.lines[index]!.text))).toBe(true);
    expect(changed.length).toBeGreaterThan(0);

    const before = screen.getByText(/of \d+$/).textContent;
    act(() => void fireEvent.keyDown(field, { key: 'Enter' }));
    expect(screen.getByText(/of \d+$/).textContent).not.toBe(before);
    expect(Object.keys(takeRenders()).length).toBeLessThanOrEqual(2);
  });
});
