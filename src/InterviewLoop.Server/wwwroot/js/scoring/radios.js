import { h } from '../dom.js';

// A row of native radio buttons drawn as thumb-sized buttons (css: .rating, .choice). Being real
// radios, the browser gives them one tab stop, arrow keys and space, and screen readers say
// "radio, 3 of 5, checked". options: [value, visible text, accessible name or null]. onPick(value)
// runs only when the user picks; set(value) shows the server's value without sending anything.
export function radioChoices(name, options, className, onPick) {
  const inputs = options.map(([value, , label]) => h('input', {
    type: 'radio', name, value, 'aria-label': label,
    onchange: () => onPick(value),
  }));
  const labels = options.map(([, text, label], i) =>
    h('label', { class: className }, inputs[i], h('span', { 'aria-hidden': label ? 'true' : null, text })));
  return {
    labels,
    set(value) { for (const input of inputs) input.checked = input.value === value; },
  };
}
