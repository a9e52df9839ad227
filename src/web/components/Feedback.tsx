import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n.js';
import type { Resource } from '../app/use-resource.js';

export function ErrorNotice({ error }: { error: Error | undefined }) {
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {error.message}
    </p>
  );
}

/** Always rendered, so screen readers announce the message when it appears. */
export function SuccessNotice({ message }: { message: string | undefined }) {
  return (
    <p className="notice notice-success" role="status">
      {message}
    </p>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Loading, the error, or the data once there is some. */
export function ResourceView<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  if (resource.data !== undefined) return children(resource.data);
  if (resource.error) return <ErrorNotice error={resource.error} />;
  return <Loading />;
}
