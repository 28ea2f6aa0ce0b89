/**
 * The transcript's `scroll` and `scrollend` events, kept from React. React listens at its root, in the
 * capture phase, to every scroll event under it (for `onScroll` props): that costs ~0.1–0.3 ms of script in
 * every frame of a follow glide (seen in playback traces), for nothing, as the transcript has no `onScroll`
 * props. So its scroll events are stopped at the window, before they reach React's root; code that wants
 * them listens through here, at the window too.
 */
export function onScrollEvent(
  container: HTMLElement,
  type: 'scroll' | 'scrollend',
  handler: () => void = () => undefined,
): () => void {
  const view = container.ownerDocument.defaultView;
  if (!view) return () => undefined;
  const listener = (event: Event) => {
    if (event.target !== container) return;
    event.stopPropagation();
    handler();
  };
  view.addEventListener(type, listener, { capture: true, passive: true });
  return () => view.removeEventListener(type, listener, { capture: true });
}
