import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { activeLine, expectActive, fixture, line, press, renderEpisode, seed, transcript } from './helpers.tsx';
import { LOOKS_AGAIN } from '../../src/transcript/follow.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  players.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

const episode = seed();
const chapters = () => screen.getByRole('navigation', { name: 'Chapters' });
const currentHeader = () => transcript().querySelector('h3[aria-current="true"]');
const shareButton = () => within(document.querySelector<HTMLElement>('.share-controls')!).getAllByRole('button')[0]!;
const currentChapter = () =>
  within(chapters())
    .getAllByRole('button')
    .find((b) => b.getAttribute('aria-current'));

describe('playback and sync', () => {
  it('highlights the line being spoken and its section, and walks through a long turn', async () => {
    await renderEpisode(episode, '?t=1826');
    expectActive('30:26');
    expect(currentHeader()).toHaveTextContent(/^Interviewer Research/);
    expect(currentChapter()).toHaveTextContent(/^30:26 Interviewer Research/);

    press('k');
    expect(currentPlayer().state).toBe('playing');
    advance(41);
    expectActive('30:26');
    advance(1.5); // 31:08.5
    expectActive('31:08');
    advance(53.5); // 32:02
    expectActive('32:01');
    advance(26); // 32:28
    expectActive('32:27');
    expect(activeLine()).toHaveTextContent("But it doesn't mean that I behave like that");
  });

  it('has no active line before the first one is spoken', async () => {
    await renderEpisode(episode);
    expect(activeLine()).toBeNull();
    press('k');
    advance(101);
    expectActive('1:41');
  });

  it('stops reading the clock while paused', async () => {
    await renderEpisode(episode, '?t=1826');
    press('k');
    advance(1);
    press('k');
    expect(currentPlayer().state).toBe('paused');
    currentPlayer().time = 1950; // a paused player does not move; a running clock would pick this up
    act(() => vi.advanceTimersToNextFrame());
    expectActive('30:26');
  });
});

describe('seeking', () => {
  it('seeks to a clicked line and plays; the highlight moves at once and does not flash back', async () => {
    await renderEpisode(episode, '?t=1826');
    const player = currentPlayer();
    player.lagSeeks = true; // its clock reads the old position for a while after seekTo
    fireEvent.click(line('32:27'));
    expectActive('32:27');
    expect(player.calls).toEqual(['seekTo 1947', 'play']);
    advance(0.5);
    expect(player.time).toBe(1826.5);
    expectActive('32:27');
    player.arrive();
    advance(1);
    expectActive('32:27');
    expect(player.time).toBe(1948);
  });

  it('does not seek when the reader selects text in a line', async () => {
    await renderEpisode(episode, '?t=1826');
    const target = line('32:27');
    const selection = { isCollapsed: false, anchorNode: target.lastChild } as unknown as Selection;
    vi.spyOn(document, 'getSelection').mockReturnValue(selection);
    fireEvent.click(target);
    expectActive('30:26');
    expect(currentPlayer().calls).toEqual([]);
  });

  it('seeks from the keyboard with Enter or Space on a focused line', async () => {
    await renderEpisode(episode, '?t=1826');
    const target = line('32:27');
    act(() => target.focus());
    press('Enter', target);
    expect(currentPlayer().calls).toEqual(['seekTo 1947', 'play']);
    const other = line('32:36');
    act(() => other.focus());
    press(' ', other);
    expectActive('32:36');
  });

  it('moves focus between lines with the arrow keys, Home and End; only one line is tabbable', async () => {
    await renderEpisode(episode, '?t=1826');
    const start = line('30:26');
    expect(start).toHaveAttribute('tabindex', '0');
    expect(transcript().querySelectorAll('[data-line][tabindex="0"]')).toHaveLength(1);
    // No copy button moves along during plain playback; a focused line gets one, as its next Tab stop.
    const copy = () => transcript().querySelectorAll('[data-copy]');
    expect(copy()).toHaveLength(0);
    act(() => start.focus());
    expect(copy()).toHaveLength(1);
    expect(start.nextElementSibling).toContainElement(copy()[0] as HTMLElement);
    expect(copy()[0]).toHaveAccessibleName('Copy link to 30:26');
    press('ArrowDown', start);
    expect(document.activeElement).toBe(line('31:08'));
    expect(line('31:08')).toHaveAttribute('tabindex', '0');
    expect(start).toHaveAttribute('tabindex', '-1');
    expect(copy()).toHaveLength(1);
    expect(copy()[0]).toHaveAccessibleName('Copy link to 31:08');
    press('ArrowUp', document.activeElement!);
    expect(document.activeElement).toBe(start);
    press('End', start);
    expect(document.activeElement).toBe(line('1:02:10'));
    press('Home', document.activeElement!);
    expect(document.activeElement).toBe(line('1:41'));
  });

  it('seeks to a chapter, and to the next and previous chapter', async () => {
    await renderEpisode(episode, '?t=1826');
    const toggle = within(chapters()).getByRole('button', { name: /^Chapters/ }); // names the current chapter
    expect(toggle).toHaveAccessibleName(/^Chapters\s*Interviewer Research/);
    fireEvent.click(within(chapters()).getByRole('button', { name: /^22:02 Interview Process/ }));
    expect(currentPlayer().calls).toEqual(['seekTo 1322', 'play']);
    expectActive('22:02');
    expect(toggle).toHaveAccessibleName(/^Chapters\s*Interview Process/);
    fireEvent.click(within(chapters()).getByRole('button', { name: 'Next chapter' }));
    expectActive('25:50');
    press('n');
    expectActive('28:06');
    press('p'); // just past a chapter start: to the chapter before
    expectActive('25:50');
  });

  it('keeps the current chapter in view in the chapter list, scrolling only the list', async () => {
    await renderEpisode(episode, '?t=1826');
    const list = chapters().querySelector('ol')!;
    const items = [...list.querySelectorAll('li')];
    const current = items.findIndex((item) => item.querySelector('[aria-current]'));
    const scrollBy = vi.fn();
    list.scrollBy = scrollBy as typeof list.scrollBy;
    list.getBoundingClientRect = () => new DOMRect(0, 100, 300, 400); // the list shows 100–500 px
    items[current]!.getBoundingClientRect = () => new DOMRect(0, 200, 300, 40); // in view
    items[current + 1]!.getBoundingClientRect = () => new DOMRect(0, 560, 300, 40); // below it
    items[current - 1]!.getBoundingClientRect = () => new DOMRect(0, 40, 300, 40); // above it

    fireEvent.click(within(chapters()).getByRole('button', { name: 'Next chapter' }));
    await act(async () => {}); // the observer reports a microtask after observing
    expect(scrollBy).toHaveBeenLastCalledWith(0, 600 - 500 + 8);
    press('p');
    press('p'); // the chapter before the one at 30:26
    await act(async () => {});
    expect(scrollBy).toHaveBeenLastCalledWith(0, 40 - 100 - 8);
    expect(scrollBy).toHaveBeenCalledTimes(2);
  });

  it('leaves a chapter list that is not shown as it is (folded on a phone)', async () => {
    await renderEpisode(episode, '?t=1826');
    const list = chapters().querySelector('ol')!;
    const scrollBy = vi.fn();
    list.scrollBy = scrollBy as typeof list.scrollBy;
    const before = currentChapter();
    // display: none — the list and its items have no box.
    fireEvent.click(within(chapters()).getByRole('button', { name: 'Next chapter' }));
    await act(async () => {});
    expect(currentChapter()).not.toBe(before);
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('draws chapter starts on the timeline, names the chapter under the pointer, and seeks where clicked', async () => {
    await renderEpisode(episode, '?t=1826');
    const timeline = document.querySelector<HTMLElement>('.chapter-timeline')!;
    const duration = currentPlayer().getDuration();
    const starts = [
      ...timeline
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/M([\d.]+) 0V1/g),
    ].map(([, x]) => Math.round((Number(x) / 100) * duration));
    expect(starts).toContain(1322); // 22:02 Interview Process
    expect(starts).toContain(1826); // 30:26 Interviewer Research
    expect(starts).not.toContain(0); // the first chapter's start is the bar's own edge

    vi.spyOn(timeline, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 0, 1000, 6));
    const at = (seconds: number) => 100 + (seconds / duration) * 1000;
    fireEvent.pointerMove(timeline, { clientX: at(1330) });
    expect(timeline.title).toBe('Interview Process Overview: stages, scope, and assumptions');
    fireEvent.click(timeline, { clientX: at(1330) });
    expect(currentPlayer().calls.at(-2)).toMatch(/^seekTo 1330(\.\d+)?$/);
    expectActive('22:02');
  });
});

describe('keyboard shortcuts', () => {
  it('plays and pauses with K and Space, jumps with J and L', async () => {
    await renderEpisode(episode, '?t=1826');
    const player = currentPlayer();
    press('k');
    press(' ');
    expect(player.calls).toEqual(['play', 'pause']);
    press('l');
    expect(player.calls.at(-1)).toBe('seekTo 1836');
    press('j');
    press('j');
    expect(player.calls.at(-1)).toBe('seekTo 1816');
    expectActive('29:55');
  });

  it('never fires while typing, with modifiers, or when Space would press a focused button', async () => {
    await renderEpisode(episode, '?t=1826');
    const player = currentPlayer();
    const input = document.createElement('input');
    document.body.append(input);
    press('k', input);
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    });
    press(' ', shareButton());
    expect(player.calls).toEqual([]);
    input.remove();
  });

  it('opens the shortcuts help with ?', async () => {
    await renderEpisode(episode);
    press('?');
    // The dialog's code loads on the first ask.
    await act(() => vi.dynamicImportSettled());
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveAttribute('open');
  });
});

describe('follow mode', () => {
  const scroller = () => transcript().closest('.transcript-scroll') as HTMLElement;
  // Found by class, then checked by name: role queries over a 150-line page are slow.
  const backToNow = () => document.querySelector<HTMLElement>('.back-to-now');

  it('pauses on the wheel, shows Back to now, never resumes on its own, and resumes on request', async () => {
    await renderEpisode(episode, '?t=1826');
    expect(backToNow()).toBeNull();
    fireEvent.wheel(scroller());
    expect(backToNow()).toBeInTheDocument();
    press('k');
    advance(60);
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(backToNow()).toBeInTheDocument();
    fireEvent.click(backToNow()!);
    expect(backToNow()).toBeNull();
  });

  it('pauses on touch scrolling, the scrollbar, keyboard scrolling and text selection', async () => {
    await renderEpisode(episode, '?t=1826');
    const resume = () => fireEvent.click(backToNow()!);

    fireEvent.touchMove(scroller());
    expect(backToNow()).toBeInTheDocument();
    resume();
    fireEvent.pointerDown(scroller());
    expect(backToNow()).toBeInTheDocument();
    resume();
    press('PageDown', scroller());
    expect(backToNow()).toBeInTheDocument();
    resume();
    press('PageUp', line('30:26')); // lines take arrows and Enter, not Page keys
    expect(backToNow()).toBeInTheDocument();
    resume();
    const selection = { isCollapsed: false, anchorNode: line('31:08').lastChild } as unknown as Selection;
    vi.spyOn(document, 'getSelection').mockReturnValue(selection);
    act(() => void document.dispatchEvent(new Event('selectionchange')));
    expect(backToNow()).toBeInTheDocument();
  });

  it('pauses when keyboard focus moves to another line, and clicking a line resumes', async () => {
    await renderEpisode(episode, '?t=1826');
    act(() => line('30:26').focus());
    press('ArrowDown', line('30:26'));
    expect(backToNow()).toBeInTheDocument();
    fireEvent.click(line('32:27'));
    expect(backToNow()).toBeNull();
  });

  /**
   * Lays the scroll area out as 600 px tall (its scroll padding, a quarter, is 150 px), scrolled 20,000 px
   * into 100,000 px of transcript, and the line at `clock` at `top`, 100 px tall. Returns the scroll area's
   * `scrollTo`, with the calls made before this layout forgotten.
   */
  function layOut(clock: string, top: number) {
    vi.spyOn(scroller(), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 600));
    vi.spyOn(scroller(), 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(scroller(), 'scrollHeight', 'get').mockReturnValue(100_000);
    scroller().scrollTop = 20_000;
    vi.spyOn(line(clock), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, top, 800, 100));
    const scrollTo = vi.spyOn(scroller(), 'scrollTo');
    scrollTo.mockClear();
    return scrollTo;
  }
  /** Where `scrollTo` puts the view to bring a line at `top` to the scroll padding. */
  const toPadding = (top: number) => 20_000 + top - 150;

  /** The scroll that placed the opening line (jsdom lays nothing out, so it was a jump) ends with it at `top`. */
  async function settleOpeningLine(top = 150) {
    layOut('30:26', top);
    fireEvent(scroller(), new Event('scrollend'));
    await act(async () => {});
  }

  it('glides a nearby active line back into view when it leaves the comfortable band', async () => {
    await renderEpisode(episode, '?t=1826');
    const scrollTo = layOut('31:08', 520); // visible, but below the band's bottom (480 px)
    press('k');
    advance(43);
    expectActive('31:08');
    await act(async () => {}); // the observer reports after layout
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: toPadding(520), behavior: 'smooth' });
  });

  it('jumps to an active line far out of view', async () => {
    await renderEpisode(episode, '?t=1826');
    const scrollTo = layOut('58:57', 40_000);
    fireEvent.click(line('58:57'));
    await act(async () => {});
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: toPadding(40_000), behavior: 'auto' });
  });

  it('jumps with scrollIntoView to a line in a section not laid out yet (it has no box)', async () => {
    await renderEpisode(episode, '?t=1826');
    const scrollTo = layOut('58:57', 0);
    vi.spyOn(line('58:57'), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 0, 0));
    const scrollIntoView = vi.spyOn(line('58:57'), 'scrollIntoView');
    fireEvent.click(line('58:57'));
    await act(async () => {});
    expect(scrollIntoView).toHaveBeenCalledExactlyOnceWith({ block: 'start', behavior: 'auto', container: 'nearest' });
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('leaves the view alone while the active line is comfortably in view', async () => {
    await renderEpisode(episode, '?t=1826');
    await settleOpeningLine();
    const scrollTo = layOut('31:08', 300);
    fireEvent.click(line('31:08'));
    await act(async () => {});
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('places a line reached mid-glide anew, and leaves comfortable lines alone once the glide has ended', async () => {
    await renderEpisode(episode, '?t=1826');
    const gliding = layOut('31:08', 520);
    fireEvent.click(line('31:08'));
    await act(async () => {});
    expect(gliding).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'smooth' }));
    // Mid-glide, 32:01 is in the band, but the glide is still carrying the view on toward 31:08.
    const midGlide = layOut('32:01', 300);
    fireEvent.click(line('32:01'));
    await act(async () => {});
    expect(midGlide).toHaveBeenCalledExactlyOnceWith({ top: toPadding(300), behavior: 'smooth' });
    fireEvent(scroller(), new Event('scrollend'));
    await act(async () => {});
    const settled = layOut('32:27', 300);
    fireEvent.click(line('32:27'));
    await act(async () => {});
    expect(settled).not.toHaveBeenCalled();
  });

  it('places the new line when a report on the line spoken before comes after it', async () => {
    // A browser may deliver a report queued before the line changed after the new line is observed.
    const observe = vi.spyOn(IntersectionObserver.prototype, 'observe');
    await renderEpisode(episode, '?t=1826');
    const scrollTo = layOut('32:01', 520);
    fireEvent.click(line('32:01'));
    const follow = observe.mock.contexts[observe.mock.calls.findLastIndex(([el]) => el === line('32:01'))]!;
    const stale = { target: line('31:08'), rootBounds: new DOMRect(0, 0, 800, 600) };
    (follow as unknown as { callback: (entries: unknown[]) => void }).callback([stale]);
    await act(async () => {});
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: toPadding(520), behavior: 'smooth' });
  });

  it('looks again when its scroll has settled, and places the line again until it is in place', async () => {
    await renderEpisode(episode, '?t=1826');
    const jump = layOut('58:57', 40_000);
    fireEvent.click(line('58:57'));
    await act(async () => {});
    expect(jump).toHaveBeenCalledOnce();
    // The jump landed with the line under the sticky header (a jump during a glide can, in Chromium).
    const again = layOut('58:57', 10);
    fireEvent(scroller(), new Event('scrollend'));
    await act(async () => {});
    expect(again).toHaveBeenCalledExactlyOnceWith({ top: toPadding(10), behavior: 'smooth' });
    // That landing is off too (blocks laid out over slow frames moved it): it is placed once more.
    const third = layOut('58:57', 560);
    fireEvent(scroller(), new Event('scrollend'));
    await act(async () => {});
    expect(third).toHaveBeenCalledExactlyOnceWith({ top: toPadding(560), behavior: 'smooth' });
    // In place at last: the look after that scroll leaves it, and a further scrollend (not following's) asks nothing.
    const placed = layOut('58:57', 150);
    fireEvent(scroller(), new Event('scrollend'));
    await act(async () => {});
    fireEvent(scroller(), new Event('scrollend'));
    await act(async () => {});
    expect(placed).not.toHaveBeenCalled();
  });

  it('stops looking again after LOOKS_AGAIN landings astray, so a layout that never settles is not chased', async () => {
    await renderEpisode(episode, '?t=1826');
    layOut('58:57', 40_000);
    fireEvent.click(line('58:57'));
    await act(async () => {});
    const astray = layOut('58:57', 10);
    for (let look = 0; look < LOOKS_AGAIN + 2; look++) {
      fireEvent(scroller(), new Event('scrollend'));
      await act(async () => {});
    }
    expect(astray).toHaveBeenCalledTimes(LOOKS_AGAIN);
  });

  it('does not try to scroll a line that cannot move, such as the first, so the next one is judged as usual', async () => {
    await renderEpisode(episode, '?t=1826');
    await settleOpeningLine();
    const cannotMove = layOut('31:08', 20);
    scroller().scrollTop = 0; // the line is under the header, but the view is at the top already
    fireEvent.click(line('31:08'));
    await act(async () => {});
    expect(cannotMove).not.toHaveBeenCalled();
    const comfortable = layOut('32:01', 300);
    fireEvent.click(line('32:01'));
    await act(async () => {});
    expect(comfortable).not.toHaveBeenCalled();
  });

  it('glides without animation when the reader prefers reduced motion', async () => {
    window.matchMedia = vi.fn().mockReturnValue({ matches: true }) as unknown as typeof window.matchMedia;
    try {
      await renderEpisode(episode, '?t=1826');
      const scrollTo = layOut('31:08', 520);
      fireEvent.click(line('31:08'));
      await act(async () => {});
      expect(scrollTo).toHaveBeenCalledWith({ top: toPadding(520), behavior: 'auto' });
    } finally {
      delete (window as Partial<Window>).matchMedia;
    }
  });

  it('does not scroll while following is paused', async () => {
    await renderEpisode(episode, '?t=1826');
    const scrollTo = layOut('31:08', 40_000);
    fireEvent.wheel(scroller());
    press('k');
    advance(43);
    expectActive('31:08');
    await act(async () => {});
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it("keeps the transcript's scroll events from React's root, and still hears them", async () => {
    const { container } = await renderEpisode(episode, '?t=1826'); // React's root container
    const reactRoot = vi.fn();
    container.addEventListener('scroll', reactRoot, { capture: true });
    vi.spyOn(scroller(), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 600));
    const rect = vi.spyOn(line('30:26'), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 900, 800, 100));
    fireEvent.wheel(scroller());
    rect.mockReturnValue(new DOMRect(0, -300, 800, 100));
    fireEvent.scroll(scroller());
    act(() => vi.advanceTimersToNextFrame());
    expect(backToNow()).toHaveAccessibleName('Back to now, the current line is above');
    expect(reactRoot).not.toHaveBeenCalled();
  });

  it('points Back to now toward the active line', async () => {
    await renderEpisode(episode, '?t=1826');
    vi.spyOn(scroller(), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 600));
    const rect = vi.spyOn(line('30:26'), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 900, 800, 100));
    fireEvent.wheel(scroller());
    expect(backToNow()).toHaveAccessibleName('Back to now, the current line is below');
    rect.mockReturnValue(new DOMRect(0, -300, 800, 100));
    fireEvent.scroll(scroller());
    act(() => vi.advanceTimersToNextFrame());
    expect(backToNow()).toHaveAccessibleName('Back to now, the current line is above');
  });
});

describe('links', () => {
  it('opens at ?t= with the line highlighted and the video cued there', async () => {
    await renderEpisode(episode, '?t=30m26s');
    expectActive('30:26');
    expect(currentPlayer().start).toBe(1826);
  });

  it('opens at the start for a garbage ?t=', async () => {
    await renderEpisode(episode, '?t=soon');
    expect(activeLine()).toBeNull();
    expect(currentPlayer().start).toBe(0);
  });

  it('copies an absolute link at the current second, and per line, and says so once', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderEpisode(episode, '?t=1826');
    fireEvent.click(shareButton());
    expect(shareButton()).toHaveAccessibleName('Copy link at 30:26');
    await act(async () => {});
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/episodes/${episode.slug}?t=1826`);
    expect(screen.getByRole('status')).toHaveTextContent('Link to 30:26 copied');

    // The line copy button follows the pointer.
    fireEvent.pointerOver(line('32:27'));
    const copyLine = transcript().querySelector<HTMLElement>('[data-copy]')!;
    expect(copyLine).toHaveAccessibleName('Copy link to 32:27');
    fireEvent.click(copyLine);
    await act(async () => {});
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/episodes/${episode.slug}?t=1947`);
    expect(screen.getByRole('status')).toHaveTextContent('Link to 32:27 copied');
    expect(currentPlayer().calls).toEqual([]); // copying is not seeking
    act(() => vi.advanceTimersByTime(3000));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('links a line with an estimated start to its second, which opens on that line', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { unmount } = await renderEpisode(episode, '?t=1826');
    fireEvent.pointerOver(line('31:08'));
    fireEvent.click(transcript().querySelector<HTMLElement>('[data-copy]')!);
    await act(async () => {});
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/episodes/${episode.slug}?t=1868`);
    expect(screen.getByRole('status')).toHaveTextContent('Link to 31:08 copied');
    unmount();
    await renderEpisode(episode, '?t=1868');
    expectActive('31:08');
  });

  it('updates the copy button once per second of playback, not per frame', async () => {
    await renderEpisode(episode, '?t=1826');
    press('k');
    advance(2.5);
    expect(shareButton()).toHaveAccessibleName('Copy link at 30:28');
  });
});

describe('when the video cannot play', () => {
  it.each([
    [{ kind: 'api' } as const, /could not load/],
    [{ kind: 'video', code: 2 } as const, /address is not valid/],
    [{ kind: 'video', code: 5 } as const, /cannot be played in this browser/],
    [{ kind: 'video', code: 100 } as const, /removed or made private/],
    [{ kind: 'video', code: 101 } as const, /does not allow it to be played outside YouTube/],
    [{ kind: 'video', code: 150 } as const, /does not allow it to be played outside YouTube/],
  ])('%j: says so, links to YouTube, and keeps the transcript working', async (problem, message) => {
    await renderEpisode(episode, '?t=1826');
    currentPlayer().fail(problem);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    const watch = screen.getByRole('link', { name: 'Watch on YouTube' });
    expect(watch).toHaveAttribute('href', 'https://www.youtube.com/watch?v=NnZjlMowkWA&t=1826s');
    expect(screen.queryByTestId('video')).toBeNull();
    fireEvent.click(line('32:27'));
    expectActive('32:27');
    expect(shareButton()).toHaveAccessibleName('Copy link at 32:27');
    fireEvent.click(watch); // opens YouTube where the reader now is
    expect(watch).toHaveAttribute('href', 'https://www.youtube.com/watch?v=NnZjlMowkWA&t=1947s');
  });

  it('shows the transcript of an episode without a video', async () => {
    await renderEpisode(fixture('minimal'));
    expect(screen.getByText('This episode has no video.')).toBeInTheDocument();
    fireEvent.click(line('0:07'));
    expectActive('0:07');
  });

  it('releases the player when the page goes away', async () => {
    const { unmount } = await renderEpisode(episode);
    const player = currentPlayer();
    press('k');
    unmount();
    expect(player.released).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('page content', () => {
  it('names each line with its time and text, and marks the active one', async () => {
    await renderEpisode(episode, '?t=1826');
    const active = within(transcript()).getByRole('button', { current: true });
    expect(active).toHaveAccessibleName(/^30:26 There are two elements to that\./);
    expect(within(transcript()).getByRole('heading', { current: true })).toHaveAccessibleName(
      'Interviewer Research: personality signals and communication matching 30:26',
    );
  });

  it('shows the title, numbering, guests, topics and where to listen', async () => {
    await renderEpisode(episode);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(episode.title);
    expect(screen.getByText(/Season 12, episode 6/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Guests' })).getByText('Luke Whipps')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Topics' })).getAllByRole('listitem')).toHaveLength(7);
    for (const name of ['YouTube', 'Apple Podcasts', 'Spotify']) {
      const link = screen.getByRole('link', { name });
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
    }
    expect(document.title).toBe('Preparing for a Data Science Interview · Transcript Player');
  });

  it('names speakers when the speaker changes, with full names from guests', async () => {
    await renderEpisode(episode);
    const speakers = transcript().querySelectorAll('.line-speaker');
    expect(speakers[0]).toHaveTextContent('Alexey');
    expect(speakers[1]).toHaveTextContent('Luke Whipps');
  });

  it('renders show notes and hostile text as inert text', async () => {
    await renderEpisode(fixture('show-notes'));
    fireEvent.click(screen.getByText('Show notes', { selector: 'summary' }));
    expect(screen.getByText("<script>alert('x')</script>")).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Bad link' })).toBeNull();
    expect(screen.getByRole('link', { name: "Jane's LinkedIn" })).toHaveAttribute('rel', 'noopener noreferrer');
    await renderEpisode(fixture('text'));
    expect(screen.getByText(/Pay <an hourly amount> and <script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
