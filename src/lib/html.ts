/**
 * Text written into HTML at build time (page titles, attribute values, the pages' head tags), outside React,
 * which escapes its own output.
 */

/** Every character that could be markup, as a numeric reference: safe in text and in quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
