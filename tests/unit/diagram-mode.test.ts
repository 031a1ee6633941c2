import { describe, expect, it } from 'vitest';
import { chooseDiagramMode } from '../../src/lib/diagram-mode';

const found = async () => '/usr/bin/chromium';
const missing = async (): Promise<string> => {
  throw new Error('No Chromium found. Install one of:\n  Debian/Ubuntu: …');
};
const badPath = async (): Promise<string> => {
  throw new Error('CHROMIUM_PATH is set to /nonexistent, but there is no file there.');
};

describe('chooseDiagramMode', () => {
  it('draws at build time when a Chromium is found (MERMAID_RENDER unset, empty or auto)', async () => {
    for (const value of [undefined, '', 'auto', 'build']) {
      expect(await chooseDiagramMode(value, found)).toEqual({ mode: 'build', chromium: '/usr/bin/chromium' });
    }
  });

  it('falls back to the browser without a Chromium, with one line saying why and how to install one', async () => {
    const choice = await chooseDiagramMode(undefined, missing);
    expect(choice.mode).toBe('client');
    const note = choice.mode === 'client' ? choice.note : '';
    expect(note).not.toContain('\n');
    expect(note).toMatch(/^No Chromium found, so diagrams will be drawn in the browser by Mermaid/);
    expect(note).toContain('sudo apt-get install -y chromium fonts-noto-cjk');
    expect(note).toContain('npx playwright install chromium');
    expect(note).toContain('CHROMIUM_PATH');
  });

  it('names a CHROMIUM_PATH that points nowhere', async () => {
    const choice = await chooseDiagramMode(undefined, badPath);
    expect(choice.mode === 'client' && choice.note).toMatch(/^CHROMIUM_PATH is set to \/nonexistent, but there is no file there, so diagrams/);
  });

  it('MERMAID_RENDER=client never looks for a Chromium', async () => {
    let looked = false;
    const choice = await chooseDiagramMode('client', async () => {
      looked = true;
      return '/usr/bin/chromium';
    });
    expect(choice.mode).toBe('client');
    expect(looked).toBe(false);
  });

  it('MERMAID_RENDER=build fails the build when there is no Chromium', async () => {
    await expect(chooseDiagramMode('build', missing)).rejects.toThrow(/^MERMAID_RENDER=build needs a Chromium .*No Chromium found; install one/);
  });

  it('rejects an unknown value, naming the variable and the allowed values', async () => {
    await expect(chooseDiagramMode('server', found)).rejects.toThrow('MERMAID_RENDER is "server"; expected one of auto, build, client (unset means auto).');
  });
});
