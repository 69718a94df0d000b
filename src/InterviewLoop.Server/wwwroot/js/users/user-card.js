import { api } from '../api.js';
import { h } from '../dom.js';
import { ROLES, field, roleBoxes, checkedRoles, showError } from './user-form.js';

const roleLabel = role => ROLES.find(([name]) => name === role)?.[1] ?? role;

// One person: who they are, their roles, and a folded form to change name, roles or password.
export function userCard(user, onChanged) {
  const prefix = `u-${user.id}`;
  const form = h('form', { class: 'stack', novalidate: true, autocomplete: 'off' },
    field('displayName', 'Name shown to colleagues', { idPrefix: prefix, value: user.displayName, required: true }),
    roleBoxes(user.roles, prefix),
    field('password', 'New password (leave empty to keep it)', { idPrefix: prefix, type: 'password', autocomplete: 'new-password', minlength: 12 }),
    h('p', { class: 'error', role: 'alert', 'data-error-for': 'form' }),
    h('button', { type: 'submit', class: 'primary', text: 'Save changes' }));
  form.addEventListener('submit', event => save(event, user, onChanged));
  return h('li', { class: user.active ? 'card user-card' : 'card user-card inactive', 'data-user': user.id },
    user.active ? null : h('p', { class: 'kicker', text: 'Deactivated: cannot sign in' }),
    h('h2', { text: user.displayName }),
    h('p', { class: 'muted', text: `${user.username} · id ${user.id}` }),
    h('p', { class: 'roles', text: user.roles.map(roleLabel).join(', ') }),
    h('p', { class: 'saved-note', role: 'status' }),
    h('details', {}, h('summary', { text: `Change ${user.displayName}` }), form, activeToggle(user, onChanged)));
}

// Deactivating keeps the person's record, panels and scorecards; it ends their sign-in and open pages.
function activeToggle(user, onChanged) {
  const error = h('p', { class: 'error', role: 'alert' });
  const label = user.active ? `Deactivate ${user.displayName}` : `Reactivate ${user.displayName}`;
  const button = h('button', { type: 'button', text: label });
  button.addEventListener('click', async () => {
    error.textContent = '';
    button.disabled = true;
    try {
      const changed = await api(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: { active: !user.active } });
      onChanged(changed, changed.active ? 'Reactivated: they can sign in again.' : "Deactivated: signed out at the server's next check (a minute by default).");
    } catch (e) {
      error.textContent = e.message;
      button.disabled = false;
    }
  });
  return h('div', { class: 'active-toggle' }, h('p', { class: 'muted small', text: user.active
    ? 'Someone who has left: their record, panels and scorecards stay.'
    : 'They cannot sign in until reactivated.' }), button, error);
}

// Sends only what changed, so a roles edit never resets a password by accident.
async function save(event, user, onChanged) {
  event.preventDefault();
  const form = event.currentTarget;
  const button = form.querySelector('button[type=submit]');
  const body = { displayName: form.displayName.value, roles: checkedRoles(form) };
  if (form.password.value) body.password = form.password.value;
  showError(form, null);
  button.disabled = true;
  try {
    const changed = await api(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body });
    onChanged(changed, body.password ? 'Saved. The new password ends their open sessions.' : 'Saved.');
  } catch (error) {
    showError(form, error);
    button.disabled = false;
  }
}
