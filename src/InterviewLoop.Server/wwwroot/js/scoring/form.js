import { $, h } from '../dom.js';
import { debounced } from './debounce.js';
import { RECOMMENDATIONS, LEVELS } from './choices.js';
import { radioChoices } from './radios.js';

const NOTE_DELAY_MS = 700;

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

// Each rating says its dimension ("Scope: 4"), so a screen reader that lands on one out of its group still knows which.
function dimensionCard(dimension, send) {
  const scale = ['1', '2', '3', '4', '5'].map(n => [n, n, `${dimension.name}: ${n}`]);
  const rating = radioChoices(`rating-${dimension.id}`, scale, 'rating',
    value => send({ field: 'rating', dimension: dimension.id, value }));
  const textarea = h('textarea', { rows: 3, id: `note-${dimension.id}`, placeholder: 'What did the candidate say or do?' });
  const note = textField(textarea, text => send({ field: 'note', dimension: dimension.id, value: text }));
  const card = h('section', { class: 'card dimension', 'data-dimension': dimension.id },
    h('div', { class: 'dimension-text' },
      h('h2', { text: dimension.name }), h('p', { class: 'question', text: dimension.question }),
      anchors(dimension), h('p', { class: 'hint' }, h('strong', { text: 'Evidence hint: ' }), dimension.hint)),
    h('div', { class: 'dimension-input' },
      h('fieldset', { class: 'rating-row' }, h('legend', { class: 'visually-hidden', text: `Rating for ${dimension.name}` }), rating.labels),
      h('label', { class: 'field', for: textarea.id },
        h('span', {}, 'Evidence notes', h('span', { class: 'visually-hidden', text: ` on ${dimension.name}` })), textarea)));
  return {
    card,
    render(scorecard) {
      rating.set(String(scorecard.ratings[dimension.id] ?? ''));
      note.set(scorecard.notes.filter(n => n.dimension === dimension.id).map(n => n.text).join('\n'));
    },
    flush: note.flush,
  };
}

// Builds the scorecard form for a rubric; calls send({field, dimension, value}) on every edit.
export function scorecardForm(form, rubric, send) {
  const dimensions = rubric.dimensions.map(d => dimensionCard(d, send));
  $('#dimensions', form).replaceChildren(...dimensions.map(d => d.card));
  const recommendation = radioChoices('recommendation', RECOMMENDATIONS.map(([value, label]) => [value, label, null]), 'choice',
    value => send({ field: 'recommendation', value }));
  $('#recommendation', form).replaceChildren(...recommendation.labels);
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
      recommendation.set(scorecard.recommendation ?? '');
      level.value = scorecard.levelRecommendation ?? '';
      summary.set(scorecard.summary ?? '');
    },
    flushText() { dimensions.forEach(d => d.flush()); summary.flush(); },
    lock() { for (const el of form.querySelectorAll('button, input, textarea, select')) el.disabled = true; },
  };
}
