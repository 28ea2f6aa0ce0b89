/**
 * One Pagefind search at a time, the newest next (src/search/pagefindQueue.ts): what runs, in which order, and
 * who shares whose answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { newestFirst, Superseded } from '../../src/search/pagefindQueue.ts';

/** A search whose answers the test gives: `settle(query)` waits until that query runs, then answers it. */
function controlled() {
  const runs: Array<{ query: string; resolve(value: string): void; reject(error: Error): void }> = [];
  const run = (query: string) => new Promise<string>((resolve, reject) => void runs.push({ query, resolve, reject }));
  const settle = async (query: string, failure?: Error) => {
    const running = await vi.waitFor(() => {
      const found = runs.find((entry) => entry.query === query);
      if (!found) throw new Error(`${query} has not started`);
      return found;
    });
    runs.splice(runs.indexOf(running), 1);
    if (failure) running.reject(failure);
    else running.resolve(`answer for ${query}`);
  };
  const started: string[] = [];
  const recorded = (query: string) => {
    started.push(query);
    return run(query);
  };
  return { started, run: recorded, settle };
}

describe('newest first', () => {
  it('runs only the newest of the searches asked for at once', async () => {
    const search = controlled();
    const ask = newestFirst(search.run, (query: string) => query);
    const older = ask('dat');
    const newer = ask('data');
    await expect(older).rejects.toBeInstanceOf(Superseded);
    await search.settle('data');
    await expect(newer).resolves.toBe('answer for data');
    expect(search.started).toEqual(['data']);
  });

  it('runs one search at a time, and skips those a newer one replaced while they waited', async () => {
    const search = controlled();
    const ask = newestFirst(search.run, (query: string) => query);
    const da = ask('da');
    await vi.waitFor(() => expect(search.started).toEqual(['da']));
    // Typed while 'da' is being searched.
    const dat = ask('dat');
    const data = ask('data');
    await search.settle('da');
    await expect(da).resolves.toBe('answer for da');
    await expect(dat).rejects.toBeInstanceOf(Superseded);
    await search.settle('data');
    await expect(data).resolves.toBe('answer for data');
    expect(search.started).toEqual(['da', 'data']);
  });

  it('gives the newest search’s answer to whoever asks for it again, without running it twice', async () => {
    const search = controlled();
    const ask = newestFirst(
      (query: { text: string }) => search.run(query.text),
      (query) => query.text,
    );
    const typed = ask({ text: 'kubernetes' });
    const paused = ask({ text: 'kubernetes' });
    expect(paused).toBe(typed);
    await search.settle('kubernetes');
    await expect(ask({ text: 'kubernetes' })).resolves.toBe('answer for kubernetes');
    expect(search.started).toEqual(['kubernetes']);
  });

  it('tries a failed search again when it is asked for again', async () => {
    const search = controlled();
    const ask = newestFirst(search.run, (query: string) => query);
    const first = ask('data');
    await search.settle('data', new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    const again = ask('data');
    await search.settle('data');
    await expect(again).resolves.toBe('answer for data');
    expect(search.started).toEqual(['data', 'data']);
  });

  it('runs a query asked for again after a newer one replaced it', async () => {
    const search = controlled();
    const ask = newestFirst(search.run, (query: string) => query);
    void ask('da');
    await vi.waitFor(() => expect(search.started).toEqual(['da']));
    const dat = ask('dat');
    void ask('data').catch(() => undefined);
    const datAgain = ask('dat');
    await search.settle('da');
    await expect(dat).rejects.toBeInstanceOf(Superseded);
    await search.settle('dat');
    await expect(datAgain).resolves.toBe('answer for dat');
    expect(search.started).toEqual(['da', 'dat']);
  });
});
