import { $, h } from '../dom.js';
import { errorText } from './hub-errors.js';
import { RECOMMENDATIONS, LEVELS } from './choices.js';

function fields(rubric) {
  const list = rubric.dimensions.flatMap(d => [
    { key: `rating:${d.id}`, label: `${d.name} rating`, field: 'rating', dimension: d.id },
    { key: `note:${d.id}`, label: `${d.name} note`, field: 'note', dimension: d.id },
  ]);
  return [...list,
    { key: 'recommendation', label: 'Recommendation', field: 'recommendation' },
    { key: 'level_recommendation', label: 'Level recommendation', field: 'level_recommendation' },
    { key: 'summary', label: 'Summary', field: 'summary' }];
}

function valueControl(field) {
  const options = field.field === 'rating' ? ['1', '2', '3', '4', '5'].map(v => [v, v])
    : field.field === 'recommendation' ? RECOMMENDATIONS
    : field.field === 'level_recommendation' ? LEVELS.map(([v, band]) => [v, `${v} · ${band}`]) : null;
  const control = options
    ? h('select', { id: 'amend-value' }, options.map(([value, label]) => h('option', { value, text: label })))
    : h('textarea', { id: 'amend-value', rows: 3 });
  return h('label', { class: 'field' }, h('span', { text: 'New value' }), control);
}

// After submit: correct one field with a reason; the server keeps it as an amendment event.
export function amendForm(rubric, submission, adopt) {
  const all = fields(rubric);
  const select = $('#amend-field');
  select.replaceChildren(...all.map(f => h('option', { value: f.key, text: f.label })));
  const current = () => all.find(f => f.key === select.value);
  const showValue = () => $('#amend-value-slot').replaceChildren(valueControl(current()));
  select.addEventListener('change', showValue);
  showValue();
  $('#amend-save').addEventListener('click', async () => {
    $('#amend-error').textContent = '';
    const { field, dimension = null } = current();
    try {
      const ack = await submission.amend({ field, dimension, value: $('#amend-value').value || null }, $('#amend-reason').value);
      $('#amend-reason').value = '';
      adopt(ack.scorecard);
    } catch (e) {
      $('#amend-error').textContent = errorText(e);
    }
  });
}
