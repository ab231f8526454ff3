/**
 * The FAQ editor: the answers the kiosk's question box gives. Lists every entry, and adds, edits or
 * deletes one through `/api/v1/faqs` (manager/admin session); every field in both languages. The
 * hub applies a change to the assistant's index at once. Errors from the hub are shown as they are.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { FaqEntry } from '../../shared/domain/assistant/contract.js';
import * as z from 'zod';
import type { Lang } from './format.js';
import { UnansweredQuestions } from './faq-unanswered.js';

type Draft = {
  id: string;
  questionAr: string;
  questionEn: string;
  answerAr: string;
  answerEn: string;
  variantsAr: string;
  variantsEn: string;
  serviceIds: string[];
};
const EMPTY: Draft = {
  id: '',
  questionAr: '',
  questionEn: '',
  answerAr: '',
  answerEn: '',
  variantsAr: '',
  variantsEn: '',
  serviceIds: [],
};
const FaqList = z.object({ faqs: z.array(FaqEntry) });
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function toDraft(f: FaqEntry): Draft {
  return {
    id: f.id,
    questionAr: f.question.ar,
    questionEn: f.question.en,
    answerAr: f.answer.ar,
    answerEn: f.answer.en,
    variantsAr: f.variants.ar.join('\n'),
    variantsEn: f.variants.en.join('\n'),
    serviceIds: f.serviceIds,
  };
}

function toEntry(d: Draft) {
  return {
    id: d.id.trim(),
    question: { ar: d.questionAr, en: d.questionEn },
    answer: { ar: d.answerAr, en: d.answerEn },
    variants: { ar: lines(d.variantsAr), en: lines(d.variantsEn) },
    serviceIds: d.serviceIds,
  };
}

export function FaqView(props: { token: string; catalogue: Catalogue | null; lang: Lang }) {
  const { t, i18n } = useTranslation();
  const { lang } = props;
  const [faqs, setFaqs] = useState<FaqEntry[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The unanswered-question group the open draft answers: dismissed once the answer is saved.
  const [answering, setAnswering] = useState<string | null>(null);
  const [unansweredVersion, setUnansweredVersion] = useState(0);

  const call = useCallback(
    async (method: string, path: string, body?: unknown) => {
      try {
        const res = await fetch(`/api/v1/faqs${path}`, {
          method,
          headers: {
            authorization: `Bearer ${props.token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
        return res.ok
          ? { ok: true as const, data: json as unknown }
          : { ok: false as const, code: json.code ?? 'internal', message: json.message ?? '' };
      } catch {
        return { ok: false as const, code: 'offline', message: '' };
      }
    },
    [props.token],
  );

  const explain = (code: string, message: string) =>
    i18n.exists(`faqEditor.error_${code}`)
      ? t(`faqEditor.error_${code}`, { message })
      : t('faqEditor.error', {
          message: i18n.exists(`errors.${code}`) ? t(`errors.${code}`) : message || t('errors.internal'),
        });

  const load = useCallback(async () => {
    const r = await call('GET', '');
    const parsed = r.ok ? FaqList.safeParse(r.data) : null;
    if (parsed?.success) setFaqs(parsed.data.faqs);
    else setError(t('faqEditor.loadFailed'));
  }, [call, t]);
  useEffect(() => void load(), [load]);

  const save = async () => {
    if (!draft) return;
    setNotice(null);
    setError(null);
    const entry = toEntry(draft);
    const r = editing
      ? await call('PUT', `/${encodeURIComponent(editing)}`, entry)
      : await call('POST', '', entry);
    if (!r.ok) return setError(explain(r.code, r.message));
    setDraft(null);
    setEditing(null);
    setNotice(t('faqEditor.saved'));
    if (answering) {
      await fetch(`/api/v1/assistant/unanswered?key=${encodeURIComponent(answering)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${props.token}` },
      }).catch(() => undefined);
      setAnswering(null);
      setUnansweredVersion((v) => v + 1);
    }
    await load();
  };

  const remove = async (id: string) => {
    setNotice(null);
    setError(null);
    setConfirming(null);
    const r = await call('DELETE', `/${encodeURIComponent(id)}`);
    if (!r.ok) return setError(explain(r.code, r.message));
    setNotice(t('faqEditor.deleted'));
    await load();
  };

  const field = (
    key: Exclude<keyof Draft, 'serviceIds'>,
    label: string,
    multiline: boolean,
    dir?: 'rtl' | 'ltr',
  ) => {
    const id = `faq-${key}`;
    const value = draft?.[key] ?? '';
    const onChange = (v: string) => setDraft((d) => (d ? { ...d, [key]: v } : d));
    return (
      <div className="faq-field">
        <label htmlFor={id}>{label}</label>
        {multiline ? (
          <textarea
            id={id}
            name={key}
            dir={dir}
            rows={3}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={key}
            dir={dir}
            value={value}
            readOnly={key === 'id' && editing !== null}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </div>
    );
  };

  return (
    <section className="faq-editor" aria-labelledby="faq-title" data-testid="faq-editor">
      <h2 id="faq-title">{t('faqEditor.title')}</h2>
      <p>{t('faqEditor.intro')}</p>
      <div role="status" aria-live="polite" data-testid="faq-notice">
        {notice}
      </div>
      <div role="alert" data-testid="faq-error" className="faq-error">
        {error}
      </div>
      {draft ? (
        <form
          className="faq-form"
          data-testid="faq-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {field('id', t('faqEditor.id'), false, 'ltr')}
          {field('questionAr', t('faqEditor.questionAr'), false, 'rtl')}
          {field('questionEn', t('faqEditor.questionEn'), false, 'ltr')}
          {field('answerAr', t('faqEditor.answerAr'), true, 'rtl')}
          {field('answerEn', t('faqEditor.answerEn'), true, 'ltr')}
          {field('variantsAr', t('faqEditor.variantsAr'), true, 'rtl')}
          {field('variantsEn', t('faqEditor.variantsEn'), true, 'ltr')}
          <fieldset>
            <legend>{t('faqEditor.services')}</legend>
            {props.catalogue?.services.map((s) => (
              <label key={s.id} className="faq-check">
                <input
                  type="checkbox"
                  checked={draft.serviceIds.includes(s.id)}
                  onChange={(e) =>
                    setDraft((d) =>
                      d
                        ? {
                            ...d,
                            serviceIds: e.target.checked
                              ? [...d.serviceIds, s.id]
                              : d.serviceIds.filter((x) => x !== s.id),
                          }
                        : d,
                    )
                  }
                />
                {s.name[lang]}
              </label>
            ))}
          </fieldset>
          <div className="faq-actions">
            <button type="submit">{t('faqEditor.save')}</button>
            <button
              type="button"
              onClick={() => {
                setDraft(null);
                setEditing(null);
              }}
            >
              {t('faqEditor.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => {
            setDraft(EMPTY);
            setEditing(null);
          }}
        >
          {t('faqEditor.add')}
        </button>
      )}
      <UnansweredQuestions
        token={props.token}
        version={unansweredVersion}
        onAnswer={(g) => {
          setDraft(
            g.language === 'ar'
              ? { ...EMPTY, questionAr: g.example, variantsAr: g.example }
              : { ...EMPTY, questionEn: g.example, variantsEn: g.example },
          );
          setEditing(null);
          setAnswering(g.key);
        }}
      />
      {faqs && faqs.length === 0 && <p>{t('faqEditor.empty')}</p>}
      <ul className="faq-list">
        {faqs?.map((f) => (
          <li key={f.id} data-testid="faq-item" data-faq-id={f.id}>
            <h3>{f.question[lang]}</h3>
            <p>{f.answer[lang]}</p>
            <div className="faq-actions">
              <button
                type="button"
                aria-label={`${t('faqEditor.edit')}: ${f.question[lang]}`}
                onClick={() => {
                  setDraft(toDraft(f));
                  setEditing(f.id);
                }}
              >
                {t('faqEditor.edit')}
              </button>
              {confirming === f.id ? (
                <button type="button" className="danger" onClick={() => void remove(f.id)}>
                  {t('faqEditor.confirmDelete', { question: f.question[lang] })}
                </button>
              ) : (
                <button
                  type="button"
                  aria-label={`${t('faqEditor.delete')}: ${f.question[lang]}`}
                  onClick={() => setConfirming(f.id)}
                >
                  {t('faqEditor.delete')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
