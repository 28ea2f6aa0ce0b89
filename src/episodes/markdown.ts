/**
 * Show notes: Markdown (kramdown-flavoured, as Jekyll sites write it) turned at build time into a small tree
 * of safe nodes. Raw HTML stays visible as text and only http(s)/mailto links survive, so nothing in a file
 * can run in the page.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import type { MarkdownNode } from './model.ts';
import { safeUrl } from './safeUrl.ts';

/** kramdown attribute lists such as `{:target="_blank"}` or `{: .note}`: meaningful to Jekyll only. */
const KRAMDOWN_ATTRIBUTES = /\{:[^}\n]*\}/g;

interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
  children?: MdastNode[];
}

export function markdownToTree(markdown: string): MarkdownNode[] {
  const source = markdown.replace(KRAMDOWN_ATTRIBUTES, '');
  if (source.trim() === '') return [];
  const root = fromMarkdown(source, {
    extensions: [gfmAutolinkLiteral()],
    mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
  }) as MdastNode;
  // Raw HTML blocks come out as bare text: give them a paragraph like any other block.
  return convertAll(root.children ?? []).map((node) =>
    typeof node === 'string' ? { type: 'p', children: [node] } : node,
  );
}

function convertAll(nodes: MdastNode[]): MarkdownNode[] {
  const out: MarkdownNode[] = [];
  for (const node of nodes) {
    for (const converted of convert(node)) {
      const last = out[out.length - 1];
      if (typeof converted === 'string' && typeof last === 'string') out[out.length - 1] = last + converted;
      else out.push(converted);
    }
  }
  return out;
}

function convert(node: MdastNode): MarkdownNode[] {
  const children = () => convertAll(node.children ?? []);
  switch (node.type) {
    case 'text':
    case 'html':
      return node.value ? [node.value] : [];
    case 'paragraph':
      return [{ type: 'p', children: children() }];
    case 'heading':
      return [{ type: 'heading', depth: node.depth ?? 2, children: children() }];
    case 'emphasis':
      return [{ type: 'em', children: children() }];
    case 'strong':
      return [{ type: 'strong', children: children() }];
    case 'delete':
      return children();
    case 'blockquote':
      return [{ type: 'blockquote', children: children() }];
    case 'list':
      return [{ type: 'list', ordered: node.ordered === true, children: children() }];
    case 'listItem': {
      // A tight list item holds one paragraph: keep its inline content directly in the item.
      const items = children();
      const inline = items.length === 1 && typeof items[0] === 'object' && items[0].type === 'p';
      return [{ type: 'li', children: inline ? (items[0] as { children: MarkdownNode[] }).children : items }];
    }
    case 'inlineCode':
      return [{ type: 'code', text: node.value ?? '' }];
    case 'code':
      return [{ type: 'codeBlock', text: node.value ?? '' }];
    case 'break':
      return [{ type: 'br' }];
    case 'thematicBreak':
      return [{ type: 'hr' }];
    case 'link': {
      const href = safeUrl(node.url ?? '');
      const label = children();
      return href ? [{ type: 'link', href, children: label.length ? label : [href] }] : label;
    }
    case 'image': {
      // Remote images are not loaded: the notes show where the image is instead.
      const href = safeUrl(node.url ?? '');
      const label = node.alt || 'image';
      return href ? [{ type: 'link', href, children: [label] }] : [label];
    }
    case 'imageReference':
      return node.alt ? [node.alt] : [];
    case 'linkReference':
      return children();
    default:
      return [];
  }
}
