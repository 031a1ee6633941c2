// The cost formula is typeset at build time (KaTeX HTML + MathML, no KaTeX JavaScript), and the
// capability radar chart is really painted, with every model's colour and the article's scores.
import { expect, test } from '@playwright/test';
import { pathOf, squash, waitUntilDrawn } from './support';

const formula = {
  en: { result: 'Cost per inference', numerator: 'Hardware cost', denominator: ['Throughput', 'Utilisation'], factor: 'Power factor' },
  zh: { result: '单次推理成本', numerator: '硬件成本', denominator: ['吞吐量', '利用率'], factor: '功耗系数' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`cost formula is typeset with MathML and no KaTeX script (${lang})`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(pathOf('cost/', lang));
    await page.waitForLoadState('networkidle');

    const display = page.locator('#cost-formula .katex-display');
    await expect(display).toHaveCount(1);
    // The visual rendering is there and styled by KaTeX's CSS (its own fonts).
    const html = display.locator('.katex-html');
    await expect(html).toBeVisible();
    expect((await html.boundingBox())?.height ?? 0).toBeGreaterThan(30);
    expect(await display.locator('.katex').evaluate((e) => getComputedStyle(e).fontFamily)).toContain('KaTeX_Main');
    await expect(display.locator('.mfrac')).toHaveCount(1);

    // MathML: result = numerator / (a × b) × factor.
    const math = display.locator('math');
    await expect(math).toHaveCount(1);
    await expect(math).toHaveAttribute('display', 'block');
    const f = formula[lang];
    const parts = await math.evaluate((m) => {
      // KaTeX writes the spaces inside \text{} as no-break spaces.
      const text = (e: Element | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const row = m.querySelector('semantics > mrow');
      const frac = row?.querySelector(':scope > mfrac');
      return {
        sequence: [...(row?.children ?? [])].map((c) => `${c.localName}:${c.localName === 'mfrac' ? '' : text(c)}`),
        numerator: text(frac?.children[0]),
        denominator: [...(frac?.children[1]?.children ?? [])].map(text),
        tex: m.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '',
      };
    });
    expect(parts.sequence).toEqual([`mtext:${f.result}`, 'mo:=', 'mfrac:', 'mo:×', `mtext:${f.factor}`]);
    expect(parts.numerator).toBe(f.numerator);
    expect(parts.denominator).toEqual([f.denominator[0], '×', f.denominator[1]]);
    expect(parts.tex).toContain('\\frac');

    // Build-time rendering only: no KaTeX (or any math) JavaScript reaches the browser.
    expect(scripts.filter((s) => /katex|mathjax/i.test(s))).toEqual([]);
    expect(await page.locator('script[src*="katex" i]').count()).toBe(0);
  });

  test(`the cost page loads one KaTeX font and no second stylesheet; prices stay prose (${lang})`, async ({ page }) => {
    const fonts: string[] = [];
    const sheets: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
      if (r.resourceType() === 'stylesheet') sheets.push(new URL(r.url()).pathname);
    });
    await page.goto(pathOf('cost/', lang));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    // KaTeX's rules come in the site's one stylesheet, cut to what the formula uses.
    expect(sheets).toHaveLength(1);
    expect(fonts.map((f) => f.replace(/^.*\/(KaTeX_[\w-]+)\.[\w-]+\.woff2$/, '$1'))).toEqual(['KaTeX_Main-Regular']);
    // Dollar amounts in the prose were once read as inline maths ($2.50 … $20.00).
    await expect(page.locator('.katex')).toHaveCount(1);
    if (lang === 'en') await expect(page.locator('main')).toContainText('eight A100s at $2.50 an hour cost $20.00');
  });
}

const colours = { DeepSeek: '#0072B2', 'GPT-4': '#E69F00', Claude: '#009E73', 'PaLM-2': '#CC79A7' } as const;
// Scores from the article's radar chart, axes in its order.
const scores = {
  DeepSeek: [9.2, 8.8, 9.5, 8.7, 9.1],
  'GPT-4': [9.5, 9.3, 9.0, 8.9, 9.2],
  Claude: [8.7, 9.1, 7.8, 9.3, 8.9],
  'PaLM-2': [8.9, 8.5, 9.2, 7.9, 8.7],
} as const;
const axes = {
  en: ['Language understanding', 'Logical reasoning', 'Code generation', 'Multi-turn dialogue', 'Knowledge QA'],
  zh: ['语言理解', '逻辑推理', '代码生成', '多轮对话', '知识问答'],
} as const;
const modelIds = { DeepSeek: 'deepseek', 'GPT-4': 'gpt-4', Claude: 'claude', 'PaLM-2': 'palm-2' } as const;
const metricIds = ['language-understanding', 'logical-reasoning', 'code-generation', 'multi-turn-dialogue', 'knowledge-qa'];

for (const lang of ['en', 'zh'] as const) {
  test(`radar chart is painted with every model and matches the table (${lang})`, async ({ page }) => {
    await page.goto(pathOf('performance/', lang));
    await waitUntilDrawn(page);
    const canvas = page.locator('#capability-radar canvas[data-radar]');
    await expect(canvas).toBeVisible();
    await expect(canvas).toHaveAccessibleName(/.+/);

    // The data handed to the chart: the article's scores on its five axes.
    const spec = JSON.parse((await canvas.getAttribute('data-radar')) ?? '{}') as {
      labels: string[];
      max: number;
      datasets: { label: string; data: number[]; color: string }[];
    };
    expect(spec.labels).toEqual(axes[lang]);
    expect(spec.max).toBe(10);
    expect(spec.datasets.map((d) => [d.label, d.data, d.color.toUpperCase()])).toEqual(
      Object.entries(scores).map(([name, s]) => [name, s, colours[name as keyof typeof colours]]),
    );

    // The pixels: not blank, and each model's colour is painted (its points and lines).
    const painted = await canvas.evaluate((c: HTMLCanvasElement, wanted) => {
      const ctx = c.getContext('2d');
      if (!ctx) return null;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const rgb = Object.fromEntries(Object.entries(wanted).map(([k, hex]) => [k, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))]));
      const counts: Record<string, number> = Object.fromEntries(Object.keys(wanted).map((k) => [k, 0]));
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 200) continue;
        opaque++;
        for (const [k, [r, g, b]] of Object.entries(rgb)) {
          if (Math.abs(data[i]! - r!) <= 12 && Math.abs(data[i + 1]! - g!) <= 12 && Math.abs(data[i + 2]! - b!) <= 12) counts[k]!++;
        }
      }
      return { width: c.width, height: c.height, opaque, counts };
    }, colours);
    expect(painted).not.toBeNull();
    expect(painted!.width).toBeGreaterThan(200);
    expect(painted!.height).toBeGreaterThan(200);
    expect(painted!.opaque, 'canvas is not blank').toBeGreaterThan(2000);
    for (const name of Object.keys(colours)) expect(painted!.counts[name], `${name}'s colour is painted`).toBeGreaterThan(30);

    // The table under the chart has the same 20 scores.
    const table = page.locator('table[data-table="capability-scores"]');
    await expect(table.locator('td')).toHaveCount(20);
    for (const [name, s] of Object.entries(scores)) {
      for (const [i, metric] of metricIds.entries()) {
        const cell = table.locator(`td[data-model="${modelIds[name as keyof typeof modelIds]}"][data-metric="${metric}"]`);
        expect(Number(squash(await cell.textContent()).replace(/[^\d.]/g, '')), `${name} ${metric}`).toBe(s[i]);
      }
    }
  });
}

test('radar chart text follows the colour scheme', async ({ browser }) => {
  // Axis labels and legend are drawn in the page's text colour: near-white only on dark.
  const nearWhite: Record<string, number> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(pathOf('performance/', 'en'));
    await waitUntilDrawn(page);
    nearWhite[colorScheme] = await page.locator('#capability-radar canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) n++;
      return n;
    });
    await context.close();
  }
  expect(nearWhite['dark'], JSON.stringify(nearWhite)).toBeGreaterThan(100);
  expect(nearWhite['light'], JSON.stringify(nearWhite)).toBeLessThan(nearWhite['dark']! / 4);
});
