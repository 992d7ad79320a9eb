/**
 * The checks every SVG of the game must pass, shared by the art tests: well-formed, an <svg>
 * root with a viewBox, unique ids whose references resolve, and nothing that reaches outside
 * the file (a texture must never fetch anything: the game works offline and sends no request).
 */
import { parseXml } from './xml.ts';

interface SvgInfo {
  viewBox: [number, number, number, number];
  width: number;
  height: number;
}

export function checkSvg(svg: string): SvgInfo {
  const { root, ids, refs } = parseXml(svg);
  if (root.name !== 'svg') throw new Error(`Root is <${root.name}>, not <svg>`);
  if (root.attrs.xmlns !== 'http://www.w3.org/2000/svg') throw new Error('Missing SVG namespace');
  const vb = (root.attrs.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb.length !== 4 || vb.some((n) => !Number.isFinite(n)) || vb[2] <= 0 || vb[3] <= 0)
    throw new Error(`Bad viewBox "${root.attrs.viewBox}"`);
  const width = Number(root.attrs.width);
  const height = Number(root.attrs.height);
  if (!(width > 0 && height > 0)) throw new Error('Missing width/height');
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`Duplicate id ${id}`);
    seen.add(id);
  }
  for (const r of refs) if (!seen.has(r)) throw new Error(`Reference to missing id #${r}`);
  const external = externalReference(svg);
  if (external) throw new Error(`External reference: ${external}`);
  return { viewBox: vb as [number, number, number, number], width, height };
}

/** The first thing in the markup that could load or run something from elsewhere, if any. */
export function externalReference(svg: string): string | undefined {
  const body = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
  const rules: Array<[RegExp, string]> = [
    [/https?:|ftp:|\/\//i, 'a URL'],
    [/<image\b|<use\b|<foreignObject\b|<script\b|<style\b/i, 'an element that loads or runs content'],
    [/\bhref\s*=\s*["'](?!#)/i, 'a non-local href'],
    [/url\((?!#)/i, 'a non-local url()'],
    [/@import|@font-face|font-family/i, 'a font or stylesheet'],
    [/\son[a-z]+\s*=/i, 'an event handler'],
    [/<text\b/i, 'text (fonts are not available inside SVG textures)'],
  ];
  for (const [re, what] of rules) if (re.test(body)) return what;
  return undefined;
}
