import { Alert } from 'antd';
import { type ApiFieldIssue, isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';

export interface Problem {
  message: string;
  /** Each failed criterion (or missing item) with its reason, as the server named it. */
  items: string[];
}

/** Error codes whose details are the criteria to show one by one. */
const LISTED = ['NOMINATION_NOT_ELIGIBLE', 'NOMINATION_DOSSIER_INCOMPLETE', 'NOMINATION_DUPLICATE'];

/** The server's refusal as the user should read it: the message, then each failed criterion with its reason. */
export function problemOf(e: unknown): Problem {
  const listed = isApiError(e) && LISTED.includes(e.code);
  return {
    message: errorMessage(e),
    items: listed ? e.details.map((d: ApiFieldIssue) => d.message) : [],
  };
}

/** A refusal banner listing the failed criteria. */
export function ProblemAlert({ problem, testId }: { problem: Problem; testId?: string }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={problem.message}
      description={
        problem.items.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problem.items.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
