/**
 * An element given this content and `suppressHydrationWarning` is left alone by React as it hydrates: its
 * prerendered children stay the build's HTML, and no code of theirs needs to be in the browser. React writes
 * the content only when it changes, so later renders keep them too.
 */
export const KEEP_PRERENDERED = { __html: '' } as const;
