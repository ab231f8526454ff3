import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import { EntityForm } from './entity-form.js';
import type { SingleSpec } from './entity-specs.js';
import type { Kind, Lang, Save } from './types.js';

/** A kind that is one set of settings (the centre, the happiness meter): just its form. */
export function SingleEditor(props: {
  kind: Kind;
  spec: SingleSpec;
  catalogue: Catalogue;
  lang: Lang;
  save: Save;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const base = props.spec.get(props.catalogue);
  return (
    <div data-testid={`cfg-${props.kind}`}>
      <EntityForm
        // A change from elsewhere (another manager, a cut-off) refreshes the form.
        key={JSON.stringify(base)}
        title={t(`configEditor.kind_${props.kind}`)}
        fields={props.spec.fields}
        adding={false}
        base={base}
        catalogue={props.catalogue}
        lang={props.lang}
        error={error}
        onSubmit={async (e) =>
          setError(await props.save(props.spec.set(props.catalogue, e), t('configEditor.saved'), props.kind))
        }
        onLocalError={setError}
      />
    </div>
  );
}
