/** The episode page's own keys (EpisodePage.tsx), named once for the page and for its help (ShortcutsDialog.tsx). */
export const KEYS = {
  togglePlay: [' ', 'k'],
  back: ['j'],
  forward: ['l'],
  previousChapter: ['p'],
  nextChapter: ['n'],
  slower: ['<'],
  faster: ['>'],
  search: ['/'],
  help: ['?'],
} satisfies Record<string, string[]>;
