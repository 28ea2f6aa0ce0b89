/** The modules `vitePlugin.ts` generates at build time. */
declare module 'virtual:episodes/loaders' {
  /** Slug → a lazy import of that episode's compiled data (its own chunk). */
  export const loaders: Record<string, () => Promise<{ default: import('./model').EpisodeData }>>;
  /** Dev only: slug → the errors that kept that file from compiling. Empty in a build. */
  export const broken: Record<string, string[]>;
}

declare module 'virtual:episodes/index' {
  /** Every episode's summary, newest first. */
  const summaries: import('./model').EpisodeSummary[];
  export default summaries;
}
