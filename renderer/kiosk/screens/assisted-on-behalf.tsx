/** Acting for someone else: the relation and the authorisation, both required once it is chosen. */
import { useTranslation } from 'react-i18next';
import type { Authorisation } from '../../../shared/contract/assisted.js';
import { ChoiceTiles } from './assisted-choice-tiles.js';

const RELATIONS = ['family', 'employer', 'other'] as const;
const AUTHORISATIONS: Authorisation[] = ['power_of_attorney', 'consent_in_person', 'guardian'];

export function AssistedOnBehalf(props: {
  onBehalf: boolean;
  relation: string;
  authorisation: string;
  errorOf: (field: 'relation' | 'authorisation') => string | undefined;
  onToggle: () => void;
  onRelation: (relation: string) => void;
  onAuthorisation: (authorisation: string) => void;
}) {
  const { t } = useTranslation();
  const relationError = props.errorOf('relation');
  const authorisationError = props.errorOf('authorisation');
  return (
    <fieldset className="on-behalf">
      <legend>{t('assisted.onBehalfTitle')}</legend>
      <button
        type="button"
        className="big-button choice-tile"
        data-testid="on-behalf"
        aria-pressed={props.onBehalf}
        onClick={props.onToggle}
      >
        {t('assisted.onBehalf')}
      </button>
      {props.onBehalf && (
        <>
          <p className="group-label" id="relation-label">
            {t('assisted.relation')}
          </p>
          <ChoiceTiles
            name="relation"
            labelledBy="relation-label"
            describedBy={relationError ? 'relation-error' : undefined}
            invalid={!!relationError}
            required
            value={props.relation}
            options={RELATIONS.map((r) => ({ value: r, label: t(`assisted.relation_${r}`) }))}
            onChange={props.onRelation}
          />
          {relationError && (
            <p className="field-error" id="relation-error">
              {relationError}
            </p>
          )}
          <p className="group-label" id="authorisation-label">
            {t('assisted.authorisation')}
          </p>
          <ChoiceTiles
            name="authorisation"
            labelledBy="authorisation-label"
            describedBy={authorisationError ? 'authorisation-error' : undefined}
            invalid={!!authorisationError}
            required
            value={props.authorisation}
            options={AUTHORISATIONS.map((a) => ({ value: a, label: t(`assisted.authorisation_${a}`) }))}
            onChange={props.onAuthorisation}
          />
          {authorisationError && (
            <p className="field-error" id="authorisation-error">
              {authorisationError}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
