import { api } from './api.js';

// The committee's decision form on the debrief page (DecisionForm.cs). The server checks everything
// (a hire needs a level, every decision a rationale, a loop is decided once); a refusal is shown here,
// next to what it names, and nothing typed is lost. On success the page reloads, and the packet itself
// then shows the decision.
const form = document.getElementById('decision-form');
const error = document.getElementById('decision-error');

function body() {
  const decision = form.querySelector('input[name=decision]:checked')?.value ?? null;
  return {
    decision,
    level: decision === 'hire' ? form.elements.level.value : null,
    rationale: form.elements.rationale.value,
  };
}

function showError(message, field) {
  error.textContent = message;
  error.hidden = false;
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  const target = field === 'rationale' ? form.elements.rationale
    : field === 'level' ? form.elements.level
    : form.querySelector('fieldset[name=decision]');
  target?.setAttribute('aria-invalid', 'true');
  target?.focus?.();
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    await api(`/api/loops/${encodeURIComponent(form.dataset.loop)}/decision`, { method: 'POST', body: body() });
    location.reload();
  } catch (e) {
    showError(e.message, e.field);
    button.disabled = false;
  }
});
form.dataset.ready = 'true';
