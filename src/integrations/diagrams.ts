// Decides once per build where diagrams are drawn. With a Chromium, `Diagram.astro` inlines SVG drawn
// at build time; without one, the build says so and swaps in `ClientDiagram.astro`, which draws them
// in the browser, so only then does Mermaid's JavaScript enter the bundle.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { chooseDiagramMode } from '../lib/diagram-mode';
import { closeMermaidRenderer, useChromium } from './mermaid-renderer';

const buildTime = fileURLToPath(new URL('../components/Diagram.astro', import.meta.url));
const inBrowser = fileURLToPath(new URL('../components/ClientDiagram.astro', import.meta.url));

/** Resolves imports of the build-time diagram component to the browser-drawn one. */
function swapToClientDiagrams(): Plugin {
  return {
    name: 'llm-showdown:client-diagrams',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('Diagram.astro') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === buildTime ? inBrowser : null;
    },
  };
}

/**
 * The diagrams integration: draws Mermaid diagrams at build time in a headless Chromium (closed
 * when the build ends), or falls back to drawing them in the browser when `MERMAID_RENDER=client`
 * or no Chromium is found. See `chooseDiagramMode` for the switch.
 */
export function diagrams(): AstroIntegration {
  return {
    name: 'llm-showdown:diagrams',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const choice = await chooseDiagramMode(process.env['MERMAID_RENDER'], findChromium);
        if (choice.mode === 'build') {
          useChromium(choice.chromium, chromiumArgs);
          return;
        }
        logger.warn(choice.note);
        updateConfig({ vite: { plugins: [swapToClientDiagrams()] } });
      },
      'astro:build:done': closeMermaidRenderer,
      'astro:server:done': closeMermaidRenderer,
    },
  };
}
