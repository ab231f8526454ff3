/**
 * Missing strings per language (issue #19): per shipped language, how many catalogue names and app
 * texts a visitor would see in English instead, and how many are machine-translated; for one chosen
 * language, every missing catalogue name with a field to fill it. A filled name goes through the
 * same 'manager.updateCatalogue' as every other edit, so the kiosk and phone pages show it at once.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import {
  missingNames,
  visitorNames,
  withName,
  type CatalogueName,
} from '../../../shared/contract/catalogue-names.js';
import {
  LANGUAGES,
  languageInfo,
  type AddedLanguage,
  type VisitorLanguage,
} from '../../../shared/i18n/languages.js';
import type { NamespaceCoverage } from '../../../shared/i18n/locales/coverage.js';
import type { Lang, Save } from './types.js';
import { ColumnHeads, HiddenHead } from '../../common/column-heads.js';
import { Ltr } from '../../common/bdi.js';

const isAdded = (l: VisitorLanguage): l is AddedLanguage => l !== 'ar' && l !== 'en';
const ADDED = LANGUAGES.map((l) => l.code).filter(isAdded);
/** The contract's bounds on a name (shared/contract/catalogue.ts), checked here to answer in the manager's language. */
const NAME_MAX = 200;

type Coverage = Record<AddedLanguage, NamespaceCoverage[]>;

/** A language's name in the manager's language, and in itself beside it. */
function LanguageName({ code }: { code: VisitorLanguage }) {
  const { t } = useTranslation();
  const info = languageInfo(code);
  return (
    <>
      {t(`terms.language_${code}`)}{' '}
      <span lang={code} dir={info.direction} className="muted">
        ({info.nativeName})
      </span>
    </>
  );
}

export function MissingStrings(props: { catalogue: Catalogue; lang: Lang; save: Save }) {
  const { t } = useTranslation();
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [chosen, setChosen] = useState<AddedLanguage>(ADDED[0]!);

  useEffect(() => {
    let live = true;
    // Every language's catalogue at once: only this view needs them, so they load when it opens.
    void import('../../../shared/i18n/locales/coverage.js').then((m) => {
      if (!live) return;
      const all = {} as Coverage;
      for (const l of ADDED) all[l] = m.appCoverage(l);
      setCoverage(all);
    });
    return () => {
      live = false;
    };
  }, []);

  const c = props.catalogue;
  const names = visitorNames(c);
  const machineNames = new Set(c.machineTranslatedNames ?? []);
  const sum = (xs: NamespaceCoverage[], f: (x: NamespaceCoverage) => number) =>
    xs.reduce((n, x) => n + f(x), 0);

  return (
    <section aria-labelledby="missing-title" data-testid="missing-strings">
      <h3 id="missing-title">{t('missingStrings.title')}</h3>
      <p className="muted">{t('missingStrings.intro')}</p>
      <div className="table-scroll">
        <table data-testid="missing-summary">
          <caption className="visually-hidden">{t('missingStrings.summaryCaption')}</caption>
          <ColumnHeads
            heads={[
              t('missingStrings.colLanguage'),
              t('missingStrings.colNamesMissing'),
              t('missingStrings.colNamesMachine'),
              t('missingStrings.colKeysMissing'),
              t('missingStrings.colKeysMachine'),
              <HiddenHead>{t('configEditor.colActions')}</HiddenHead>,
            ]}
          />
          <tbody>
            {LANGUAGES.map(({ code }) => {
              if (!isAdded(code))
                return (
                  <tr key={code} data-language={code}>
                    <th scope="row">
                      <LanguageName code={code} />
                    </th>
                    <td colSpan={5} className="muted">
                      {t('missingStrings.source')}
                    </td>
                  </tr>
                );
              const missing = missingNames(c, code).length;
              const cov = coverage?.[code];
              return (
                <tr key={code} data-language={code}>
                  <th scope="row">
                    <LanguageName code={code} />
                  </th>
                  <td data-testid={`names-missing-${code}`}>{missing}</td>
                  <td>{machineNames.has(code) ? names.length - missing : 0}</td>
                  <td data-testid={`keys-missing-${code}`}>
                    {cov ? sum(cov, (x) => x.missing.length) : '…'}
                  </td>
                  <td>{cov ? sum(cov, (x) => x.machineTranslated) : '…'}</td>
                  <td className="actions">
                    <button type="button" aria-pressed={chosen === code} onClick={() => setChosen(code)}>
                      {t('missingStrings.show', { language: t(`terms.language_${code}`) })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MissingNames
        key={chosen}
        catalogue={c}
        language={chosen}
        machine={machineNames.has(chosen)}
        save={props.save}
      />
      <AppTexts language={chosen} coverage={coverage?.[chosen] ?? null} />
    </section>
  );
}

/** The chosen language's missing catalogue names, each with a field to fill it. */
function MissingNames(props: {
  catalogue: Catalogue;
  language: AddedLanguage;
  machine: boolean;
  save: Save;
}) {
  const { t } = useTranslation();
  const languageName = t(`terms.language_${props.language}`);
  const missing = missingNames(props.catalogue, props.language);
  return (
    <div data-testid="missing-names" data-language={props.language}>
      <h4>{t('missingStrings.namesTitle', { language: languageName })}</h4>
      {props.machine && <p className="muted">{t('missingStrings.namesMachine')}</p>}
      {missing.length === 0 ? (
        <p>{t('missingStrings.namesNone', { language: languageName })}</p>
      ) : (
        <div className="table-scroll">
          <table className="missing-names">
            <caption className="visually-hidden">
              {t('missingStrings.namesTitle', { language: languageName })}
            </caption>
            <ColumnHeads
              heads={[
                t('configEditor.nameEn'),
                t('configEditor.nameAr'),
                t('missingStrings.nameIn', { language: languageName }),
              ]}
            />
            <tbody>
              {missing.map((n) => (
                <tr key={`${n.kind}:${n.key}`}>
                  <th scope="row">
                    <span className="muted">{t(`missingStrings.kind_${n.kind}`)}:</span>{' '}
                    <bdi lang="en">{n.text.en}</bdi>
                    {/* Two holidays may share a reason ("Eid al-Fitr" over three days): the date tells them apart. */}
                    {n.kind === 'closedDate' && (
                      <>
                        {' '}
                        <span className="muted">
                          (<Ltr>{n.key}</Ltr>)
                        </span>
                      </>
                    )}
                  </th>
                  <td lang="ar" dir="rtl">
                    {n.text.ar}
                  </td>
                  <td>
                    <NameForm
                      catalogue={props.catalogue}
                      name={n}
                      language={props.language}
                      save={props.save}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function NameForm(props: { catalogue: Catalogue; name: CatalogueName; language: AddedLanguage; save: Save }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const info = languageInfo(props.language);
  const languageName = t(`terms.language_${props.language}`);
  const { name } = props;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError(t('form.required'));
    if (value.length > NAME_MAX) return setError(t('form.tooLong'));
    setBusy(true);
    const err = await props.save(
      withName(props.catalogue, name, props.language, value),
      t('missingStrings.savedName'),
      `languages:${props.language}`,
    );
    setBusy(false);
    setError(err);
  };

  return (
    <form className="missing-name" noValidate onSubmit={(e) => void submit(e)}>
      <input
        id={id}
        lang={props.language}
        dir={info.direction}
        style={{ fontFamily: info.fontFamily }}
        value={text}
        aria-label={`${t('missingStrings.nameIn', { language: languageName })}: ${name.text.en}${name.kind === 'closedDate' ? ` (${name.key})` : ''}`}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />{' '}
      <button type="submit" disabled={busy}>
        {t('missingStrings.saveName')}
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className="cfg-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** The chosen language's app texts, namespace by namespace, with the missing keys listed. */
function AppTexts(props: { language: AddedLanguage; coverage: NamespaceCoverage[] | null }) {
  const { t } = useTranslation();
  const languageName = t(`terms.language_${props.language}`);
  return (
    <div data-testid="missing-keys">
      <h4>{t('missingStrings.keysTitle', { language: languageName })}</h4>
      {!props.coverage ? (
        <p role="status">{t('missingStrings.loading')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('missingStrings.keysCaption')}</caption>
            <ColumnHeads
              heads={[
                t('missingStrings.colNamespace'),
                t('missingStrings.colTotal'),
                t('missingStrings.colKeysMissing'),
                t('missingStrings.colKeysMachine'),
              ]}
            />
            <tbody>
              {props.coverage.map((ns) => (
                <tr key={ns.namespace} data-namespace={ns.namespace}>
                  <th scope="row">{t(`missingStrings.ns_${ns.namespace}`)}</th>
                  <td>{ns.total}</td>
                  <td>
                    {ns.missing.length === 0 ? (
                      0
                    ) : (
                      <details>
                        <summary>{t('missingStrings.missingKeys', { count: ns.missing.length })}</summary>
                        <ul dir="ltr" lang="en" translate="no">
                          {ns.missing.map((k) => (
                            <li key={k}>
                              <code>{k}</code>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                  <td>{ns.machineTranslated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
