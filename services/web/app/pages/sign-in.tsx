import { useState } from 'preact/hooks';
import { ApiError, api, type Problem } from '../api';
import type { Me } from '../types';
import { ErrorBox } from '../ui';

export function SignIn({
  notice,
  onSignedIn,
}: {
  notice: Problem | null;
  onSignedIn: (key: string, me: Me) => void;
}) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const trimmed = key.trim();
      onSignedIn(trimmed, await api<Me>('/v1/me', { key: trimmed }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="sign-in">
      <h1>Assay</h1>
      <p>Sign in with an API key. It stays in this tab only and is forgotten when the tab closes.</p>
      {notice && <ErrorBox error={new ApiError(notice)} />}
      <form onSubmit={submit}>
        <label>
          API key
          <input
            type="password"
            name="key"
            autoComplete="off"
            value={key}
            onInput={(e) => setKey(e.currentTarget.value)}
            required
            // biome-ignore lint/a11y/noAutofocus: the only thing to do on this page is type the key
            autoFocus
          />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <ErrorBox error={error} />
    </main>
  );
}
