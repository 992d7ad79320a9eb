/**
 * A tiny XML well-formedness checker for the tests (no parser dependency is installed, and the
 * SVG we write uses only a small part of XML: elements, attributes, text, entities).
 * It checks: one root, tags nest and close, attributes are quoted and not repeated, '&' only
 * starts a known entity, no stray '<'. It also collects ids and url(#...) references.
 */

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

interface XmlResult {
  root: XmlElement;
  ids: string[];
  /** Every id referenced as url(#id) or href="#id". */
  refs: string[];
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function checkText(text: string, where: number): void {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) throw new Error(`Bad '&' at ${where + i}`);
  }
  if (text.includes('<')) throw new Error(`Stray '<' at ${where}`);
}

export function parseXml(xml: string): XmlResult {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const ids: string[] = [];
  const refs: string[] = [];
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i])) i++;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.trim() !== '' && stack.length === 0) throw new Error(`Text outside the root at ${i}`);
    checkText(text, i);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) throw new Error('Unclosed comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end === -1 || root) throw new Error('Bad processing instruction');
      i = end + 2;
      continue;
    }
    const closing = xml[i + 1] === '/';
    i += closing ? 2 : 1;
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) throw new Error(`Bad tag name at ${i}`);
    const name = m[0];
    i += name.length;
    if (closing) {
      skipSpace();
      if (xml[i] !== '>') throw new Error(`Bad closing tag ${name} at ${i}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const el: XmlElement = { name, attrs: {}, children: [] };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      if (i === before) throw new Error(`Missing space before attribute in <${name}> at ${i}`);
      NAME.lastIndex = i;
      const a = NAME.exec(xml);
      if (!a) throw new Error(`Bad attribute in <${name}> at ${i}`);
      i += a[0].length;
      skipSpace();
      if (xml[i] !== '=') throw new Error(`Attribute ${a[0]} without value at ${i}`);
      i++;
      skipSpace();
      const q = xml[i];
      if (q !== '"' && q !== "'") throw new Error(`Unquoted attribute ${a[0]} at ${i}`);
      const end = xml.indexOf(q, i + 1);
      if (end === -1) throw new Error(`Unclosed attribute ${a[0]}`);
      const value = xml.slice(i + 1, end);
      checkText(value, i + 1);
      if (Object.hasOwn(el.attrs, a[0])) throw new Error(`Repeated attribute ${a[0]} in <${name}>`);
      el.attrs[a[0]] = value;
      i = end + 1;
    }
    const selfClosing = xml.startsWith('/>', i);
    i += selfClosing ? 2 : 1;
    if (el.attrs.id !== undefined) ids.push(el.attrs.id);
    for (const v of Object.values(el.attrs)) {
      for (const r of v.matchAll(/url\(#([^)]+)\)/g)) refs.push(r[1]);
    }
    const href = el.attrs.href ?? el.attrs['xlink:href'];
    if (href?.startsWith('#')) refs.push(href.slice(1));
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else if (root) throw new Error('More than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error('No root element');
  return { root, ids, refs };
}
