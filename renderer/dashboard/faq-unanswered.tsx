/**
 * Questions the assistant could not answer (issue #16), redacted and grouped by the hub, most asked
 * first: a manager adds the missing FAQ answer from one (the FAQ form opens with the question filled
 * in) or dismisses it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnansweredList, type UnansweredGroup } from '../../shared/domain/assistant/contract.js';

export function UnansweredQuestions(props: {
  token: string;
  /** Bumped by the FAQ editor after a save, so a dismissed group disappears. */
  version: number;
  onAnswer: (group: UnansweredGroup) => void;
}) {
  const { t } = useTranslation();
  const [groups, setGroups] = useState<UnansweredGroup[] | null>(null);
  const headers = { authorization: `Bearer ${props.token}` };

  const load = useCallback(async () => {
    try {
      const res = await fetch('/api/v1/assistant/unanswered', {
        headers: { authorization: `Bearer ${props.token}` },
      });
      const parsed = UnansweredList.safeParse(await res.json());
      setGroups(parsed.success ? parsed.data.unanswered : []);
    } catch {
      setGroups([]);
    }
  }, [props.token]);
  useEffect(() => void load(), [load, props.version]);

  const dismiss = async (key: string) => {
    await fetch(`/api/v1/assistant/unanswered?key=${encodeURIComponent(key)}`, {
      method: 'DELETE',
      headers,
    }).catch(() => undefined);
    await load();
  };

  return (
    <section className="faq-unanswered" aria-labelledby="faq-unanswered-title" data-testid="faq-unanswered">
      <h3 id="faq-unanswered-title">{t('faqEditor.unansweredTitle')}</h3>
      <p>{t('faqEditor.unansweredIntro')}</p>
      {groups && groups.length === 0 && <p>{t('faqEditor.unansweredEmpty')}</p>}
      <ul className="faq-list">
        {groups?.map((g) => (
          <li key={g.key} data-testid="faq-unanswered-item">
            <p dir={g.language === 'ar' ? 'rtl' : 'ltr'} lang={g.language}>
              {g.example}
            </p>
            <p>{t('faqEditor.unansweredCount', { count: g.count })}</p>
            <div className="faq-actions">
              <button type="button" onClick={() => props.onAnswer(g)}>
                {t('faqEditor.unansweredAnswer')}
              </button>
              <button type="button" onClick={() => void dismiss(g.key)}>
                {t('faqEditor.unansweredDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
