/**
 * Building DOM safely: text always goes in through textContent; the only markup ever inserted
 * is the API's highlight, and even that is re-built keeping nothing but text and <mark>.
 */

/**
 * `h('a', { href, className }, 'text', childNode)` — attributes are set as properties (or with
 * setAttribute for aria-* / data-*), children are text or nodes.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('aria-') || name.startsWith('data-') || name === 'role' || name === 'for') {
      element.setAttribute(name, value === true ? 'true' : String(value));
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element[name] = value;
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const parser = new DOMParser();

/**
 * The API's highlight is HTML-escaped text with <mark> around matches. It is parsed in an inert
 * document (no scripts run, nothing loads) and copied over as text nodes and <mark> elements only.
 */
export function highlighted(markup) {
  const fragment = document.createDocumentFragment();
  const body = parser.parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
  for (const node of body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
      fragment.append(h('mark', {}, node.textContent));
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return fragment;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}
