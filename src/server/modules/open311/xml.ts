// A tiny XML writer for Open311's plain documents: elements and text, no attributes, UTF-8.
// Arrays become repeated child elements named by `items` (services → service, …).

export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [name: string]: XmlValue };

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function element(name: string, value: XmlValue, items: Record<string, string>): string {
  if (!NAME.test(name)) throw new Error(`Not an XML element name: ${name}`);
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = items[name] ?? 'item';
    return `<${name}>${value.map((entry) => element(item, entry, items)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    // An absent field is left out, as in JSON; null stays an empty element.
    return `<${name}>${Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .map(([key, entry]) => element(key, entry, items))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole document: the declaration, then `root` holding `value`. */
export const toXml = (root: string, value: XmlValue, items: Record<string, string>): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, items)}\n`;
