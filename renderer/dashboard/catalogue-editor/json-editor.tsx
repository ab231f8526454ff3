import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { Save } from './types.js';
import { jsonErrorText } from './json-error.js';

/** The whole catalogue as JSON ("advanced"); the hub validates it like any other save. */
export function JsonEditor(props: { catalogue: Catalogue; save: Save }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(props.catalogue, null, 2));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(JSON.stringify(props.catalogue, null, 2)), [props.catalogue]);
  return (
    <div data-testid="cfg-advanced">
      <h3 id="catalogue-h">{t('dashboard.catalogue')}</h3>
      <p className="muted" id="catalogue-help">
        {t('dashboard.catalogueHelp')}
      </p>
      <textarea
        aria-labelledby="catalogue-h"
        aria-describedby={error ? 'catalogue-help catalogue-error' : 'catalogue-help'}
        dir="ltr"
        spellCheck={false}
        rows={16}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p role="alert" id="catalogue-error" className="cfg-error">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          let catalogue: Catalogue;
          try {
            catalogue = JSON.parse(text) as Catalogue;
          } catch (e) {
            return setError(jsonErrorText(t, text, e));
          }
          void props.save(catalogue, t('configEditor.saved'), 'json').then(setError);
        }}
      >
        {t('dashboard.apply')}
      </button>
    </div>
  );
}
