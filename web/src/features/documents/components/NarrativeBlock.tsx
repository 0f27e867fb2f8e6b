import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import type { NarrativePart } from '@thidua/shared';
import { Alert, Button, Flex, Input, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLines } from './TextLines.tsx';

/** What the narrative parts of a preview need to be edited. */
export interface NarrativeEditing {
  canEdit: boolean;
  /** The preview's narrative parts by key (edited flag, generated text). */
  parts: Map<string, NarrativePart>;
  saving: boolean;
  /** Saves one part (null restores the generated text); true when it was saved. */
  save(key: string, label: string, text: string | null): Promise<boolean>;
}

/**
 * A part of the document the office may rewrite (an assessment, the difficulties, the proposals): marked yellow
 * with its own "Sửa"; the editor keeps the paragraphs as lines. Everything else on the sheet comes from the data.
 */
export function NarrativeBlock({
  block,
  editing,
}: {
  block: { key: string; label: string; text: string };
  editing: NarrativeEditing;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const part = editing.parts.get(block.key);
  const edited = part?.edited ?? false;

  if (!editing.canEdit) return <TextLines text={block.text} />;

  const open = () => {
    setEmpty(false);
    setDraft(block.text);
  };

  if (draft !== null) {
    const save = async () => {
      if (draft.trim() === '') {
        setEmpty(true);
        return;
      }
      if (await editing.save(block.key, block.label, draft)) setDraft(null);
    };
    const restore = async () => {
      if (await editing.save(block.key, block.label, null)) setDraft(null);
    };
    return (
      <div className="doc-narrative doc-narrative-editor" data-narrative={block.key}>
        <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
          {block.label}
        </Typography.Text>
        <Input.TextArea
          aria-label={block.label}
          autoSize={{ minRows: 4, maxRows: 24 }}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setEmpty(false);
          }}
          autoFocus
          maxLength={20000}
        />
        {empty && (
          <Alert type="error" showIcon title={t('documents.narrative.empty')} style={{ marginTop: 8 }} />
        )}
        {part && part.generated !== draft && (
          <details style={{ marginTop: 8 }}>
            <summary style={{ cursor: 'pointer', color: '#595959' }}>
              {t('documents.narrative.showGenerated')}
            </summary>
            <Typography.Paragraph
              type="secondary"
              style={{ whiteSpace: 'pre-wrap', margin: '6px 0 0', fontSize: 13 }}
            >
              {part.generated}
            </Typography.Paragraph>
          </details>
        )}
        <Flex gap={8} wrap style={{ marginTop: 10 }}>
          <Button type="primary" loading={editing.saving} onClick={() => void save()}>
            {t('documents.narrative.save')}
          </Button>
          <Button disabled={editing.saving} onClick={() => setDraft(null)}>
            {t('documents.narrative.cancel')}
          </Button>
          {edited && (
            <Popconfirm
              title={t('documents.narrative.restoreConfirm')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => void restore()}
            >
              <Button icon={<UndoOutlined />} disabled={editing.saving}>
                {t('documents.narrative.restore')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </div>
    );
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the "Sửa" button inside is the keyboard way in
    // biome-ignore lint/a11y/noStaticElementInteractions: a click anywhere on the part is a shortcut for "Sửa"
    <div
      className="doc-narrative doc-narrative-editable"
      data-narrative={block.key}
      onClick={(e) => {
        // Selecting text to copy it is not a request to edit.
        if (window.getSelection()?.toString()) return;
        if ((e.target as HTMLElement).closest('button')) return;
        open();
      }}
    >
      <div className="doc-narrative-bar">
        <span className="doc-narrative-label">{block.label}</span>
        {edited && (
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('documents.narrative.edited')}
          </Tag>
        )}
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('documents.narrative.editAria', { label: block.label })}
          onClick={open}
        >
          {t('documents.narrative.edit')}
        </Button>
      </div>
      {block.text.trim() ? (
        <TextLines text={block.text} />
      ) : (
        <p className="doc-para doc-narrative-empty">{t('documents.narrative.emptyText')}</p>
      )}
    </div>
  );
}
