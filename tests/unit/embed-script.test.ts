// public/embed.js runs on other people's pages: these tests run the file itself in a small fake
// window and check which messages may resize which iframe.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const code = readFileSync('public/embed.js', 'utf8');

interface FakeFrame {
  src: string;
  style: { height?: string };
  contentWindow: { posted: unknown[]; postMessage: (data: unknown, origin: string) => void };
}

/** A host page at https://docs.example with these iframe addresses and /embed.js loaded from `script`. */
function host(srcs: string[], script = 'https://site.example/embed.js', runs = 1) {
  const frames: FakeFrame[] = srcs.map((src) => {
    const contentWindow = { posted: [] as unknown[], postMessage: (data: unknown) => contentWindow.posted.push(data) };
    return { src, style: {}, contentWindow };
  });
  const listeners: ((event: { data: unknown; origin: string; source: unknown }) => void)[] = [];
  class HTMLScriptElement {
    src = script;
  }
  const window = { addEventListener: (type: string, fn: (typeof listeners)[number]) => type === 'message' && listeners.push(fn) };
  const context = {
    window,
    HTMLScriptElement,
    URL,
    location: { href: 'https://docs.example/guide/' },
    document: { currentScript: new HTMLScriptElement(), getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) },
  };
  for (let i = 0; i < runs; i++) runInNewContext(code, context);
  const send = (data: unknown, source: unknown, origin = 'https://site.example') => listeners.forEach((fn) => fn({ data, origin, source }));
  return { frames, listeners, send };
}

const message = (figure: string, height: unknown) => ({ type: 'llm-showdown:height', figure, height });

describe('public/embed.js', () => {
  it('sets the height of the iframe that sent a well-formed message about its own figure', () => {
    const { frames, send } = host(['https://site.example/embed/cost-example/', 'https://site.example/zh/embed/capability-radar/?theme=dark']);
    send(message('cost-example', 361.2), frames[0]!.contentWindow);
    send(message('capability-radar', 1047), frames[1]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['362px', '1047px']);
  });

  it.each([
    ['another type', { type: 'llm-showdown:size', figure: 'cost-example', height: 500 }],
    ['no figure', { type: 'llm-showdown:height', height: 500 }],
    ['a height in a string', message('cost-example', '500')],
    ['a height of 0', message('cost-example', 0)],
    ['a negative height', message('cost-example', -5)],
    ['an endless height', message('cost-example', Infinity)],
    ['a height that is not a number', message('cost-example', Number.NaN)],
    ['a height no page has', message('cost-example', 1e9)],
    ['another figure than the frame shows', message('capability-radar', 500)],
    ['a string', 'llm-showdown:height 500'],
    ['null', null],
  ])('ignores a message with %s', (_, data) => {
    const { frames, send } = host(['https://site.example/embed/cost-example/']);
    send(data, frames[0]!.contentWindow);
    expect(frames[0]!.style.height).toBeUndefined();
  });

  it('ignores a well-formed message from a window that is not one of our iframes', () => {
    const { frames, send } = host(['https://site.example/embed/cost-example/', 'https://elsewhere.example/embed/cost-example/']);
    send(message('cost-example', 500), { postMessage() {} });
    send(message('cost-example', 500), frames[1]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined]);
  });

  it('ignores a well-formed message from another origin, even with our frame as its source', () => {
    const { frames, send } = host(['https://site.example/embed/cost-example/']);
    send(message('cost-example', 500), frames[0]!.contentWindow, 'https://evil.example');
    expect(frames[0]!.style.height).toBeUndefined();
  });

  it('asks each of our frames for its height when it starts, and no other frame', () => {
    const { frames } = host(['https://site.example/embed/cost-example/', 'https://video.example/player/', 'https://site.example/cost/']);
    expect(frames.map((f) => f.contentWindow.posted)).toEqual([[{ type: 'llm-showdown:ping' }], [], []]);
  });

  it('listens once however many snippets include it', () => {
    expect(host(['https://site.example/embed/cost-example/'], undefined, 3).listeners).toHaveLength(1);
  });

  it('takes the site’s base path from its own address', () => {
    const { frames, send } = host(['https://host.example/showdown/embed/cost-example/', 'https://host.example/embed/cost-example/'], 'https://host.example/showdown/embed.js');
    send(message('cost-example', 400), frames[0]!.contentWindow, 'https://host.example');
    send(message('cost-example', 400), frames[1]!.contentWindow, 'https://host.example');
    expect(frames.map((f) => f.style.height)).toEqual(['400px', undefined]);
  });

  it('stays a few kilobytes', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(4096);
  });
});
