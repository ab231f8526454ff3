/**
 * Per-entity configuration: the centre and its hours, agencies, services, queues, counters, work
 * profiles, displays, kiosks and the happiness meter, each as a list with an edit form; plus the
 * whole catalogue as JSON ("advanced"). Every save sends the whole edited catalogue through the
 * hub's 'manager.updateCatalogue', so validation, the audit row and the live apply stay in one place.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { Alert } from '../../../shared/contract/manager.js';
import type { AckResult } from '../../../shared/contract/socket.js';
import type { HubClient } from '../../common/hub-client.js';
import { managerCall } from '../manager-client.js';
import { LISTS, SINGLES } from './entity-specs.js';
import { JsonEditor } from './json-editor.js';
import { MissingStrings } from './missing-strings.js';
import { ListEditor } from './list-editor.js';
import { listDevices } from './registered-devices.js';
import { SingleEditor } from './single-editor.js';
import { KINDS, type Device, type Kind, type Lang } from './types.js';

export function CatalogueEditor(props: {
  hub: HubClient;
  catalogue: Catalogue | null;
  onSaved(): void;
  /** The dashboard's alerts: a kiosk's open printer alert is shown next to it. */
  alerts?: Alert[];
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ar';
  const [kind, setKind] = useState<Kind>('services');
  const [devices, setDevices] = useState<Device[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (kind === 'displays' || kind === 'kiosks') void listDevices(props.hub).then(setDevices);
  }, [props.hub, kind]);

  /** Sends the whole edited catalogue; returns the hub's error text, or null when applied. */
  const save = async (next: Catalogue, done: string, what: string): Promise<string | null> => {
    setNotice(null);
    const r: AckResult = await managerCall(props.hub, 'manager.updateCatalogue', { catalogue: next, what });
    if (!r.ok)
      return t('configEditor.notSaved', {
        message: `${t(`errors.${r.error.code}`, { defaultValue: '' })} ${r.error.message}`.trim(),
      });
    setNotice(done);
    props.onSaved();
    return null;
  };

  const c = props.catalogue;
  return (
    <section aria-labelledby="cfg-title" data-testid="catalogue-editor">
      <h2 id="cfg-title">{t('configEditor.title')}</h2>
      <p className="muted">{t('configEditor.intro')}</p>
      <div role="group" aria-label={t('configEditor.chooseKind')} className="kinds">
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={kind === k}
            data-kind={k}
            onClick={() => {
              setKind(k);
              setNotice(null);
            }}
          >
            {t(`configEditor.kind_${k}`)}
          </button>
        ))}
      </div>
      <p role="status" className="cfg-notice" data-testid="cfg-notice">
        {notice}
      </p>
      {c &&
        (kind === 'advanced' ? (
          <JsonEditor catalogue={c} save={save} />
        ) : kind === 'languages' ? (
          <MissingStrings catalogue={c} lang={lang} save={save} />
        ) : kind === 'centre' || kind === 'feedback' ? (
          <SingleEditor key={kind} kind={kind} spec={SINGLES[kind]} catalogue={c} lang={lang} save={save} />
        ) : (
          <ListEditor
            key={kind}
            kind={kind}
            spec={LISTS[kind]}
            catalogue={c}
            devices={devices}
            alerts={props.alerts ?? []}
            lang={lang}
            save={save}
          />
        ))}
    </section>
  );
}
