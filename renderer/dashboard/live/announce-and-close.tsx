import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormCheck } from '../../common/form-check.js';
import type { HubClient } from '../../common/hub-client.js';
import { BilingualFields } from '../bilingual-fields.js';
import { managerCall } from '../manager-client.js';
import type { Report } from './report.js';
import { TitledSection } from '../../common/titled-section.js';

/** An announcement on the screens in both languages, and the end-of-day clean-up. */
export function AnnounceAndClose({ hub, report }: { hub: HubClient; report: Report }) {
  const { t } = useTranslation();
  const [announceText, setAnnounceText] = useState({ ar: '', en: '' });
  const [announceMinutes, setAnnounceMinutes] = useState(5);
  const announceCheck = useFormCheck();
  return (
    <TitledSection id="announce-h" title={t('dashboard.announce')} className="actions">
      <form
        noValidate
        onSubmit={announceCheck.guard(() => {
          void managerCall(hub, 'manager.announce', {
            text: announceText,
            minutes: announceMinutes,
          }).then((r) => report(r, t('dashboard.announced')));
        })}
      >
        <BilingualFields
          captions={{ ar: t('dashboard.announceAr'), en: t('dashboard.announceEn') }}
          value={announceText}
          onChange={(lang, text) => setAnnounceText({ ...announceText, [lang]: text })}
        />
        <label>
          {t('dashboard.announceMinutes')}
          <input
            type="number"
            min={1}
            max={240}
            value={announceMinutes}
            onChange={(e) => setAnnounceMinutes(Number(e.target.value))}
          />
        </label>
        <button type="submit">{t('dashboard.announceSend')}</button>
        {announceCheck.alert}
      </form>
      <h2>{t('dashboard.endOfDay')}</h2>
      <div className="row">
        {(['remove', 'keep'] as const).map((mode) => (
          <button
            key={mode}
            onClick={() =>
              void hub
                .call('endOfDay', { mode })
                .then((r) => report(r, r.ok ? t('dashboard.endOfDayDone', { count: r.data.removed }) : ''))
            }
          >
            {t(mode === 'remove' ? 'dashboard.endOfDayRemove' : 'dashboard.endOfDayKeep')}
          </button>
        ))}
      </div>
    </TitledSection>
  );
}
