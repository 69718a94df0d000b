// Thin fetch wrapper: JSON in and out, problem details turned into ApiError.

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.status = status;
    this.field = problem.field ?? null;
    this.code = problem.code ?? null;
  }
}

export function loginUrl() {
  return '/login?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
}

export async function api(path, { method = 'GET', body, redirectOn401 = true } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401 && redirectOn401) {
    location.assign(loginUrl());
    throw new ApiError({ title: 'Signed out' }, 401);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: response.statusText }));
    throw new ApiError(problem, response.status);
  }
  return response.status === 204 ? null : response.json();
}

export async function signOut() {
  await api('/api/auth/logout', { method: 'POST', redirectOn401: false });
  location.assign('/login');
}
