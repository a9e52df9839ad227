// A form's submit: busy while the request runs, the server's error kept for the form to show.
import { type FormEvent, useState } from 'react';

export function useSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, onSubmit: (event: FormEvent) => void submit(event) };
}
