/** The live state a dashboard keeps: snapshot, today's metrics and alerts, pushed by the hub. */
import { useEffect, useState } from 'react';
import type * as z from 'zod';
import { Alert, LiveMetrics, ScheduledCutoffs } from '../../shared/contract/manager.js';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { CentreSnapshot } from '../../shared/contract/views.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import { adoptCentreDigits } from '../common/numbers.js';
import type { ServerEventName } from '../../shared/contract/socket-events.js';
import { managerCall } from './manager-client.js';

export interface LiveState {
  connection: ConnectionState;
  snapshot: CentreSnapshot | null;
  metrics: LiveMetrics | null;
  alerts: Alert[];
  catalogue: Catalogue | null;
  /** Queue changes scheduled for later today, soonest first. */
  cutoffs: ScheduledCutoffs;
  /** Wall clock, ticking each second so "serving for" counts up. */
  now: number;
}

export function useLive(hub: HubClient): LiveState & { refresh(): void } {
  const [state, setState] = useState<LiveState>({
    connection: hub.connection,
    snapshot: null,
    metrics: null,
    alerts: [],
    catalogue: null,
    cutoffs: [],
    now: Date.now(),
  });
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    const patch = (p: Partial<LiveState>) => setState((s) => ({ ...s, ...p }));
    // The centre's digits follow the catalogue in every view, sentences included (issue #15).
    const adopted = (catalogue: Catalogue) => {
      adoptCentreDigits(catalogue);
      return catalogue;
    };
    const pull = async () => {
      const [m, a, c, k] = await Promise.all([
        managerCall(hub, 'manager.metrics'),
        managerCall(hub, 'manager.alerts'),
        managerCall(hub, 'manager.catalogue'),
        managerCall(hub, 'manager.scheduledCutoffs'),
      ]);
      if (m.ok) patch({ metrics: LiveMetrics.parse(m.data) });
      if (a.ok) patch({ alerts: Alert.array().parse(a.data) });
      if (c.ok) patch({ catalogue: adopted(Catalogue.parse(c.data)) });
      if (k.ok) patch({ cutoffs: ScheduledCutoffs.parse(k.data) });
    };
    const off = hub.onConnection((connection) => {
      patch({ connection });
      if (connection === 'connected') void pull();
    });
    if (hub.connection === 'connected') void pull();
    // Each of these pushes replaces one part of the state whole.
    const keep = <K extends keyof LiveState>(
      event: ServerEventName,
      key: K,
      schema: z.ZodType<LiveState[K]>,
      seen: (value: LiveState[K]) => LiveState[K] = (value) => value,
    ) =>
      hub.socket.on(event, (raw: unknown) => {
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return;
        const value = seen(parsed.data);
        setState((s) => ({ ...s, [key]: value }));
      });
    keep('snapshot', 'snapshot', CentreSnapshot);
    keep('metrics', 'metrics', LiveMetrics);
    keep('catalogue', 'catalogue', Catalogue, (c) => c && adopted(c));
    keep('scheduledCutoffs', 'cutoffs', ScheduledCutoffs);
    hub.socket.on('alert', (raw: unknown) => {
      const a = Alert.safeParse(raw);
      if (!a.success) return;
      setState((s) => ({ ...s, alerts: [a.data, ...s.alerts.filter((x) => x.id !== a.data.id)] }));
    });
    const clock = setInterval(() => patch({ now: Date.now() }), 1000);
    return () => {
      off();
      clearInterval(clock);
      hub.socket.off('snapshot').off('metrics').off('catalogue').off('alert').off('scheduledCutoffs');
    };
  }, [hub, refreshes]);

  return { ...state, refresh: () => setRefreshes((n) => n + 1) };
}
