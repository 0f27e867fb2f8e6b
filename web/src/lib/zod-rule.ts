/**
 * Ant Design form rules backed by the shared zod schemas, so the browser says exactly what the server would
 * (the messages in shared are Vietnamese).
 */
import type { FormRule } from 'antd';

interface SafeParser {
  safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } };
}

/** A rule that runs `schema.safeParse` on the field value and shows the first issue. Empty values pass. */
export function zodRule(schema: SafeParser): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error?.issues[0]?.message ?? 'Giá trị không hợp lệ');
    },
  };
}
