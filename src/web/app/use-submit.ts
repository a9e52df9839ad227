// A form's submit: busy while the request runs, the server's error kept for the form to show.
import { type FormEvent, useState } from 'react';
import { ApiError } from './api.js';

interface SubmitOptions {
  /** The form goes away on success (a dialog closes, the page moves on): it stays busy, so it is not sent twice meanwhile. */
  keepBusy?: boolean;
}

/** `action`'s arguments, if any, are given to `run` (or after the event to `onSubmit`). */
export function useSubmit<Args extends unknown[] = []>(action: (...args: Args) => Promise<void>, { keepBusy = false }: SubmitOptions = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  async function run(...args: Args) {
    setBusy(true);
    setError(undefined);
    try {
      await action(...args);
      if (!keepBusy) setBusy(false);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      setBusy(false);
    }
  }
  return {
    busy,
    error,
    /** The server's message for each field it refused (a 400's `fields`). */
    fieldErrors: error instanceof ApiError ? error.fields : ({} as Record<string, string>),
    /** For the form's own checks, or to clear the message when something else succeeds. */
    setError,
    onSubmit: (event: FormEvent, ...args: Args) => {
      event.preventDefault();
      void run(...args);
    },
    /** The same without a form: a button's click. */
    run: (...args: Args) => void run(...args),
  };
}
