/**
 * Stands in for the `debug` package that youtube-player logs through: its output is off in production
 * anyway, and the real package (with `ms`) costs ~3 KB gzip of the player chunk. See vite.config.ts.
 */
export default function createDebug(): (...args: unknown[]) => void {
  return () => {};
}
