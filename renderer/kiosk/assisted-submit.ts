/**
 * Submitting the assisted form: the kiosk's own checks first (acting for someone without saying
 * how), then the hub validates the data (errors per field, in both languages), then the service
 * request is created once (one idempotency key per screen, so a retry never makes two).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmittedRequest } from '../../shared/contract/assisted.js';
import type { KioskApi } from './kiosk-api.js';
import { formData, onBehalfProblems, type AskedField } from './assisted-form.js';

export type HubFieldError = { field: string; message: { ar: string; en: string } };
export type LocalFieldError = { field: string; text: string };

export interface AssistedAnswers {
  fields: AskedField[];
  values: Record<string, string>;
  documents: Set<string>;
  onBehalf: boolean;
  relation: string;
  authorisation: string;
  helpRequestId: string | null;
}

export function useAssistedSubmit(api: KioskApi, serviceId: string, lang: 'ar' | 'en') {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<HubFieldError[]>([]);
  const [localErrors, setLocalErrors] = useState<LocalFieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const [receipt, setReceipt] = useState<SubmittedRequest | null>(null);
  // Counts the submissions turned back with field errors: each one sends the citizen to the first.
  const [refusals, setRefusals] = useState(0);
  const idempotencyKey = useRef(`assisted-${crypto.randomUUID()}`);

  const submit = async (a: AssistedAnswers) => {
    if (pending) return;
    setFailed(false);
    const missing = onBehalfProblems(a.onBehalf, a.relation, a.authorisation).map((field) => ({
      field,
      text: t(field === 'relation' ? 'assisted.relationMissing' : 'assisted.authorisationMissing'),
    }));
    setLocalErrors(missing);
    if (missing.length) {
      setRefusals((n) => n + 1);
      return;
    }
    setPending(true);
    const data = formData(a.fields, a.values);
    const check = await api.post<{ valid: boolean; errors?: HubFieldError[] }>(
      `/services/${encodeURIComponent(serviceId)}/form/validate`,
      data,
    );
    if (!check.ok || !check.data.valid) {
      setErrors(check.ok ? (check.data.errors ?? []) : []);
      setFailed(!check.ok);
      setPending(false);
      if (check.ok) setRefusals((n) => n + 1);
      return;
    }
    setErrors([]);
    const r = await api.post<SubmittedRequest>('/service-requests', {
      serviceId,
      data,
      documents: [...a.documents],
      language: lang,
      onBehalf: a.onBehalf ? { relation: a.relation, authorisation: a.authorisation } : null,
      ...(a.helpRequestId ? { helpRequestId: a.helpRequestId } : {}),
      idempotencyKey: idempotencyKey.current,
    });
    setPending(false);
    if (r.ok) setReceipt(r.data);
    else setFailed(true);
  };

  /** The error to show at a field: the kiosk's own first, else the hub's in the screen's language. */
  const errorOf = (path: string): string | undefined => {
    const local = localErrors.find((e) => e.field === path);
    if (local) return local.text;
    return errors.find((e) => e.field === path || e.field === `/${path}`)?.message[lang];
  };

  const clearLocal = (field?: string) =>
    setLocalErrors((e) => (field === undefined ? [] : e.filter((x) => x.field !== field)));

  const hasErrors = errors.length > 0 || localErrors.length > 0;
  return { submit, errorOf, clearLocal, hasErrors, failed, pending, receipt, refusals };
}
