import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Lazy chunks load through Vite in these tests: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Component tests never talk to YouTube: the one component that does is replaced by a fake player.
vi.mock('../src/player/YouTubeVideo.tsx', async () => {
  const { FakeYouTubeVideo } = await import('./component/fakePlayer.tsx');
  return { YouTubeVideo: FakeYouTubeVideo };
});

// Each test starts in a fresh browser: no address, and nothing stored (places, the speed).
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

// jsdom lays nothing out: scrolling is recorded (tests spy on these), not performed.
if (typeof Element !== 'undefined') {
  Element.prototype.scrollTo ??= function scrollTo() {} as typeof Element.prototype.scrollTo;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

/**
 * jsdom has no IntersectionObserver: this one reports, a microtask after `observe`, what the real one
 * would from the elements' getBoundingClientRect (which tests mock), with a percentage rootMargin applied.
 */
class FakeIntersectionObserver {
  private targets = new Set<Element>();
  readonly root: Element | null;
  readonly rootMargin: string;
  readonly thresholds: number[] = [0, 1];

  constructor(
    private readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit = {},
  ) {
    this.root = (options.root as Element | null) ?? null;
    this.rootMargin = options.rootMargin ?? '0px';
  }

  observe(target: Element) {
    this.targets.add(target);
    queueMicrotask(() => {
      if (!this.targets.has(target)) return;
      const root = this.root?.getBoundingClientRect() ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
      const [top = 0, , bottom = 0] = this.rootMargin.split(' ').map((part) => (parseFloat(part) / 100) * root.height);
      const bounds = new DOMRect(root.x, root.y - top, root.width, root.height + top + bottom);
      const rect = target.getBoundingClientRect();
      const overlap = Math.max(0, Math.min(rect.bottom, bounds.bottom) - Math.max(rect.top, bounds.top));
      const entry = {
        target,
        rootBounds: bounds,
        boundingClientRect: rect,
        intersectionRect: rect,
        isIntersecting: overlap > 0,
        intersectionRatio: rect.height ? overlap / rect.height : 0,
        time: 0,
      } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    });
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
if (typeof window !== 'undefined' && typeof window.IntersectionObserver === 'undefined') {
  (window as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
}

// jsdom has <dialog> without its modal behaviour.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
