/**
 * The live view's "Device health" panel: every kiosk, display, counter app, floor app, printer and
 * serial device with online / offline / silent, last seen, version, printer state and serial link.
 * Read with `manager.deviceHealth` on connect, then kept current by the hub's `deviceHealth` pushes.
 * (Keys — revoke, expiry, re-key — stay in Configuration → Devices.)
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEVICE_HEALTH_EVENT,
  DeviceHealthList,
  type DeviceHealth,
} from '../../../shared/contract/device-health.js';
import type { HubClient } from '../../common/hub-client.js';
import type { Lang } from '../format.js';
import { managerCall } from '../manager-client.js';
import { LastSeen } from '../moment.js';
import { isolate } from '../../../shared/i18n/bidi.js';
import { DeviceDetail } from './detail.js';
import { ColumnHeads } from '../../common/column-heads.js';
import { TitledSection } from '../../common/titled-section.js';

function useDeviceHealth(hub: HubClient): DeviceHealthList | null {
  const [list, setList] = useState<DeviceHealthList | null>(null);
  useEffect(() => {
    const pull = async () => {
      const r = await managerCall(hub, 'manager.deviceHealth');
      const parsed = r.ok ? DeviceHealthList.safeParse(r.data) : null;
      if (parsed?.success) setList(parsed.data);
    };
    const onPush = (raw: unknown) => {
      const parsed = DeviceHealthList.safeParse(raw);
      if (parsed.success) setList(parsed.data);
    };
    const off = hub.onConnection((c) => {
      if (c === 'connected') void pull();
    });
    if (hub.connection === 'connected') void pull();
    hub.socket.on(DEVICE_HEALTH_EVENT, onPush);
    return () => {
      off();
      hub.socket.off(DEVICE_HEALTH_EVENT, onPush);
    };
  }, [hub]);
  return list;
}

function Row({ d, parent, now, lang }: { d: DeviceHealth; parent?: string; now: number; lang: Lang }) {
  const { t } = useTranslation();
  const link = d.link ? t(`dashboard.healthLink_${d.link}`) : null;
  return (
    <tr data-device={d.id} className={`health-${d.state}`}>
      <th scope="row">
        <bdi>{d.name}</bdi>
        {d.name !== d.id && (
          <bdi className="muted device-id" dir="ltr">
            {d.id}
          </bdi>
        )}
        {d.parentId && (
          <span className="muted device-id">
            {t('dashboard.healthOf', { parent: isolate(parent ?? d.parentId) })}
          </span>
        )}
      </th>
      <td>{t(`dashboard.healthKind_${d.kind}`)}</td>
      <td>
        <span className={`conn conn-${d.state}`} data-testid="health-state">
          {t(`dashboard.healthState_${d.state}`)}
        </span>
      </td>
      <td>
        <LastSeen at={d.lastSeenAt} now={now} />
      </td>
      <td dir="ltr">{d.version ?? '—'}</td>
      <td>
        {d.printer ? (
          <span className={`printer printer-${d.printer}`} data-testid="health-printer">
            {t(`dashboard.healthPrinter_${d.printer}`)}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>
        {link ?? ''}
        {link && d.detail ? ' · ' : ''}
        {d.detail && <DeviceDetail detail={d.detail} t={t} lang={lang} />}
        {!link && !d.detail && '—'}
      </td>
    </tr>
  );
}

export function DeviceHealthPanel({ hub, now, lang }: { hub: HubClient; now: number; lang: Lang }) {
  const { t } = useTranslation();
  const list = useDeviceHealth(hub);
  // A printer or peripheral says which device it is on by that device's name.
  const names = new Map(list?.devices.filter((d) => d.parentId === null).map((d) => [d.id, d.name]));
  return (
    <TitledSection id="device-health-h" title={t('dashboard.deviceHealthTitle')} testId="device-health">
      {list && (
        <p className="muted">
          {t('dashboard.deviceHealthIntro', {
            // Counted, so the noun agrees with the number in Arabic ("٥ دقائق", "١٥ دقيقة"), in the
            // genitive after "أكثر من" ("دقيقتين").
            duration: t('units.minutes', {
              count: list.silentAfterMinutes,
              n: list.silentAfterMinutes,
              context: 'genitive',
            }),
          })}
          {!list.open && ` ${t('dashboard.deviceHealthClosed')}`}
        </p>
      )}
      {list?.devices.length === 0 && <p>{t('dashboard.deviceHealthNone')}</p>}
      {list && list.devices.length > 0 && (
        <div className="table-scroll">
          <table className="device-health">
            <ColumnHeads
              heads={[
                t('dashboard.deviceCol_name'),
                t('dashboard.healthCol_kind'),
                t('dashboard.healthCol_state'),
                t('dashboard.deviceCol_lastSeen'),
                t('dashboard.healthCol_version'),
                t('dashboard.healthCol_printer'),
                t('dashboard.healthCol_link'),
              ]}
            />
            <tbody>
              {list.devices.map((d) => (
                <Row
                  key={`${d.kind}:${d.parentId ?? ''}:${d.id}`}
                  d={d}
                  parent={names.get(d.parentId ?? '')}
                  now={now}
                  lang={lang}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TitledSection>
  );
}
