import type { PublicDisclosure } from '@thidua/shared';
import { Button, Grid, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Nominee = PublicDisclosure['items'][number];

/**
 * The disclosed nominees: a bordered table on wide screens, one card each on a phone. `onObject` (only while
 * comments are accepted) opens the comment form on that nominee.
 */
export function PublicNominees({ items, onObject }: { items: Nominee[]; onObject?: (n: Nominee) => void }) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const subject = (n: Nominee) => (
    <Tag style={{ marginInlineEnd: 0 }}>{t(`disclosure.subject.${n.subject}`)}</Tag>
  );
  const objectButton = (n: Nominee) =>
    onObject && (
      <Button
        size={phone ? 'middle' : 'small'}
        onClick={() => onObject(n)}
        aria-label={t('disclosure.public.objectAbout', { name: n.name })}
      >
        {t('disclosure.public.objectShort')}
      </Button>
    );

  if (phone)
    return (
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((n, i) => (
          <li key={n.nominationId} className="pub-card" data-testid="public-nominee">
            <h3>
              {i + 1}. {n.name}
            </h3>
            {subject(n)}
            <dl>
              <dt>{t('disclosure.public.col.unit')}</dt>
              <dd>{n.unitName}</dd>
              <dt>{t('disclosure.public.col.award')}</dt>
              <dd>{n.awardName}</dd>
              <dt>{t('disclosure.public.col.achievement')}</dt>
              <dd className="pub-achievement">{n.achievement}</dd>
            </dl>
            {objectButton(n)}
          </li>
        ))}
      </ol>
    );

  return (
    <div className="pub-table-wrap">
      <table className="pub-table">
        <thead>
          <tr>
            <th scope="col">{t('disclosure.public.col.no')}</th>
            <th scope="col">{t('disclosure.public.col.name')}</th>
            <th scope="col">{t('disclosure.public.col.unit')}</th>
            <th scope="col">{t('disclosure.public.col.award')}</th>
            <th scope="col">{t('disclosure.public.col.achievement')}</th>
            {onObject && <th scope="col">{t('disclosure.public.col.objection')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((n, i) => (
            <tr key={n.nominationId} data-testid="public-nominee">
              <td className="pub-num">{i + 1}</td>
              <th scope="row" style={{ fontWeight: 600, minWidth: 170 }}>
                <div>{n.name}</div>
                <div style={{ marginTop: 4 }}>{subject(n)}</div>
              </th>
              <td style={{ minWidth: 130 }}>{n.unitName}</td>
              <td style={{ minWidth: 180 }}>{n.awardName}</td>
              <td className="pub-achievement">{n.achievement}</td>
              {onObject && <td style={{ whiteSpace: 'nowrap' }}>{objectButton(n)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
