import { h } from '../dom.js';

// The roles the server knows (Auth/Roles.cs); it refuses any other name with a 400 naming the field.
export const ROLES = [
  ['interviewer', 'Interviewer', 'scores rounds they are on the panel of'],
  ['recruiter', 'Recruiter', 'plans loops and panels, watches the live board'],
  ['committee', 'Hiring committee', 'reads debriefs and records decisions'],
  ['admin', 'Admin', 'manages users; imports scorecards'],
];

// A labelled input with a slot for its own error, so a 400 that names a field shows beside it.
export function field(name, label, attrs = {}) {
  const id = `${attrs.idPrefix ?? 'user'}-${name}`;
  const input = h('input', { id, name, 'aria-describedby': `${id}-error`, ...attrs, idPrefix: null });
  return h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    input,
    h('span', { id: `${id}-error`, class: 'field-error', 'data-error-for': name }));
}

export function roleBoxes(checked, idPrefix) {
  const boxes = ROLES.map(([role, label, hint]) => h('label', { title: hint },
    h('input', { type: 'checkbox', name: 'roles', value: role, checked: checked.includes(role) }), label));
  return h('fieldset', { class: 'group', 'aria-describedby': `${idPrefix}-roles-error` },
    h('legend', { text: 'Roles' }),
    h('div', { class: 'role-boxes' }, boxes),
    h('span', { id: `${idPrefix}-roles-error`, class: 'field-error', 'data-error-for': 'roles' }));
}

export const checkedRoles = form => [...form.querySelectorAll('input[name=roles]:checked')].map(box => box.value);

// Clears the form's old errors, then puts the server's message beside the field it names (or at the form's foot).
export function showError(form, error) {
  for (const slot of form.querySelectorAll('[data-error-for]')) slot.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  if (!error) return;
  const slot = error.field && form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`);
  // Beside its field the message need not repeat the field's name ("password: needs ...").
  const text = slot && error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
  (slot ?? form.querySelector('[data-error-for="form"]')).textContent = text;
  const input = error.field && form.querySelector(`[name="${CSS.escape(error.field)}"]`);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}
