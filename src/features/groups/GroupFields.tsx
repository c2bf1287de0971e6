/** The form fields the group dialogs share: name and description, and a box for pasted IDs. */
import type { ReactNode } from 'react';
import { t } from '../../i18n/t';

export function GroupInfoFields({
  idPrefix,
  name,
  description,
  onName,
  onDescription,
  readOnly = false,
  nameMissing = false,
  autoFocus = false,
}: {
  idPrefix: string;
  name: string;
  description: string;
  onName: (v: string) => void;
  onDescription: (v: string) => void;
  readOnly?: boolean;
  nameMissing?: boolean;
  autoFocus?: boolean;
}) {
  const errorId = `${idPrefix}-name-error`;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>{t('group.name')}</label>
        <input
          id={`${idPrefix}-name`}
          value={name}
          maxLength={100}
          readOnly={readOnly}
          autoFocus={autoFocus}
          aria-invalid={nameMissing}
          aria-describedby={nameMissing ? errorId : undefined}
          onChange={(e) => onName(e.target.value)}
        />
        {nameMissing && (
          <p id={errorId} role="alert" className="error">
            {t('group.nameRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>{t('group.description')}</label>
        <input
          id={`${idPrefix}-description`}
          value={description}
          maxLength={2000}
          readOnly={readOnly}
          onChange={(e) => onDescription(e.target.value)}
        />
      </div>
    </>
  );
}

/** A textarea for Session IDs pasted in any form; `status` is read out beside the hint. */
export function IdsField({
  id,
  label,
  value,
  onChange,
  status,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  status?: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        spellCheck={false}
        aria-describedby={`${id}-hint${status ? ` ${id}-status` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t('group.pasteHint')}
      </p>
      {status && (
        <p id={`${id}-status`} role="status" className="hint">
          {status}
        </p>
      )}
    </div>
  );
}
