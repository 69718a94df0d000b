// The connection/saved indicator. "Saved" is shown only once the server acknowledged every change.
const LABELS = {
  connecting: 'Connecting…',
  connected: 'Connected',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline – changes kept, retrying',
  error: 'Not saved',
  submitted: 'Submitted',
};

export function showStatus(element, state) {
  element.dataset.state = state;
  element.textContent = LABELS[state] ?? state;
}
