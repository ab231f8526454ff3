/**
 * "Call an assistant" on the assisted form: raise a help request, then share the form live. Edits
 * typed here go out as `formUpdate`; the assistant's arrive as `formState`, and a field is taken
 * only when its version is newer than the last one this kiosk saw (so a slow echo never undoes
 * a later keystroke).
 */
import { useEffect, useRef } from 'react';
import { FormState, HelpRequest } from '../../shared/contract/assisted.js';
import type { HubClient } from '../common/hub-client.js';
import { emitAssisted, useRaisedHelp } from './help-request.js';

export function useAssistedHelp(opts: {
  hub: HubClient;
  serviceId: string;
  lang: 'ar' | 'en';
  /** The assistant's edits, to merge into what the screen shows. */
  onAssistantEdits: (edits: Record<string, string>) => void;
}) {
  const { hub } = opts;
  const [help, setHelp] = useRaisedHelp(hub);
  const versions = useRef<Record<string, number>>({});
  const onEdits = useRef(opts.onAssistantEdits);
  onEdits.current = opts.onAssistantEdits;

  useEffect(() => {
    const onState = (raw: unknown) => {
      const s = FormState.safeParse(raw);
      if (!s.success || s.data.requestId !== help?.id) return;
      const incoming: Record<string, string> = {};
      for (const [path, f] of Object.entries(s.data.fields)) {
        if (f.version <= (versions.current[path] ?? 0)) continue;
        versions.current[path] = f.version;
        if (f.by === 'assistant') incoming[path] = f.value === null ? '' : String(f.value);
      }
      if (Object.keys(incoming).length) onEdits.current(incoming);
    };
    hub.socket.on('formState', onState);
    return () => {
      hub.socket.off('formState', onState);
    };
  }, [hub, help?.id]);

  /** Sends fields changed here to the shared form (nothing before an assistant is called). */
  const publish = (changed: Record<string, string>) => {
    if (!help) return;
    void emitAssisted(hub, 'formUpdate', { requestId: help.id, fields: changed }).then((r) => {
      const s = r.ok ? FormState.safeParse(r.data) : null;
      if (s?.success)
        for (const path of Object.keys(changed)) versions.current[path] = s.data.fields[path]?.version ?? 0;
    });
  };

  /** Raises the help request and shares what is already on the screen, so the assistant starts from it. */
  const callAssistant = async (values: Record<string, string>) => {
    const r = await emitAssisted(hub, 'raiseHelp', {
      serviceId: opts.serviceId,
      reason: 'form_help',
      language: opts.lang,
    });
    const parsed = r.ok ? HelpRequest.safeParse(r.data) : null;
    if (!parsed?.success) return;
    setHelp(parsed.data);
    const current = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    if (Object.keys(current).length)
      void emitAssisted(hub, 'formUpdate', { requestId: parsed.data.id, fields: current });
  };

  return { help, publish, callAssistant };
}
