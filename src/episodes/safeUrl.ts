/**
 * Only web and mail links leave a file as links: `javascript:`, `data:` and the like become plain text.
 * Returns the URL as written (trimmed) or undefined.
 */
export function safeUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? text : undefined;
  } catch {
    return undefined;
  }
}
