/**
 * Props that make React leave an element's content alone as it hydrates: its prerendered children stay the
 * build's HTML, and no code of theirs needs to be in the browser. React writes the content only when it
 * changes, so later renders keep them too.
 */
export const KEEP_PRERENDERED = { suppressHydrationWarning: true, dangerouslySetInnerHTML: { __html: '' } } as const;
