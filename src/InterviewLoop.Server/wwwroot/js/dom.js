// Builds elements without innerHTML, so text from the server is never parsed as markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

// A list's items, or one muted line that says why it is empty (so a list is never a blank space).
export const itemsOr = (items, emptyText) => items.length ? items : [h('li', { class: 'muted', text: emptyText })];

// "system_design" -> "System design"
export function wireLabel(wire) {
  if (!wire) return '';
  const words = String(wire).replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// 1 -> "1 round", 4 -> "4 rounds"; irregular nouns pass their plural.
export function countOf(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}

export function formatTime(iso) {
  if (!iso) return 'Not scheduled';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
