// The bench's rounds and panels: round k is loop bench-loop-k, round r1 (system design, senior
// evidence rubric), with a panel of panelSize interviewers bench-NNNN (ids bu-NNNN), the first as lead.

const pad = n => String(n).padStart(4, '0');

export function interviewers(options) {
  return Array.from({ length: options.interviewers }, (_, i) => {
    const round = Math.floor(i / options.panelSize) + 1;
    return { n: i + 1, username: `bench-${pad(i + 1)}`, id: `bu-${pad(i + 1)}`, loopId: `bench-loop-${pad(round)}`, roundId: 'r1', seat: i % options.panelSize };
  });
}

export function loopDocuments(options) {
  const people = interviewers(options);
  return Array.from({ length: options.rounds }, (_, r) => ({
    schema: 'interviewloop.loop/v1',
    loop: {
      id: `bench-loop-${pad(r + 1)}`,
      candidate: { id: `bench-cand-${pad(r + 1)}`, displayName: `Bench Candidate ${r + 1}` },
      role: { title: 'Backend Engineer', track: 'ic', targetLevel: 'L4' },
      rounds: [{
        id: 'r1', kind: 'system_design', rubric: 'senior-evidence/v1', durationMinutes: 60,
        panel: people.filter(p => p.loopId === `bench-loop-${pad(r + 1)}`)
          .map(p => ({ id: p.id, displayName: `Bench ${pad(p.n)}`, role: p.seat === 0 ? 'lead' : 'shadow' })),
      }],
    },
  }));
}

const DIMENSIONS = ['scope', 'autonomy', 'judgment', 'production_ownership', 'impact', 'influence', 'reflection'];

// A rating or a note change (half each) on a random dimension, as the scoring page sends them.
export function randomChange(operationId) {
  const dimension = DIMENSIONS[Math.floor(Math.random() * DIMENSIONS.length)];
  return Math.random() < 0.5
    ? { operationId, field: 'rating', dimension, value: String(1 + Math.floor(Math.random() * 5)) }
    : { operationId, field: 'note', dimension, value: `bench note ${operationId}` };
}
