import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Lazy chunks load through Vite in these tests: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Component tests never talk to YouTube: the one component that does is replaced by a fake player.
vi.mock('../src/player/YouTubeVideo.tsx', async () => {
  const { FakeYouTubeVideo } = await import('./component/fakePlayer.tsx');
  return { YouTubeVideo: FakeYouTubeVideo, READY_TIMEOUT_MS: 15_000 };
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

// jsdom lays nothing out: scrolling is recorded, not performed.
if (!Element.prototype.scrollTo) Element.prototype.scrollTo = vi.fn() as unknown as typeof Element.prototype.scrollTo;

// jsdom has <dialog> without its modal behaviour.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
