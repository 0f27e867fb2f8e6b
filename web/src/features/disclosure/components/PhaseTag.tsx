import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DisclosurePhase, PHASE_STYLES } from '../lib/period.ts';

/** "Đang tiếp nhận ý kiến" / "Đã kết thúc" / "Chưa bắt đầu". */
export function PhaseTag({ phase }: { phase: DisclosurePhase }) {
  const { t } = useTranslation();
  return (
    <Tag style={{ ...PHASE_STYLES[phase], marginInlineEnd: 0, fontWeight: 500 }}>
      {t(`disclosure.phase.${phase}`)}
    </Tag>
  );
}
