/** Before the desk: which counter this person opens. */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';

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
        <label>
          {t('common.counter')}
          <select name="counter" value={props.counterId} onChange={(e) => props.onChoose(e.target.value)}>
            {props.catalogue.counters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={props.pending} onClick={props.onOpen}>
          {t('counter.openCounter')}
        </button>
      </div>
    </section>
  );
}
