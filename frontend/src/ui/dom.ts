// A small helper for building DOM nodes: h('button', { className: 'x', onclick }, ['text']).

type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & {
  attrs?: Record<string, string>;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const { attrs, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  if (attrs) for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, children: (Node | string)[] = []): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** A titled panel section with an id'd heading (aria-labelledby). */
export function panel(id: string, title: string, body: HTMLElement, className = ''): HTMLElement {
  const heading = h('h2', { id: `${id}-title`, textContent: title });
  return h('section', { id, className: `panel ${className}`.trim(), attrs: { 'aria-labelledby': `${id}-title` } }, [heading, body]);
}
