// Runs fn once the caller has been quiet for delayMs; flush() runs it now if it is waiting.
export function debounced(fn, delayMs) {
  let timer = null;
  const run = () => { timer = null; fn(); };
  return {
    get active() { return timer !== null; },
    schedule() { clearTimeout(timer); timer = setTimeout(run, delayMs); },
    flush() { if (timer !== null) { clearTimeout(timer); run(); } },
  };
}
