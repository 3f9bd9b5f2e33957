import type { ReactNode } from 'react';

// Draws the elements React's JSX runtime builds (plain objects) as DOM, before React has
// loaded: text nodes and attributes only, never HTML strings, no handlers. It draws
// hook-free function components; anything else React would render (memo, context, lazy,
// portals) is refused, so a component that needs React cannot slip into the first screen.

const SVG = 'http://www.w3.org/2000/svg';
const FRAGMENT = Symbol.for('react.fragment');

type ElementLike = { type: unknown; props: unknown };

function isElement(node: object): node is ElementLike {
  return 'type' in node && 'props' in node;
}

/** React's names for the two attributes whose DOM names differ; SVG's camelCase ones are dashed. */
function attributeName(prop: string, svg: boolean): string {
  if (prop === 'className') return 'class';
  if (prop === 'htmlFor') return 'for';
  return svg && prop !== 'viewBox' ? prop.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) : prop;
}

function setAttributes(element: Element, props: object, svg: boolean) {
  for (const [prop, value] of Object.entries(props)) {
    if (prop === 'children' || prop === 'ref' || value == null || typeof value === 'function') continue;
    if (typeof value === 'object') throw new Error(`renderToDom: the ${prop} attribute is not text`);
    const name = attributeName(prop, svg);
    // As React writes them: aria-* and data-* say "true" or "false"; another boolean attribute is there (empty) or not.
    if (typeof value === 'boolean' && !/^(aria|data)-/.test(name)) {
      if (value) element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
}

function childrenOf(props: object): ReactNode {
  return Reflect.get(props, 'children');
}

function append(parent: Node, node: ReactNode, svg: boolean) {
  if (node == null || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    parent.appendChild(document.createTextNode(String(node)));
    return;
  }
  if (typeof node !== 'object') return;
  if (Symbol.iterator in node) {
    for (const child of node) append(parent, child, svg);
    return;
  }
  if (!isElement(node)) throw new Error('renderToDom: not an element');
  const { type, props }: ElementLike = node;
  if (typeof props !== 'object' || props === null) throw new Error('renderToDom: an element without props');
  if (type === FRAGMENT) {
    append(parent, childrenOf(props), svg);
  } else if (typeof type === 'function') {
    append(parent, Reflect.apply(type, undefined, [props]), svg);
  } else if (typeof type === 'string') {
    const inSvg = svg || type === 'svg';
    const element = inSvg ? document.createElementNS(SVG, type) : document.createElement(type);
    setAttributes(element, props, inSvg);
    append(element, childrenOf(props), inSvg);
    parent.appendChild(element);
  } else {
    throw new Error('renderToDom: only elements, fragments and hook-free function components can be drawn before React');
  }
}

/** Appends `node` to `parent` as DOM. */
export function renderToDom(parent: Node, node: ReactNode) {
  append(parent, node, false);
}
