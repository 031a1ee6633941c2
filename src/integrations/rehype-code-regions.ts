// Makes each highlighted code block of a figure written in MDX (src/figures/<id>.<locale>.mdx) a
// region named by its figure's title: a long line scrolls sideways on a phone, and a region that
// scrolls needs a name (Shiki already makes the block focusable). Runs after Shiki in the MDX pipeline.
import { basename } from 'node:path';

/** The part of a hast node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The figure id of an MDX fragment file (`moe-routing-code.en.mdx` → `moe-routing-code`), if it is one. */
export function figureIdOf(path: string | undefined): string | undefined {
  if (!path || !/[\\/]src[\\/]figures[\\/]/.test(path)) return undefined;
  return basename(path).replace(/\.[a-z-]+\.mdx$/i, '');
}

/** Rehype plugin: `role="region"` and `aria-labelledby="<figure>-title"` on every `<pre>` of a figure fragment. */
export function rehypeCodeRegions() {
  return (tree: HastNode, file: { path?: string }) => {
    const id = figureIdOf(file.path);
    if (!id) return;
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'pre') {
        node.properties = { ...node.properties, role: 'region', ariaLabelledBy: `${id}-title` };
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
