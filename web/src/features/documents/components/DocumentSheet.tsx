import { type DocumentPreview, numberLine, type OfficialDocOut, placeDate } from '@thidua/shared';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocBlocks } from './DocBlocks.tsx';
import type { NarrativeEditing } from './NarrativeBlock.tsx';
import './documents.css';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Issuing body and number on the left, Quốc hiệu – Tiêu ngữ and the place and date on the right. */
function Header({ doc }: { doc: OfficialDocOut }) {
  const { t } = useTranslation();
  return (
    <div className="doc-header" data-testid="doc-header">
      <div>
        {doc.parentBody && <p>{upper(doc.parentBody)}</p>}
        <p style={{ fontWeight: 700 }} data-testid="doc-issuer">
          {upper(doc.issuer)}
        </p>
        <div className="doc-rule" />
        <p style={{ whiteSpace: 'pre' }} data-testid="doc-number">
          {numberLine(doc.number, doc.symbol)}
        </p>
      </div>
      <div>
        <p style={{ fontWeight: 700 }}>{t('documents.motto1')}</p>
        <p className="doc-motto2">{t('documents.motto2')}</p>
        <div className="doc-rule doc-rule-wide" />
        <p className="doc-place" style={{ whiteSpace: 'pre-wrap' }} data-testid="doc-place-date">
          {placeDate(doc.place, doc.date)}
        </p>
      </div>
    </div>
  );
}

/** "Nơi nhận" with its list on the left, the signer's block on the right. */
function Closing({ doc }: { doc: OfficialDocOut }) {
  const { t } = useTranslation();
  return (
    <div className="doc-closing">
      <div>
        <p className="doc-recipients-title">{t('documents.recipients')}</p>
        <div className="doc-recipients">
          {doc.recipients.map((r) => (
            <p key={r}>- {r};</p>
          ))}
          <p>{t('documents.keep')}</p>
        </div>
      </div>
      <div className="doc-signer" data-testid="doc-signer">
        {doc.signer.authority && <p>{upper(doc.signer.authority)}</p>}
        <p>{upper(doc.signer.title)}</p>
        <div className="doc-signer-gap" />
        <p>{doc.signer.name ?? ''}</p>
      </div>
    </div>
  );
}

/** An official document on a sheet of A4 paper, in the Nghị định 30 layout the exported files use. */
function OfficialSheet({ doc, editing }: { doc: OfficialDocOut; editing: NarrativeEditing }) {
  const { t } = useTranslation();
  return (
    <article className="doc-paper" aria-label={`${doc.type} ${doc.subject}`} data-testid="doc-paper">
      <Header doc={doc} />
      <p className="doc-type">{doc.type}</p>
      <p className="doc-subject">{doc.subject}</p>
      <div className="doc-rule" style={{ width: '22%', marginTop: 4 }} />
      {(doc.preamble ?? []).map((line) => (
        <p key={line} className="doc-preamble">
          {line}
        </p>
      ))}
      <div className="doc-body">
        <DocBlocks blocks={doc.blocks} editing={editing} />
      </div>
      <Closing doc={doc} />
      {doc.annex && (
        <section className="doc-annex" aria-label={t('documents.annexBreak')}>
          <p className="doc-annex-title">{doc.annex.title}</p>
          {doc.annex.subtitle && <p className="doc-annex-subtitle">{doc.annex.subtitle}</p>}
          <DocBlocks blocks={doc.annex.blocks} editing={editing} />
        </section>
      )}
    </article>
  );
}

/** Certificates (a decision's Giấy khen, one page each in the PDF) as small cards. */
function Certificates({ items }: { items: NonNullable<DocumentPreview['certificates']> }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t('documents.noCertificates')} />;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('documents.certificatesTitle', { count: items.length })}
      </Typography.Title>
      <div className="doc-certs">
        {items.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same person may be awarded twice
          <div key={i} className="doc-cert" data-testid="doc-certificate">
            <div className="doc-cert-heading">{t('documents.certificateHeading')}</div>
            <div className="doc-cert-recipient">{c.recipient}</div>
            <div className="doc-cert-text">{c.title}</div>
            <div className="doc-cert-text" style={{ marginTop: 4 }}>
              {c.achievement}
            </div>
          </div>
        ))}
      </div>
    </>
  );
}

/** The preview: the sheet of an official document, or the list of certificates. */
export function DocumentSheet({ preview, editing }: { preview: DocumentPreview; editing: NarrativeEditing }) {
  if (!preview.doc) return <Certificates items={preview.certificates ?? []} />;
  return (
    <div className="doc-desk">
      <OfficialSheet doc={preview.doc} editing={editing} />
    </div>
  );
}
