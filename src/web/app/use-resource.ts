// Loads data for a page: { data, error } plus reload(). Answers arriving after the component moved
// on are dropped; data stay on screen while a reload runs. `load` must be stable (a module
// function or a useCallback), as it is the effect's dependency.
import { startTransition, useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  reload: () => void;
}

export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      // A transition: a large answer renders in slices, not as one long task.
      (data) => current && startTransition(() => setState({ data })),
      (error: unknown) => current && startTransition(() => setState({ error: error instanceof Error ? error : new Error(String(error)) })),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { data: state.data, error: state.error, reload };
}
