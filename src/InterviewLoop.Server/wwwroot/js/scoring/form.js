import { $, h } from '../dom.js';
import { debounced } from './debounce.js';
import { RECOMMENDATIONS, LEVELS } from './choices.js';

const NOTE_DELAY_MS = 700;

function pressOne(buttons, value) {
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.value === value));
}

// Keeps a textarea's typing local until the user pauses (or leaves the field), then sends it.
function textField(textarea, send) {
  const pending = debounced(() => send(textarea.value), NOTE_DELAY_MS);
  textarea.addEventListener('input', pending.schedule);
  textarea.addEventListener('blur', pending.flush);
  return {
    set(text) { if (!pending.active && textarea.value !== text) textarea.value = text; },
    flush: pending.flush,
  };
}

function anchors(dimension) {
  return h('dl', { class: 'anchors' }, [1, 3, 5].map(score => h('div', { class: 'anchor' },
    h('dt', { text: String(score) }), h('dd', { text: dimension.anchors[score] ?? '' }))));
}

function dimensionCard(dimension, send) {
  const ratingButtons = [1, 2, 3, 4, 5].map(n => h('button', {
    type: 'button', class: 'rating', 'aria-pressed': 'false', 'data-value': String(n),
    'aria-label': `${dimension.name}: ${n}`,
    onclick: () => { pressOne(ratingButtons, String(n)); send({ field: 'rating', dimension: dimension.id, value: String(n) }); },
  }, String(n)));
  const textarea = h('textarea', { rows: 3, id: `note-${dimension.id}`, placeholder: 'What did the candidate say or do?' });
  const note = textField(textarea, text => send({ field: 'note', dimension: dimension.id, value: text }));
  const card = h('section', { class: 'card dimension', 'data-dimension': dimension.id },
    h('div', { class: 'dimension-text' },
      h('h2', { text: dimension.name }), h('p', { class: 'question', text: dimension.question }),
      anchors(dimension), h('p', { class: 'hint' }, h('strong', { text: 'Evidence hint: ' }), dimension.hint)),
    h('div', { class: 'dimension-input' },
      h('div', { class: 'rating-row', role: 'group', 'aria-label': `Rating for ${dimension.name}` }, ratingButtons),
      h('label', { class: 'field', for: textarea.id }, h('span', { text: 'Evidence notes' }), textarea)));
  return {
    card,
    render(scorecard) {
      pressOne(ratingButtons, String(scorecard.ratings[dimension.id] ?? ''));
      note.set(scorecard.notes.filter(n => n.dimension === dimension.id).map(n => n.text).join('\n'));
    },
    flush: note.flush,
  };
}

// Builds the scorecard form for a rubric; calls send({field, dimension, value}) on every edit.
export function scorecardForm(form, rubric, send) {
  const dimensions = rubric.dimensions.map(d => dimensionCard(d, send));
  $('#dimensions', form).replaceChildren(...dimensions.map(d => d.card));
  const recommendation = RECOMMENDATIONS.map(([value, label]) => h('button', {
    type: 'button', class: 'choice', 'data-value': value, 'aria-pressed': 'false',
    onclick: () => { pressOne(recommendation, value); send({ field: 'recommendation', value }); },
  }, label));
  $('#recommendation', form).replaceChildren(...recommendation);
  const level = $('#level', form);
  level.replaceChildren(h('option', { value: '', text: 'No level recommendation' }),
    ...LEVELS.map(([value, band]) => h('option', { value, text: `${value} · ${band}` })));
  level.addEventListener('change', () => send({ field: 'level_recommendation', value: level.value || null }));
  const summary = textField($('#summary', form), text => send({ field: 'summary', value: text }));
  return {
    render(scorecard) {
      dimensions.forEach(d => d.render(scorecard));
      const rated = rubric.dimensions.filter(d => scorecard.ratings[d.id] !== undefined).length;
      $('#rated-count').textContent = `${rated} of ${rubric.dimensions.length} rated`;
      pressOne(recommendation, scorecard.recommendation ?? '');
      level.value = scorecard.levelRecommendation ?? '';
      summary.set(scorecard.summary ?? '');
    },
    flushText() { dimensions.forEach(d => d.flush()); summary.flush(); },
    lock() { for (const el of form.querySelectorAll('button, textarea, select')) el.disabled = true; },
  };
}
