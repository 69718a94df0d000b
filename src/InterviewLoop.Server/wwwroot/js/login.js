import { api } from './api.js';
import { $ } from './dom.js';

// Only same-site paths: a ReturnUrl must never send the user to another site.
function returnUrl() {
  const target = new URLSearchParams(location.search).get('ReturnUrl') || '/';
  return target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

$('#login-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.currentTarget;
  const error = $('#login-error');
  const button = $('button[type=submit]', form);
  error.textContent = '';
  button.disabled = true;
  try {
    await api('/api/auth/login', {
      method: 'POST',
      redirectOn401: false,
      body: { username: form.username.value, password: form.password.value },
    });
    location.assign(returnUrl());
  } catch (e) {
    error.textContent = e.status === 401 ? 'That username and password do not match.' : e.message;
    button.disabled = false;
    form.password.select();
  }
});
