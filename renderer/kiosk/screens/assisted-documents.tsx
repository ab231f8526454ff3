/** The document checklist: one tile per document the citizen has with them (shared with the assistant). */
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/contract/forms.js';
import { useKiosk } from '../context.js';

export function AssistedDocuments(props: {
  documents: FormDefinition['documents'];
  have: Set<string>;
  onToggle: (docId: string, have: boolean) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useKiosk();
  if (props.documents.length === 0) return null;
  return (
    <fieldset className="documents-check">
      <legend>{t('assisted.documentsTitle')}</legend>
      <p id="documents-hint">{t('assisted.documentsHint')}</p>
      <div className="choice-tiles">
        {props.documents.map((d) => (
          <button
            type="button"
            key={d.id}
            className="big-button choice-tile"
            data-doc={d.id}
            aria-pressed={props.have.has(d.id)}
            aria-describedby="documents-hint"
            onClick={() => props.onToggle(d.id, !props.have.has(d.id))}
          >
            {d.label[lang]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
