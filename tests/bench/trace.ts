/**
 * Chrome tracing through CDP (`Tracing.start` with the devtools.timeline categories), and the question the
 * bench asks of a trace: how much script ran on the page's main thread in each frame.
 *
 * A frame is the main-thread task that runs its animation callbacks (then style, layout and paint), plus
 * every task after it until the next frame's task: timers, input, messages and React's scheduler count for
 * the frame they follow. The bench marks its first and its closing frame with `console.timeStamp`.
 *
 * Each figure is given twice: wall time (trace `dur`, what DevTools shows) and CPU time of the main thread
 * (`tdur`). They agree on an idle machine; on a busy one the wall time also counts the time the thread was
 * waiting for a core, which is the machine's doing, not the app's.
 */
import type { CDPSession, Page } from '@playwright/test';

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'];

/**
 * The events in which script runs. They nest (a FireAnimationFrame holds a FunctionCall, which can hold a
 * GC): only the outermost of nested events is counted.
 */
export const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'FireAnimationFrame',
  'EvaluateScript',
  'v8.evaluateModule',
  'TimerFire',
  'EventDispatch',
  'RunMicrotasks',
  'FireIdleCallback',
  'V8.Execute',
  'v8.callFunction',
  'v8.run',
  'MinorGC',
  'MajorGC',
]);

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string; url?: string } };
}

export class Tracer {
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<Tracer> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReturnAsStream',
    });
    return new Tracer(cdp);
  }

  async stop(): Promise<TraceEvent[]> {
    const complete = new Promise<string>((resolve) =>
      this.cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)),
    );
    await this.cdp.send('Tracing.end');
    const stream = await complete;
    const chunks: string[] = [];
    for (;;) {
      const { data, eof, base64Encoded } = await this.cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
      if (eof) break;
    }
    await this.cdp.send('IO.close', { handle: stream });
    await this.cdp.detach();
    const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  }
}

interface Interval {
  start: number;
  end: number;
  /** CPU time of the outermost event, µs. */
  cpu: number;
  name: string;
}

/** Complete ('X') events of one thread, sorted by start, outer events before the ones they hold. */
function completeEvents(events: readonly TraceEvent[], pid: number, tid: number, names: ReadonlySet<string>) {
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && names.has(e.name))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0, name: e.name }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Outermost intervals only: an event inside another one is part of it. */
function outermost(intervals: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const interval of intervals) {
    const last = result[result.length - 1];
    if (last && interval.start < last.end) continue;
    result.push(interval);
  }
  return result;
}

export interface FrameCost {
  wall: number;
  cpu: number;
}

export interface FrameScripting {
  /** Script time of each measured frame, ms. */
  perFrame: FrameCost[];
  /**
   * Where it went: ms of CPU over the measured frames by outermost event, animation callbacks split into the
   * app's (with the bench's clock step inside) and any other (told apart by the script they call: the app's
   * come from its bundle).
   */
  byEvent: Record<string, number>;
  /** Frames found in the trace (warm-up included); should be the frames the bench ran. */
  framesTraced: number;
  /** Main-thread tasks over 50 ms during the measured frames, ms. */
  longTasks: FrameCost[];
}

/** `skip` frames after the start mark (warm-up) are left out. */
export function scriptingPerFrame(events: readonly TraceEvent[], skip: number): FrameScripting {
  const mark = (message: string) => {
    const found = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
    if (!found) throw new Error(`the trace has no '${message}' mark: tracing did not capture the run`);
    return found;
  };
  const start = mark('bench-start');
  const end = mark('bench-end');
  const { pid, tid } = start;

  const tasks = completeEvents(events, pid, tid, new Set(['RunTask', 'ThreadControllerImpl::RunTask']));
  const callbacks = completeEvents(events, pid, tid, new Set(['FireAnimationFrame']));
  if (tasks.length === 0) throw new Error('the trace has no RunTask events (devtools.timeline categories changed?)');
  // Frame tasks: the tasks that run animation callbacks, from the one holding the start mark to the one
  // holding the end mark.
  const frameStarts: number[] = [];
  let c = 0;
  for (const task of outermost(tasks)) {
    while (c < callbacks.length && callbacks[c]!.start < task.start) c++;
    if (c < callbacks.length && callbacks[c]!.start < task.end && task.end >= start.ts && task.start <= end.ts) {
      frameStarts.push(task.start);
    }
  }

  const scripts = outermost(completeEvents(events, pid, tid, SCRIPT_EVENTS));
  const calls = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'FunctionCall')
    .sort((a, b) => a.ts - b.ts);
  let k = 0;
  const label = (script: Interval) => {
    if (script.name !== 'FireAnimationFrame') return script.name;
    while (k < calls.length && calls[k]!.ts < script.start) k++;
    const call = calls[k];
    const url = call && call.ts < script.end ? (call.args?.data?.url ?? '') : '';
    return url.startsWith('http') ? 'animation frame: app' : 'animation frame: other';
  };
  const frames = frameStarts.length - 1;
  const perFrame: FrameCost[] = Array.from({ length: frames }, () => ({ wall: 0, cpu: 0 }));
  const byEvent: Record<string, number> = {};
  let frame = 0;
  for (const script of scripts) {
    if (script.start < frameStarts[0]!) continue;
    while (frame < frames && script.start >= frameStarts[frame + 1]!) frame++;
    if (frame >= frames) break;
    perFrame[frame]!.wall += (script.end - script.start) / 1000;
    perFrame[frame]!.cpu += script.cpu / 1000;
    const name = label(script);
    if (frame >= skip) byEvent[name] = (byEvent[name] ?? 0) + script.cpu / 1000;
  }
  const from = frameStarts[Math.min(skip, frames)]!;
  const to = frameStarts[frames]!;
  const longTasks = outermost(tasks)
    .filter((t) => t.start >= from && t.start < to && t.end - t.start > 50_000)
    .map((t) => ({ wall: (t.end - t.start) / 1000, cpu: t.cpu / 1000 }));
  return { perFrame: perFrame.slice(skip), byEvent, longTasks, framesTraced: frames };
}
