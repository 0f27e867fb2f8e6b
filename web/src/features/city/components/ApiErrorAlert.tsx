import { Alert } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';

/**
 * A refused action in plain words: the API's Vietnamese message and, below it, its details one per line (the
 * units still missing, the reports awaiting review…), so the office sees exactly what stands in the way.
 */
export function ApiErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="api-error"
      closable={onClose ? { onClose } : undefined}
      title={errorMessage(error)}
      description={
        details.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.map((d, i) => (
              // Details have no id; their order is the server's.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one answer
              <li key={i}>{d.message}</li>
            ))}
          </ul>
        )
      }
    />
  );
}
