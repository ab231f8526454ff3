/** "Mark this ticket as a no-show?": confirmed before it is done (the citizen may still come). */
import { useTranslation } from 'react-i18next';

export function NoShowConfirm(props: { ticket: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel confirm" role="alertdialog" aria-labelledby="noshow-title">
      <p id="noshow-title">{t('counter.noShowConfirm', { ticket: props.ticket })}</p>
      <div className="row">
        <button type="button" className="danger" autoFocus onClick={props.onConfirm}>
          {t('common.confirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
