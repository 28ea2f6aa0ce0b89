import { createElement, type ReactNode } from 'react';
import type { MarkdownNode } from '../episodes/model.ts';

/**
 * Renders the compiled show notes as React elements, one known node type at a time: text is always text,
 * so nothing from an episode file can become live HTML. Headings are shifted below the page's own.
 */
export function ShowNotes({ nodes }: { nodes: readonly MarkdownNode[] }) {
  return <>{nodes.map(render)}</>;
}

function render(node: MarkdownNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  switch (node.type) {
    case 'p':
    case 'em':
    case 'strong':
    case 'blockquote':
    case 'li':
      return createElement(node.type, { key }, node.children.map(render));
    case 'heading':
      return createElement(`h${Math.min(6, node.depth + 2)}`, { key }, node.children.map(render));
    case 'list':
      return createElement(node.ordered ? 'ol' : 'ul', { key }, node.children.map(render));
    case 'link':
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          {node.children.map(render)}
        </a>
      );
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{node.text}</code>
        </pre>
      );
    case 'br':
      return <br key={key} />;
    case 'hr':
      return <hr key={key} />;
  }
}
