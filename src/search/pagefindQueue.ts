/**
 * Pagefind's searches one at a time, the newest asked for next. Its worker runs each search it is sent to the
 * end (a common word's takes 60–220 ms of WebAssembly on a 500-episode library), so searches sent on every
 * keystroke would queue there, and the last keystroke's would wait for every prefix's before it. Here a search
 * waits only for the one running now; one asked for while it waits and then replaced by a newer one is never
 * run (it rejects with `Superseded`). The newest search's answer is kept, so asking for it again (the search
 * after typing pauses, for the query a keystroke already started) takes it as it is, or waits for it.
 *
 * Pure (no Pagefind), so it is tested on its own.
 */

/** A search that a newer one replaced before it ran. */
export class Superseded extends Error {
  constructor() {
    super('transcript search: a newer search replaced this one');
    this.name = 'Superseded';
  }
}

/** `run` for the newest key only, one at a time; `ask` with the key being run or waiting shares its answer. */
export function newestFirst<Query, Answer>(
  run: (query: Query) => Promise<Answer>,
  keyOf: (query: Query) => string,
): (query: Query) => Promise<Answer> {
  let newest: { key: string; answer: Promise<Answer> } | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return (query) => {
    const key = keyOf(query);
    if (newest?.key === key) return newest.answer;
    const mine: { key: string; answer: Promise<Answer> } = { key, answer: Promise.resolve() as Promise<Answer> };
    mine.answer = running.then(() => {
      if (newest !== mine) throw new Superseded();
      return run(query);
    });
    newest = mine;
    running = mine.answer.catch(() => undefined);
    // A failed search is not kept: asking again tries again.
    mine.answer.catch(() => {
      if (newest === mine) newest = undefined;
    });
    return mine.answer;
  };
}
