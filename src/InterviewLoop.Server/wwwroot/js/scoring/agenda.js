import { $, h } from '../dom.js';

// One agenda line: "Design a rate limiter · 20 min · Judgment".
export function agendaItem(item, names) {
  const parts = [item.prompt];
  if (item.minutes) parts.push(`${item.minutes} min`);
  if (item.dimension) parts.push(names.get(item.dimension) ?? item.dimension);
  return h('li', { text: parts.join(' · ') });
}

// "prompt | minutes | dimension" per line; the dimension may be its id or its name.
function parse(text, names) {
  const byName = new Map([...names].map(([id, name]) => [name.toLowerCase(), id]));
  return text.split('\n').map(line => line.trim()).filter(Boolean).map(line => {
    const [prompt, minutes, dimension] = line.split('|').map(p => p.trim());
    const id = dimension ? (byName.get(dimension.toLowerCase()) ?? dimension) : null;
    return { prompt, minutes: minutes ? Number(minutes) : null, dimension: id };
  });
}

function format(items, names) {
  return items.map(i => [i.prompt, i.minutes ?? '', i.dimension ? names.get(i.dimension) ?? i.dimension : '']
    .join(' | ').replace(/( \| )+$/, '')).join('\n');
}

// The host's agenda editor: opens with the current agenda, saves the whole list.
export function agendaEditor(names, save, current) {
  const editor = $('#agenda-editor');
  $('#agenda-edit').addEventListener('click', () => {
    editor.hidden = !editor.hidden;
    if (!editor.hidden) $('#agenda-text').value = format(current(), names);
  });
  $('#agenda-save').addEventListener('click', async () => {
    if (await save(parse($('#agenda-text').value, names))) editor.hidden = true;
  });
}
