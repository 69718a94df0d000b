import { api } from './api.js';
import { $, h, itemsOr } from './dom.js';
import { field, roleBoxes, checkedRoles, showError } from './users/user-form.js';
import { userCard } from './users/user-card.js';

let users = [];

function render(note = null) {
  const byName = [...users].sort((a, b) => a.displayName.localeCompare(b.displayName));
  $('#users-list').replaceChildren(...itemsOr(byName.map(u => userCard(u, changed)), 'No users yet.'));
  if (note) $(`[data-user="${CSS.escape(note.id)}"] .saved-note`).textContent = note.text;
}

function changed(user, text) {
  users = users.map(u => u.id === user.id ? user : u);
  render({ id: user.id, text });
}

function newUserForm() {
  const form = $('#new-user-form');
  form.replaceChildren(
    field('username', 'Username (for signing in)', { idPrefix: 'new', required: true, autocapitalize: 'none' }),
    field('displayName', 'Name shown to colleagues', { idPrefix: 'new', required: true }),
    field('id', 'Id (optional; the id loop documents use, e.g. u-17)', { idPrefix: 'new' }),
    roleBoxes(['interviewer'], 'new'),
    field('password', 'Password (12 or more characters)', { idPrefix: 'new', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 }),
    h('p', { class: 'error', role: 'alert', 'data-error-for': 'form' }),
    h('button', { type: 'submit', class: 'primary', text: 'Add user' }));
  form.addEventListener('submit', create);
}

async function create(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const body = {
    username: form.username.value.trim(), displayName: form.displayName.value.trim(),
    // form.id would be the form element's own id, not the field named "id".
    id: form.elements.namedItem('id').value.trim() || null, roles: checkedRoles(form), password: form.password.value,
  };
  showError(form, null);
  try {
    const user = await api('/api/users', { method: 'POST', body });
    users = [...users, user];
    form.reset();
    render({ id: user.id, text: 'Added. Give them their password in person or over a channel you trust.' });
  } catch (error) {
    showError(form, error);
  }
}

async function main() {
  const me = await api('/api/me');
  $('#who').textContent = `${me.displayName} · ${me.roles.join(', ')}`;
  if (!me.roles.includes('admin')) {
    $('#users-error').textContent = 'Only admins manage users. Ask one of your admins to add or change a user.';
    return;
  }
  users = await api('/api/users');
  newUserForm();
  render();
  $('#users-admin').hidden = false;
}

main().catch(e => { $('#users-error').textContent = e.message; });
