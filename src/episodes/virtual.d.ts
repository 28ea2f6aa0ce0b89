/** The modules `vitePlugin.ts` generates at build time. */
declare module 'virtual:episodes/loaders' {
  /** Slug → a lazy import of that episode's data as its page loads it (its own chunk). */
  export const loaders: Record<string, () => Promise<{ default: import('./model').EpisodePageData }>>;
  /** Slug → a lazy import of the words of that episode's lines (its own chunk, not preloaded). */
  export const textLoaders: Record<string, () => Promise<{ default: import('./model').LineTexts }>>;
  /** Dev only: slug → the errors that kept that file from compiling. Empty in a build. */
  export const broken: Record<string, string[]>;
}

declare module 'virtual:episodes/index' {
  /** Every episode's summary, newest first. */
  const summaries: import('./model').EpisodeSummary[];
  export default summaries;
}
