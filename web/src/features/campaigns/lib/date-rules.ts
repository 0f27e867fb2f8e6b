/** Form rules shared by the campaign forms. */
import type { FormItemProps } from 'antd';
import type { TFunction } from 'i18next';

type Rules = Pick<FormItemProps, 'dependencies' | 'rules'>;

/** The end after the start and the report deadline after the start, as the server checks them. */
export function dateOrderRules(t: TFunction): { endsOn: Rules; reportDeadline: Rules } {
  return {
    endsOn: {
      dependencies: ['startsOn'],
      rules: [
        ({ getFieldValue }) => ({
          validator: async (_r, v: string | null | undefined) => {
            const start = getFieldValue('startsOn') as string | null | undefined;
            if (v && start && v < start) throw new Error(t('campaigns.endsBeforeStart'));
          },
        }),
      ],
    },
    reportDeadline: {
      dependencies: ['startsOn'],
      rules: [
        ({ getFieldValue }) => ({
          validator: async (_r, v: string | null | undefined) => {
            const start = getFieldValue('startsOn') as string | null | undefined;
            if (v && start && v < start) throw new Error(t('campaigns.deadlineBeforeStart'));
          },
        }),
      ],
    },
  };
}
