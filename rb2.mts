import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { socialCardSvg } from '/work/wt-social/src/lib/social-card.ts';
// Extract face i of a TTC as a standalone sfnt.
function extract(buf: Buffer, index: number): Buffer {
  const off = buf.readUInt32BE(12 + 4 * index);
  const numTables = buf.readUInt16BE(off + 4);
  const headerLen = 12 + 16 * numTables;
  const tables = [] as { rec: Buffer; data: Buffer }[];
  for (let i = 0; i < numTables; i++) {
    const r = off + 12 + 16 * i;
    const o = buf.readUInt32BE(r + 8), len = buf.readUInt32BE(r + 12);
    tables.push({ rec: Buffer.from(buf.subarray(r, r + 16)), data: buf.subarray(o, o + len) });
  }
  const parts: Buffer[] = [Buffer.from(buf.subarray(off, off + 12))];
  let pos = headerLen;
  const datas: Buffer[] = [];
  for (const t of tables) { t.rec.writeUInt32BE(pos, 8); parts.push(t.rec); const pad = (4 - (t.data.length % 4)) % 4; datas.push(t.data, Buffer.alloc(pad)); pos += t.data.length + pad; }
  return Buffer.concat([...parts, ...datas]);
}
const ttc = readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc');
console.log('faces', ttc.readUInt32BE(8));
for (let i = 0; i < ttc.readUInt32BE(8); i++) { const f = extract(ttc, i); writeFileSync(`/tmp/face${i}.otf`, f); }
const svg = socialCardSvg({ title: '架构：混合专家路由 Architecture', siteName: '大模型对决', section: '架构', locale: 'zh' });
for (let i = 0; i < 10; i++) {
  let t = performance.now();
  let r;
  try { for (let k = 0; k < 5; k++) r = new Resvg(svg, { font: { fontFiles: [`/tmp/face${i}.otf`], loadSystemFonts: false } }); } catch (e) { console.log(i, 'fail', String(e)); continue; }
  console.log(i, 'ctor', ((performance.now() - t) / 5).toFixed(0));
  t = performance.now();
  const png = r!.render().asPng();
  writeFileSync(`/tmp/cards/face${i}.png`, png);
  console.log(i, 'render', (performance.now() - t).toFixed(0));
}
