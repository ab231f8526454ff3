/** One service as a large tile: its pictogram, its name and the wait for a ticket taken now. */
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../shared/contract/catalogue.js';
import { localisedName } from '../../../shared/contract/catalogue-names.js';
import { useKiosk } from '../context.js';
import { waitFigure } from '../format.js';
import { pictogramFor } from '../pictograms.js';
import { queueOpeningOf } from '../opening.js';

export function ServiceTile({ service }: { service: Service }) {
  const { t } = useTranslation();
  const { catalogue, snapshot, opening, language, digits, dispatch } = useKiosk();
  const Icon = pictogramFor(service, catalogue);
  const estimate = snapshot?.queues.find((q) => q.queueId === service.queueId)?.estimate;
  // No wait is promised for a queue that issues no ticket now (closed, or past its last ticket).
  const issuing = !queueOpeningOf(opening, service.queueId)?.refusal;
  const wait = issuing && estimate && waitFigure(estimate, digits, t);
  return (
    <button
      type="button"
      className="tile"
      data-service={service.id}
      onClick={() => dispatch({ type: 'chooseService', serviceId: service.id })}
    >
      <Icon aria-hidden="true" className="tile-icon" />
      <span className="tile-text">
        <span className="tile-name">{localisedName(service.name, language)}</span>
        {/* Said as a wait: a bare "أقل من دقيقة" under a service's name read as how long it takes. */}
        {wait && <span className="tile-meta">{t('kiosk.tileWait', { wait })}</span>}
      </span>
    </button>
  );
}
