/**
 * The question box (virtual assistant): the citizen types a question on the on-screen keyboard in
 * the chosen language; the hub answers with matching services (tap → the service page, with its
 * documents) and FAQ answers. When the hub is not sure (`handover`), the kiosk offers to call a
 * floor assistant, raised as a help request with reason `assistant_handover`.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpRequest } from '../../../shared/contract/assisted.js';
import { AssistantAnswer } from '../../../shared/domain/assistant/contract.js';
import { localiseDigits } from '../../../shared/i18n/numbers.js';
import { useKiosk } from '../context.js';
import { emitAssisted, useRaisedHelp } from '../help-request.js';
import { OnScreenKeyboard } from '../on-screen-keyboard.js';
import { HelpStatus, StepScreen } from '../ui.js';
import { AskFacts } from './ask-facts.js';

type Problem = 'failed' | 'rateLimited' | 'callFailed' | null;

export function AskScreen() {
  const { t } = useTranslation();
  const { api, hub, lang, dispatch, state, digits } = useKiosk();
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<AssistantAnswer | null>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [help, setHelp] = useRaisedHelp(hub);

  const askNow = async () => {
    const q = question.trim();
    if (!q || pending) return;
    setPending(true);
    setProblem(null);
    // The ticket this kiosk just issued, if any, answers "where is my counter" (issue #16).
    const ticketNumber = state.ticket?.visit.ticket;
    const r = await api.post<unknown>('/assistant/ask', {
      question: q,
      language: lang,
      ...(ticketNumber ? { ticketNumber } : {}),
    });
    setPending(false);
    const parsed = r.ok ? AssistantAnswer.safeParse(r.data) : null;
    if (parsed?.success) setAnswer(parsed.data);
    else {
      setAnswer(null);
      setProblem(!r.ok && r.error.code === 'rate_limited' ? 'rateLimited' : 'failed');
    }
  };

  const callAssistant = async () => {
    const r = await emitAssisted(hub, 'raiseHelp', {
      reason: 'assistant_handover',
      language: lang,
      ...(answer?.services[0] ? { serviceId: answer.services[0].id } : {}),
    });
    const parsed = r.ok ? HelpRequest.safeParse(r.data) : null;
    if (parsed?.success) setHelp(parsed.data);
    else setProblem('callFailed');
  };

  const offerHandover = !!answer?.handover || problem === 'failed';
  // Unsure answers are guesses: the hand-over comes first, the guesses after as "did you mean".
  const unsure = answer?.outcome === 'unsure';

  const handover = (
    <section className="ask-handover" aria-labelledby="ask-handover" data-testid="ask-handover">
      <h2 id="ask-handover">{t('ask.handoverTitle')}</h2>
      {answer && answer.outcome !== 'answered' && <p>{t(`ask.handover_${answer.outcome}`)}</p>}
      <button
        type="button"
        className="big-button primary"
        disabled={!!help}
        onClick={() => void callAssistant()}
      >
        {t('ask.callAssistant')}
      </button>
      <HelpStatus
        help={help}
        testId="ask-help-status"
        called={t('ask.assistantCalled')}
        coming={(name) => t('ask.assistantComing', { name })}
      />
    </section>
  );

  return (
    <StepScreen title={t('ask.title')} testId="screen-ask" fitScreen>
      <div className="ask">
        <form
          className="ask-form"
          // No browser validation bubbles (English, small): the kiosk says what is wrong itself.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void askNow();
          }}
        >
          <label htmlFor="ask-question">{t('ask.questionLabel')}</label>
          <p className="hint" id="ask-hint">
            {t('ask.hint')}
          </p>
          <div className="ask-row">
            <input
              id="ask-question"
              name="question"
              // Typed on the on-screen keyboard; the system keyboard stays away on a touch kiosk.
              inputMode="none"
              autoComplete="off"
              maxLength={300}
              aria-describedby="ask-hint"
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
            <button type="submit" className="big-button primary" disabled={pending || !question.trim()}>
              {t('ask.submit')}
            </button>
            <button type="button" className="big-button" onClick={() => setQuestion('')}>
              {t('ask.clear')}
            </button>
          </div>
        </form>
        <OnScreenKeyboard
          testId="ask-osk"
          onKey={(k) => setQuestion((q) => (q + k).slice(0, 300))}
          onDelete={() => setQuestion((q) => q.slice(0, -1))}
        />
        <div role="status" aria-live="polite" className="ask-status">
          {pending && t('ask.asking')}
          {problem && <p className="form-error">{t(`ask.${problem}`)}</p>}
        </div>
        {unsure && handover}
        {answer && (
          <div className="ask-answer" data-testid="ask-answer" data-outcome={answer.outcome}>
            {unsure && <h2 data-testid="ask-did-you-mean">{t('ask.didYouMean')}</h2>}
            <AskFacts answer={answer} />
            {answer.faqs.length > 0 && (
              <section aria-labelledby="ask-faqs">
                <h2 id="ask-faqs">{t('ask.faqsTitle')}</h2>
                {answer.faqs.map((f) => (
                  <article className="ask-faq" key={f.id} data-testid="ask-faq">
                    <h3>{f.question[lang]}</h3>
                    {/* Answers are written by staff in either digit system: shown in the centre's. */}
                    <p>
                      {localiseDigits(f.answer[lang], {
                        lang,
                        digits: digits === 'arabic' ? 'arab' : 'latn',
                      })}
                    </p>
                  </article>
                ))}
              </section>
            )}
            {answer.services.length > 0 && (
              <section aria-labelledby="ask-services">
                <h2 id="ask-services">{t('ask.servicesTitle')}</h2>
                <ul className="ask-services">
                  {answer.services.map((s) => (
                    <li key={s.id} data-testid="ask-service" data-service-id={s.id}>
                      <button
                        type="button"
                        className="big-button"
                        onClick={() => dispatch({ type: 'chooseService', serviceId: s.id })}
                      >
                        {s.name[lang]}
                        <span className="ask-agency">{s.agency[lang]}</span>
                      </button>
                      {s.documents.length > 0 && (
                        <>
                          <p className="ask-docs-title">{t('ask.documents')}</p>
                          <ul className="documents">
                            {s.documents.map((d) => (
                              <li key={d.en}>{d[lang]}</li>
                            ))}
                          </ul>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
        {/* After the answers, the offer of a person is a bar at the foot of the screen, in view
            however long the answers are (issue #15: with larger text it lay below the screen). */}
        {offerHandover && !unsure && <div className="primary-action">{handover}</div>}
      </div>
    </StepScreen>
  );
}
