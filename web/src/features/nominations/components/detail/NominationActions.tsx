import {
  CloseCircleOutlined,
  EditOutlined,
  FilePdfOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { NOMINATION_EDITABLE, NOMINATION_TRANSITIONS, type Nomination } from '@thidua/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { certificateUrl, type NominationStep } from '../../api.ts';

/** Whether the table lets this side take this step from the nomination's status. */
const allowed = (n: Nomination, step: NominationStep, by: 'unit' | 'office') =>
  NOMINATION_TRANSITIONS.some((x) => x.action === step && x.by === by && x.from.includes(n.status));

/**
 * The actions of the header, by role and by NOMINATION_TRANSITIONS: the proposing unit edits (draft, returned),
 * sends and withdraws; the office refuses an approved nomination (its dossier check sits in the criteria card);
 * anyone reading a decided nomination downloads its Giấy khen.
 */
export function NominationActions({
  nomination: n,
  proposer,
  office,
  onEdit,
  onStep,
}: {
  nomination: Nomination;
  proposer: boolean;
  office: boolean;
  onEdit: () => void;
  onStep: (step: NominationStep) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {proposer && NOMINATION_EDITABLE.includes(n.status) && (
        <Button icon={<EditOutlined />} onClick={onEdit}>
          {t('nominations.actions.edit')}
        </Button>
      )}
      {proposer && allowed(n, 'submit', 'unit') && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => onStep('submit')}>
          {n.status === 'returned' ? t('nominations.actions.resubmit') : t('nominations.actions.submit.ok')}
        </Button>
      )}
      {proposer && allowed(n, 'withdraw', 'unit') && (
        <Button icon={<StopOutlined />} onClick={() => onStep('withdraw')}>
          {t('nominations.actions.withdraw.ok')}
        </Button>
      )}
      {office && allowed(n, 'reject', 'office') && (
        <Button danger icon={<CloseCircleOutlined />} onClick={() => onStep('reject')}>
          {t('nominations.actions.reject.ok')}
        </Button>
      )}
      {n.status === 'decided' && (
        <Button type="primary" icon={<FilePdfOutlined />} href={certificateUrl(n.id)} download>
          {t('nominations.actions.certificate')}
        </Button>
      )}
    </>
  );
}
