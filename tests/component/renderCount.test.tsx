/**
 * The performance contract of the transcript: playback touches no line, neither on a tick within a line
 * nor when the line changes beyond the two attribute writes of the highlight (see useLineHighlight), and
 * other changes touch only the lines involved. The lines are plain elements, not components (LineBlock), so
 * what is counted is what happens to them: every change to the transcript's DOM, by line.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { expectActive, line, openSearchByKey, press, renderEpisode, seed, transcript } from './helpers.tsx';

let observer: MutationObserver | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  players.length = 0;
});
afterEach(() => {
  observer?.disconnect();
  vi.useRealTimers();
});

/** Starts recording every change to the transcript's lines (their attributes, children and text). */
function watchLines(...roots: Element[]) {
  observer = new MutationObserver(() => undefined);
  for (const root of roots.length > 0 ? roots : [transcript()]) {
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }
}

/**
 * The changes since the last call, by line: `index → ['aria-current', 'tabindex', 'children', …]`, one entry per
 * change. A change outside any line (a slot of the copy buttons moving between lines) is under -1.
 */
function takeChanges(): Record<number, string[]> {
  const changes: Record<number, string[]> = {};
  for (const record of observer!.takeRecords()) {
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    const index = Number(node?.closest<HTMLElement>('[data-line]')?.dataset.line ?? -1);
    (changes[index] ??= []).push(record.type === 'attributes' ? record.attributeName! : 'children');
  }
  return changes;
}

describe('line changes', () => {
  const episode = seed();

  it('touches no line on ticks within a line, and only the two highlight attributes when the line changes', async () => {
    await renderEpisode(episode, '?t=1826');
    press('k');
    watchLines();

    advance(30); // 120 frames inside the 30:26 line
    expectActive('30:26');
    expect(takeChanges()).toEqual({});

    advance(12.25); // crosses 31:08
    expectActive('31:08');
    expect(line('30:26')).not.toHaveAttribute('aria-current');
    expect([line('30:26').tabIndex, line('31:08').tabIndex]).toEqual([-1, 0]);
    const [from, to] = [line('30:26'), line('31:08')].map((element) => Number(element.dataset.line));
    expect(takeChanges()).toEqual({ [from!]: ['aria-current', 'tabindex'], [to!]: ['aria-current', 'tabindex'] });
  });

  it('touches only the two lines when the reader seeks far away', async () => {
    await renderEpisode(episode, '?t=1826');
    watchLines();
    act(() => line('1:01:57').click());
    expectActive('1:01:57');
    // (Outside the lines, the section headers' highlight moves too.)
    const lines = Object.keys(takeChanges())
      .map(Number)
      .filter((index) => index >= 0);
    expect(lines.sort((a, b) => a - b)).toEqual([
      Number(line('30:26').dataset.line),
      Number(line('1:01:57').dataset.line),
    ]);
    expect(currentPlayer().calls).toEqual(['seekTo 3717', 'play']);
  });

  it('moves only the copy button when the pointer moves from line to line, touching no line', async () => {
    await renderEpisode(episode, '?t=1826');
    watchLines();
    act(() => void line('1:01:57').dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    expect(line('1:01:57').nextElementSibling).toContainElement(
      screen.getByRole('button', { name: 'Copy link to 1:01:57' }),
    );
    act(() => void line('1:02:05').dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    expect(line('1:02:05').nextElementSibling).toContainElement(
      screen.getByRole('button', { name: 'Copy link to 1:02:05' }),
    );
    expect(screen.queryByRole('button', { name: 'Copy link to 1:01:57' })).not.toBeInTheDocument();
    expect(Object.keys(takeChanges())).toEqual(['-1']);
  });
});

describe('chapter changes', () => {
  it('write the highlight onto the two section headers and the two chapters involved, and nothing else', async () => {
    const episode = seed();
    await renderEpisode(episode, '?t=1826');
    press('k');
    const before = episode.sections.findIndex((section) => section.start === 1826);
    advance(episode.sections[before + 1]!.start - 1826 - 0.5);
    watchLines(transcript(), document.querySelector('.chapter-list')!);

    advance(1); // into the next chapter
    const changes = observer!.takeRecords().map((record) => {
      const element = record.target instanceof Element ? record.target : record.target.parentElement!;
      if (element.closest('.chapter-progress')) return 'progress drawn';
      const what = element.matches('.section-header') ? `header ${element.getAttribute('data-section')}` : '';
      const chapter = element.closest('[data-chapter]')?.getAttribute('data-chapter');
      return `${what || (chapter ? `chapter ${chapter}` : element.className)} ${record.type === 'attributes' ? record.attributeName : 'children'}`;
    });
    const [a, b] = [before, before + 1];
    // (Beside these, the new line's highlight, and the progress bar drawn as time goes on.)
    expect(changes.filter((change) => !/^line |^progress drawn$/.test(change)).sort()).toEqual(
      [
        `header ${a} aria-current`,
        `header ${b} aria-current`,
        `chapter ${a} aria-current`,
        `chapter ${b} aria-current`,
        // The progress bar's slot leaves the one chapter and joins the other.
        `chapter ${a} children`,
        `chapter ${b} children`,
      ].sort(),
    );
    expect(document.querySelector(`[data-chapter="${b}"]`)).toHaveAttribute('aria-current', 'true');
    expect(document.querySelector(`[data-chapter="${b}"] .chapter-progress`)).not.toBeNull();
    expect(document.querySelectorAll('.chapter[aria-current], .section-header[aria-current]')).toHaveLength(2);
  });
});

describe('search changes', () => {
  const episode = seed();
  const withText = (pattern: RegExp) =>
    episode.lines.flatMap((line, index) => (pattern.test(line.text) ? [index] : []));
  const changedLines = () =>
    Object.keys(takeChanges())
      .map(Number)
      .filter((index) => index >= 0);

  it('touches only the lines whose marks change: as the query changes, and on each step', async () => {
    await renderEpisode(episode, '?t=1826');
    await openSearchByKey();
    const field = screen.getByRole('searchbox', { name: 'Search the transcript' });
    watchLines();

    const type = (value: string) => {
      act(() => void fireEvent.change(field, { target: { value } }));
      act(() => vi.runAllTimers()); // the marks out of view are published in chunks
    };
    type('recruite');
    expect(changedLines()).toEqual(withText(/recruite/i));
    // "recruiters" matches a subset of the lines "recruite" matched, plus none new: those left are unmarked.
    type('recruiters');
    const changed = changedLines();
    expect(changed.every((index) => /recruite/i.test(episode.lines[index]!.text))).toBe(true);
    expect(changed.length).toBeGreaterThan(0);

    const before = screen.getByText(/of \d+$/).textContent;
    act(() => void fireEvent.keyDown(field, { key: 'Enter' }));
    expect(screen.getByText(/of \d+$/).textContent).not.toBe(before);
    expect(changedLines().length).toBeLessThanOrEqual(2);
  });
});
