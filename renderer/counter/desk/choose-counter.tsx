/** Before the desk: which counter this person opens. */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import { ChoiceField } from '../form-parts.js';

export function ChooseCounter(props: {
  catalogue: Catalogue;
  counterId: string;
  pending: boolean;
  onChoose: (counterId: string) => void;
  onOpen: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  return (
    <section className="panel" aria-labelledby="choose-title">
      <h2 id="choose-title">{t('counter.chooseCounter')}</h2>
      <div className="row">
        <ChoiceField
          caption={t('common.counter')}
          name="counter"
          value={props.counterId}
          choices={props.catalogue.counters.map((c) => ({ value: c.id, label: c.name[lang] }))}
          onChange={props.onChoose}
        />
        <button type="button" className="primary" disabled={props.pending} onClick={props.onOpen}>
          {t('counter.openCounter')}
        </button>
      </div>
    </section>
  );
}
