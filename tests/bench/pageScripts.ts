/**
 * Code the bench runs inside the page, installed with `addInitScript` so it is in place before the app's
 * first script. Each function is serialised by Playwright and must be self-contained (no imports, no
 * closures over Node values): what it needs comes in its single argument.
 *
 * Only the top document is instrumented: init scripts also run in the fake player's iframe.
 */

export interface LongTaskEntry {
  start: number;
  duration: number;
}

export interface LoadProbeArgs {
  /** Every element that must be in the DOM (`[data-line]`: the episode's lines). */
  all: string;
  count: number;
  /** The element a reader would click first; it must be present and enabled. */
  first: string;
}

export interface LoadTimes {
  /** ms since navigation start: the start of the first animation frame in which the condition held. */
  conditionAt: number;
  /** ms since navigation start: the end of that frame's rendering (style, layout, paint), see below. */
  paintedAt: number;
}

export interface LoadProbe {
  ready: Promise<LoadTimes>;
  longTasks: LongTaskEntry[];
}

export type LoadWindow = Window & { __benchLoad: LoadProbe };

/**
 * Load probe, the same for the app and the static floor. Each animation frame it checks whether `count`
 * elements match `all` and `first` is present and enabled. In the first frame where that holds it posts a
 * message to itself: the message runs as soon as that frame's style, layout and paint are done (they run in
 * the same task as the frame's animation callbacks), so `paintedAt` is when the content was first drawn,
 * without waiting for the next vsync. Times are `performance.now()`, which counts from navigation start.
 * Also collects long tasks from the very start of the document.
 */
export function installLoadProbe(args: LoadProbeArgs): void {
  if (window !== window.top) return;
  const longTasks: LongTaskEntry[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task support: the list stays empty (Chromium has it).
  }
  let resolve: (times: LoadTimes) => void = () => undefined;
  const ready = new Promise<LoadTimes>((done) => (resolve = done));
  (window as unknown as LoadWindow).__benchLoad = { ready, longTasks };
  const enabled = (element: Element) =>
    !element.matches(':disabled') && !element.closest('[inert], [hidden], [aria-disabled="true"]');
  const check = () => {
    const first = document.querySelector(args.first);
    // Counting walks the whole DOM, so only once the first line is there.
    if (first && enabled(first) && document.querySelectorAll(args.all).length === args.count) {
      const conditionAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ conditionAt, paintedAt: performance.now() });
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export interface MarkArgs {
  name: string;
  timeoutMs: number;
}

/**
 * The `startTime` of the User Timing mark `name` (ms from navigation start), once it exists: at once if the
 * page made it already, else when a PerformanceObserver sees marks arrive. Run after the load probe, so it
 * adds nothing to the frames the probe times, and reads the mark's own time however late it is asked.
 */
export function markTime({ name, timeoutMs }: MarkArgs): Promise<number> {
  const find = () => performance.getEntriesByName(name, 'mark')[0];
  const made = find();
  if (made) return Promise.resolve(made.startTime);
  return new Promise((resolve, reject) => {
    const observer = new PerformanceObserver(() => {
      const mark = find();
      if (!mark) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(mark.startTime);
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no '${name}' mark ${timeoutMs} ms after the page was loaded`));
    }, timeoutMs);
  });
}

/**
 * Only the long-task part of the load probe, for loads that measure nothing else: without the probe's check
 * in every animation frame (a count over the whole DOM), the frames of a loading page are the page's own.
 */
export function recordLongTasks(): void {
  if (window !== window.top) return;
  const longTasks: LongTaskEntry[] = [];
  (window as unknown as { __benchLongTasks: LongTaskEntry[] }).__benchLongTasks = longTasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Scrolls the transcript's scroll area from top to bottom in `steps` steps, two frames each (the scroll is
 * painted, and whatever the app does on scroll has run). Returns `performance.now()` at the start.
 */
export async function scrollTranscript(steps: number): Promise<number> {
  const scroller = document.querySelector('.transcript-scroll');
  if (!scroller) throw new Error('no .transcript-scroll on the page');
  const startedAt = performance.now();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let step = 1; step <= steps; step++) {
    scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * step) / steps;
    await nextFrame();
    await nextFrame();
  }
  return startedAt;
}

/** The player as the fake API builds it: the bench reads its clock directly. */
interface FakePlayer {
  _time: number;
}

export interface FakeApi {
  current(): { state: number; time: number } | null;
  advance(seconds: number): boolean;
  setTime(seconds: number): void;
  userPlay(): void;
  userPause(): void;
}

/**
 * What the bench keeps in the page during playback. Records are flat number arrays (no objects per frame)
 * so that recording costs next to nothing inside the frames being measured.
 */
export interface BenchState {
  /** Frames of playback so far: incremented by the clock step, at the app's first clock read in a frame. */
  frame: number;
  /** True between the clock step and the probe callback of the same frame (see below). */
  open: boolean;
  /** `document.timeline.currentTime` of the last frame in which the clock stepped (the same for a whole frame). */
  frameTime: number | null;
  /** Clock readings by the app (`getCurrentTime()` calls, reported by a hook added to the fake API). */
  reads: number;
  player: FakePlayer | null;
  /** Frames still to advance, and by how many seconds each. */
  advancing: number;
  step: number;
  /**
   * Frames that leave a `console.timeStamp` for the trace: 'bench-start' in the first advancing frame,
   * 'bench-end' in the frame after the last one (-1: none). Two marks, not one a frame: a mark costs tens of
   * microseconds under tracing, which would be charged to every frame measured.
   */
  stampStart: number;
  stampEnd: number;
  /** The player's time right after the bench moved it, by frame number. */
  times: Float64Array;
  firstFrame: number;
  lastFrame: number;
  /** Measured frames in which the app did not read the clock (checked by the probe, in latency runs). */
  framesWithoutRead: number;
  /** [line, frame, open] each time a line gets aria-current="true" (when observing highlights). */
  highlights: number[];
  /** [line, frame, open] for each click (line -1 when not on a line). */
  clicks: number[];
  /** [frame, open, line components rendered] for each React commit (filled by the render counter). */
  commits: number[];
  /** performance.now() at the first and last advancing frame. */
  startedAt: number;
  endedAt: number;
  /** Called by the clock hook on every `getCurrentTime()`, before the fake answers. */
  onRead(player: FakePlayer): void;
  startProbe(): void;
  /** Advances `frames` frames by `step` seconds each; resolves in the frame after the last one. */
  run(frames: number, step: number, stamp: boolean): Promise<void>;
  /** Resolves after `frames` more frames. */
  frames(frames: number): Promise<void>;
}

export type BenchWindow = Window & { __bench: BenchState; __fakeYouTube: FakeApi };

export interface BenchStateArgs {
  /** Room for every frame of a run. */
  maxFrames: number;
  /**
   * Run the probe loop that closes each frame and record highlights with a MutationObserver: what placing
   * highlights, clicks and commits in frames needs (latency, renders). Runs that time scripting leave both
   * out, so that the frames they time hold only the app and the bench's clock step.
   */
  measureLatency: boolean;
}

/**
 * The playback instrumentation. The fake player's clock moves once per animation frame, as a video's clock
 * moves with time: at the first `getCurrentTime()` of a frame (the app's clock loop, from its animation
 * callback), the clock hook steps it by `step` and then the fake answers. So the step always comes before
 * the app's read in the same frame, and costs no animation callback of its own (a callback costs ~0.1 ms
 * of CPU under tracing, a third of a frame's script).
 *
 * In latency runs, a probe loop started once the app's loop runs (callbacks of a frame run in the order they
 * were requested, and each loop requests its next frame from its callback) runs last in every frame and
 * closes it, and checks that the clock stepped in it (`framesWithoutRead`). A DOM change recorded while the
 * frame is open is painted in that frame; one recorded after the probe (in a later task) is painted in the
 * next frame. React commits an update from the app's callback in a microtask of that callback, i.e. while
 * the frame is open.
 */
export function installBenchState({ maxFrames, measureLatency }: BenchStateArgs): void {
  if (window !== window.top) return;
  const w = window as unknown as BenchWindow;
  const s: BenchState = {
    frame: 0,
    open: false,
    frameTime: null,
    reads: 0,
    player: null,
    advancing: 0,
    step: 0,
    stampStart: -1,
    stampEnd: -1,
    times: new Float64Array(maxFrames),
    firstFrame: -1,
    lastFrame: -1,
    framesWithoutRead: 0,
    highlights: [],
    clicks: [],
    commits: [],
    startedAt: 0,
    endedAt: 0,
    onRead: (player) => {
      s.reads++;
      s.player = player;
      const now = document.timeline.currentTime as number | null;
      if (now !== s.frameTime) {
        s.frameTime = now;
        step();
      }
    },
    // From a task, not from a frame callback: requested now, it comes after the app's loop in every frame.
    startProbe: () => measureLatency && setTimeout(() => requestAnimationFrame(probe), 0),
    run: (frames, step, stamp) =>
      new Promise<void>((resolve) => {
        s.step = step;
        s.advancing = frames;
        s.firstFrame = s.frame + 1;
        s.lastFrame = -1;
        s.stampStart = stamp ? s.firstFrame : -1;
        s.stampEnd = stamp ? s.firstFrame + frames : -1;
        // The time before the first step, to know which line was active when the run began.
        if (s.frame < s.times.length) s.times[s.frame] = s.player ? s.player._time : NaN;
        finish = resolve;
      }),
    frames: (count) =>
      new Promise<void>((resolve) => {
        const until = s.frame + count;
        const wait = () => (s.frame >= until ? resolve() : requestAnimationFrame(wait));
        requestAnimationFrame(wait);
      }),
  };
  let finish: (() => void) | null = null;
  /** A new frame: move the clock (while advancing) and open the frame. */
  const step = () => {
    s.frame++;
    s.open = true;
    if (s.frame === s.stampStart) console.timeStamp('bench-start');
    if (s.advancing > 0) {
      if (s.frame === s.firstFrame) s.startedAt = performance.now();
      w.__fakeYouTube.advance(s.step);
      if (s.frame < s.times.length) s.times[s.frame] = s.player ? s.player._time : NaN;
      if (--s.advancing === 0) {
        s.lastFrame = s.frame;
        s.endedAt = performance.now();
      }
    } else if (finish && s.lastFrame > 0) {
      // The frame after the last step: it closes the last measured frame in the trace.
      if (s.frame === s.stampEnd) console.timeStamp('bench-end');
      finish();
      finish = null;
    }
  };
  const probe = () => {
    const measuring = s.firstFrame > 0 && s.frame >= s.firstFrame && (s.advancing > 0 || s.frame === s.lastFrame);
    if (measuring && s.frameTime !== document.timeline.currentTime) s.framesWithoutRead++;
    s.open = false;
    requestAnimationFrame(probe);
  };
  w.__bench = s;

  // Only in the runs that measure latency: the observer's callback is script in the frames of a line change.
  if (measureLatency)
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.getAttribute('aria-current') === 'true' && target.hasAttribute('data-line')) {
          s.highlights.push(Number(target.getAttribute('data-line')), s.frame, s.open ? 1 : 0);
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });

  window.addEventListener(
    'click',
    (event) => {
      const line = (event.target as Element | null)?.closest?.('[data-line]')?.getAttribute('data-line');
      s.clicks.push(line == null ? -1 : Number(line), s.frame, s.open ? 1 : 0);
    },
    true,
  );
}

/** The few fiber fields the counter reads (React's internal shape, stable since React 16). */
interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
}

/**
 * A stand-in for the React DevTools global hook, so the production build reports every commit. For each
 * commit it counts the line components that rendered, the way DevTools' "highlight updates" decides:
 *
 * - a line component is the component fiber one of whose own host elements (not those of components below
 *   it) has one of `lineClasses`: with "line" and "line-block", any component rendering lines, which is
 *   LineBlock alone (names are minified in production, the DOM is not). Its lines are plain elements, none a
 *   component, so a block's render is what re-renders lines, and is counted;
 * - a fiber rendered if it is new in this commit (mount), or it has an alternate and its props or state
 *   changed or its flags include PerformedWork (1).
 *
 * Like DevTools it only walks what the commit touched: a child list shared with the previous tree (same
 * `child` pointer) was not rendered, so 15,000 idle lines cost nothing to skip.
 */
export function installRenderCounter(lineClasses: readonly string[]): void {
  if (window !== window.top) return;
  const COMPONENT = new Set([0, 1, 11, 15]); // function, class, forwardRef, simple memo
  const MEMO = 14; // memo() with a compare function: its inner function fiber is the one that renders
  const HOST = 5;
  const PERFORMED_WORK = 1;

  const hasLineClass = (fiber: Fiber) => {
    const props = fiber.memoizedProps as { className?: unknown } | null;
    return typeof props?.className === 'string' && props.className.split(/\s+/).some((c) => lineClasses.includes(c));
  };
  /** A component whose own host elements (through fragments, not other components) include the line. */
  const isLineComponent = (fiber: Fiber) => {
    if (!COMPONENT.has(fiber.tag)) return false;
    const stack: Fiber[] = [];
    for (let child = fiber.child; child; child = child.sibling) stack.push(child);
    while (stack.length) {
      const node = stack.pop()!;
      if (node.tag === HOST) {
        if (hasLineClass(node)) return true;
      } else if (!COMPONENT.has(node.tag) && node.tag !== MEMO) {
        for (let child = node.child; child; child = child.sibling) stack.push(child);
      }
    }
    return false;
  };

  /** Every line component of a subtree that is new in this commit. */
  const mounted = (root: Fiber) => {
    let count = 0;
    const stack: Fiber[] = [root];
    while (stack.length) {
      const fiber = stack.pop()!;
      if (isLineComponent(fiber)) count++;
      for (let child = fiber.child; child; child = child.sibling) stack.push(child);
    }
    return count;
  };

  const updated = (next: Fiber) => {
    let count = 0;
    const stack: Fiber[] = [next];
    while (stack.length) {
      const fiber = stack.pop()!;
      const previous = fiber.alternate!;
      if (
        isLineComponent(fiber) &&
        ((fiber.flags & PERFORMED_WORK) === PERFORMED_WORK ||
          fiber.memoizedProps !== previous.memoizedProps ||
          fiber.memoizedState !== previous.memoizedState)
      ) {
        count++;
      }
      if (fiber.child === previous.child) continue; // bailed out: nothing below rendered
      for (let child = fiber.child; child; child = child.sibling) {
        if (child.alternate) stack.push(child);
        else count += mounted(child);
      }
    }
    return count;
  };

  const state = () => (window as unknown as Partial<BenchWindow>).__bench;
  let renderers = 0;
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => ++renderers,
    checkDCE: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const current = root.current;
      const lines = current.alternate ? updated(current) : mounted(current);
      const s = state();
      if (s) s.commits.push(s.frame, s.open ? 1 : 0, lines);
    },
  };
}

/** A search's times, ms from the last key pressed (its `keydown`, caught first: capture listener on window). */
export interface SearchPaintTimes {
  /** Last key → the DOM first holds the result. */
  updated: number;
  /** Last key → the end of the frame that paints it (the message posted from that frame's animation callback). */
  painted: number;
  /** Keys pressed since the probe was armed. */
  keys: number;
  /** What the page says about the result then (the library's transcript status, the episode's count). */
  status: string;
  /** The last key's time on the machine's clock (ms since 1970), to place the page's requests against it. */
  lastKeyEpoch: number;
}

export type SearchProbeWindow = Window & { __benchSearch: Promise<SearchPaintTimes> };

export interface HitsProbeArgs {
  /** The query as typed: its hits link to `…&q=<query>` (TranscriptResults.tsx). */
  query: string;
}

/**
 * Armed before a query is typed into the library's search box; `window.__benchSearch` resolves once the
 * transcript hits of that query are in the DOM (a `.transcript-hit` link whose address ends in its `q=`: the
 * previous query's hits can still be on screen while it searches) and once the frame that shows them is
 * painted, as in the library's own search measurement. The status is the transcript status's text then.
 */
export function armTranscriptHitsProbe({ query }: HitsProbeArgs): void {
  // Keys so far and when the last one went down (inlined: page functions are serialised one by one).
  const clock = { keys: 0, lastAt: -1 };
  window.addEventListener(
    'keydown',
    () => {
      clock.keys++;
      clock.lastAt = performance.now();
    },
    true,
  );
  const selector = `.transcript-results a.transcript-hit[href$="&q=${encodeURIComponent(query)}"]`;
  (window as unknown as SearchProbeWindow).__benchSearch = new Promise<SearchPaintTimes>((resolve) => {
    const observer = new MutationObserver(() => {
      if (clock.keys === 0 || !document.querySelector(selector)) return;
      const updated = performance.now() - clock.lastAt;
      const status = document.querySelector('.transcript-status')?.textContent ?? '';
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({
            updated,
            painted: performance.now() - clock.lastAt,
            keys: clock.keys,
            status,
            lastKeyEpoch: performance.timeOrigin + clock.lastAt,
          });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
  });
}

export interface MatchesProbeArgs {
  /** The query folded as the app folds it (lower case: the bench's queries are plain ASCII). */
  folded: string;
  /** How many matches the app must count (worked out in Node with the app's own index). */
  matches: number;
}

/**
 * Armed before a query is typed into an episode's search field; `window.__benchSearch` resolves at the end of
 * the first frame, after the last key, whose paint shows that query's result: the count reads "… of
 * <matches>" ("No matches" for none) and a `mark.search-match` holding the query's text is inside the
 * transcript's scroll area.
 *
 * The check runs in a message posted from each animation frame, i.e. right after that frame's style, layout
 * and paint, so it sees what was painted, the app's own frame callbacks included (the scroll that brings the
 * current match into view runs in one). Only when the count is right does it look for a mark, and only in
 * the line blocks that intersect the view (found by bisection over the blocks, listed once): laid-out
 * elements, so reading their boxes costs no layout of its own.
 */
export function armEpisodeMatchesProbe({ folded, matches }: MatchesProbeArgs): void {
  // Keys so far and when the last one went down (inlined: page functions are serialised one by one).
  const clock = { keys: 0, lastAt: -1 };
  window.addEventListener(
    'keydown',
    () => {
      clock.keys++;
      clock.lastAt = performance.now();
    },
    true,
  );
  const scroller = document.querySelector('.transcript-scroll');
  const count = document.getElementById('transcript-search-count');
  if (!scroller || !count) throw new Error('no .transcript-scroll or #transcript-search-count on the page');
  const blocks = [...scroller.querySelectorAll('.line-block')];
  const countIsFinal = () => {
    const text = count.textContent ?? '';
    return matches === 0 ? text === 'No matches' : text.endsWith(` of ${matches}`);
  };
  const markInView = () => {
    const view = scroller.getBoundingClientRect();
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.getBoundingClientRect().bottom <= view.top) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < blocks.length && blocks[i]!.getBoundingClientRect().top < view.bottom; i++) {
      for (const mark of blocks[i]!.querySelectorAll('mark.search-match')) {
        const box = mark.getBoundingClientRect();
        const inView = box.bottom > view.top && box.top < view.bottom && box.width > 0;
        if (inView && (mark.textContent ?? '').toLowerCase() === folded) return true;
      }
    }
    return false;
  };
  let updated = -1;
  // The DOM holds the final count: the keystroke's own work (search, marks near the view) is committed.
  new MutationObserver((_, observer) => {
    if (clock.keys === 0 || !countIsFinal()) return;
    updated = performance.now() - clock.lastAt;
    observer.disconnect();
  }).observe(count, { childList: true, characterData: true, subtree: true });
  (window as unknown as SearchProbeWindow).__benchSearch = new Promise<SearchPaintTimes>((resolve) => {
    const afterPaint = () => {
      const now = performance.now();
      if (clock.keys > 0 && countIsFinal() && (matches === 0 || markInView())) {
        resolve({
          updated,
          painted: now - clock.lastAt,
          keys: clock.keys,
          status: count.textContent ?? '',
          lastKeyEpoch: performance.timeOrigin + clock.lastAt,
        });
        return;
      }
      requestAnimationFrame(frame);
    };
    const frame = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = afterPaint;
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Resolves once `selector`'s subtree has had no DOM change for `quietFrames` frames in a row (at most
 * `timeoutMs`): a search's later work (marks published in chunks) is done.
 */
export function settleDom({
  selector,
  quietFrames,
  timeoutMs,
}: {
  selector: string;
  quietFrames: number;
  timeoutMs: number;
}): Promise<boolean> {
  const root = document.querySelector(selector) ?? document.body;
  return new Promise((resolve) => {
    let quiet = 0;
    const observer = new MutationObserver(() => (quiet = 0));
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const deadline = performance.now() + timeoutMs;
    const frame = () => {
      if (++quiet >= quietFrames || performance.now() > deadline) {
        observer.disconnect();
        resolve(quiet >= quietFrames);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
