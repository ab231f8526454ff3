/**
 * Answering one question: a request for a person, out of scope, offered elsewhere, live facts, then
 * the ranked services and FAQ weighed for evidence of the topic and checked by the second opinion.
 */
import { isConceptTerm, termOf, words } from './analyse.js';
import { normaliseArabic } from './arabic.js';
import { idf, rank, resolveQuery, unknownTermIdf } from './bm25.js';
import type { AnswerFaq, AnswerKind, AnswerMatch, AssistantAnswer, Language } from './contract.js';
import type { Service } from '../../contract/catalogue.js';
import { openingHoursFact, type Fact } from './facts.js';
import { detectIntents, INTENT_WORDS, REPRESENTATIVE_WORDS, withArabiziFactNouns } from './intent.js';
import { NEED_WORDS } from './intent-fact-words.js';
import { isOutOfScope } from './scope.js';
import { isEverydayLife, isPersonalTalk } from './everyday.js';
import { faqLabel, labelOfDocument } from './classifier/second-opinion.js';
import type { Prediction } from './classifier/naive-bayes.js';
import type { AssistantContext } from './assistant-context.js';
import { parseDocumentId, preferServiceFact, round, secondOpinionFirst } from './assistant-ranking.js';
import { serviceFact } from './assistant-service-fact.js';
import {
  ACTION_CONCEPTS,
  CORRECTED_SHARE,
  DISAGREE_SUPPORT,
  DISAGREE_TOP,
  DOUBT_TOP,
  EVENT_SHARE,
  HOW_AMOUNT_WORDS,
  HOW_MUCH_OR_LONG,
  INTENT_CONCEPTS,
  INTENT_SHARE,
  MAX_MATCHES,
  NAMING_TF,
  NOT_OFFERED_SUPPORT,
  PAPER_ACTION_CONCEPTS,
  RELATIVE_CUTOFF,
  SINGLE_WORD_CONFIDENCE,
  THIN_AGREEMENT,
  UNKNOWN_WORD_SHARE,
} from './assistant-tuning.js';
import {
  AGENT_WORDS,
  CENTRE_COMPLAINT_LABEL,
  CENTRE_STAFF_WORDS,
  CONDUCT_WORDS,
  EMPLOYER_WORDS,
  NOT_YET_WORDS,
  PAST_MISS_WORDS,
  PAY_WORDS,
  REQUIRED_WORDS,
  VISIT_WORDS,
  VISITED_PLACE_WORDS,
  WITHOUT_WORDS,
} from './assistant-words.js';

/** كم / بكم, or "how" asking an amount (long, much, many): "how to book so I don't wait" asks no length. */
function asksHowMuchOrLong(raw: readonly string[]): boolean {
  return raw.some(
    (w, i) => HOW_MUCH_OR_LONG.has(w) && (w !== 'how' || HOW_AMOUNT_WORDS.has(raw[i + 1] ?? '')),
  );
}

/** The answer to one question (personal details already removed): see assistant.ts for the order. */
export function answer(ctx: AssistantContext, question: string, language: Language): AssistantAnswer {
  const {
    catalogue,
    faqs,
    opts,
    index,
    docById,
    services,
    faqById,
    elsewhere,
    representativeFaq,
    secondOpinion,
    factGuess,
    asksServiceFact,
    liveOverruled,
    genericTerms,
    realWords,
    serviceAnswer,
    faqAnswer,
    empty,
  } = ctx;
  // Arabizi fee and document nouns (rusum, flus) read as the Arabic ones, whatever the spelling.
  const normalisedQuestion = normaliseArabic(question);
  const { words: raw, read: arabiziFactWords } = withArabiziFactNouns(
    words(question),
    normalisedQuestion.match(/[\p{L}\p{N}]+/gu) ?? [],
  );
  const { terms, corrected, unknown, termByWord } = resolveQuery(index, question, realWords);
  // "Is there an employee who speaks Urdu" asks for language help, not for any person; "the
  // employee talked to me rudely, I want to complain" is a complaint about the centre.
  if (
    terms.includes('#speak') &&
    terms.includes('#human') &&
    !terms.includes('#translate') &&
    !terms.includes('#complaint')
  )
    return empty('asked_for_person');
  const serviceConcepts = new Set(terms.filter((t) => isConceptTerm(t) && !INTENT_CONCEPTS.has(t))).size;
  if (isOutOfScope(raw, normalisedQuestion, serviceConcepts >= 2)) return empty('out_of_scope');
  const opinion = secondOpinion?.predict(question);
  // Words no dictionary knows ("helth") may be a keyword of a service elsewhere with one slip.
  const misspelt = new Set(raw.filter((w) => unknown.includes(w) || corrected.has(termByWord.get(w) ?? '')));
  // "Without visiting the centre" is the citizen not coming in: its visit names no visit visa.
  const visitsCentre = (w: string, i: number) =>
    VISIT_WORDS.has(w) && (VISITED_PLACE_WORDS.has(raw[i + 1] ?? '') || WITHOUT_WORDS.has(raw[i - 1] ?? ''));
  const elsewhereWords = raw.filter((w, i) => !visitsCentre(w, i));
  const named = elsewhere.match(elsewhereWords, misspelt);
  // A document named in a question about a service offered here ("do I need a police report to
  // replace my lost ID", "title deed copy for the tenancy attestation") is no service elsewhere:
  // when the classifier is sure of one of the centre's services and the words that did not name
  // the service elsewhere hold two topic concepts of their own (ID + replace, tenancy + attest),
  // the rules answer. ("How many days does the golden visa take" keeps one, visa: not offered.)
  const sureOfServiceHere =
    opinion !== undefined &&
    (opinion.ranked[0]?.label.startsWith('service:') ?? false) &&
    (opinion.ranked[0]?.p ?? 0) >= DISAGREE_TOP &&
    secondOpinion!.support(opinion, ['not-offered']) <= NOT_OFFERED_SUPPORT;
  // Two topic concepts, one of them naming what a service here is about (ID, family, vehicle): an
  // action on a paper ("attest the contract" of a marriage) names the paper elsewhere, not a service.
  const herePointsLeft = () => {
    const left = new Set(
      elsewhere
        .withoutMatch(raw, misspelt)
        .map((w) => termByWord.get(w))
        .filter((t): t is string => t !== undefined && isConceptTerm(t) && !INTENT_CONCEPTS.has(t)),
    );
    return left.size >= 2 && [...left].some((t) => !PAPER_ACTION_CONCEPTS.has(t));
  };
  // A keyword reached only through a slip ("marrige certificate" for the family sponsorship) is
  // weaker still: two topic concepts of the centre's own outweigh it without the classifier.
  const bySlip = named !== undefined && elsewhere.match(elsewhereWords) === undefined;
  // So is a document asked for as a requirement ("do I need a police report to get a new ID card",
  // "شو الأوراق المطلوبة؟ عقد الزواج لازم يكون مصدق"): the question is about the service it is for.
  const asRequirement =
    detectIntents(raw).documents || raw.some((w) => NEED_WORDS.has(w) || REQUIRED_WORDS.has(w));
  const away =
    named && (sureOfServiceHere || bySlip || asRequirement) && herePointsLeft() ? undefined : named;
  // "I feel lonely since my wife died (وفاة)": a feeling, not a death certificate to ask for.
  // ("I feel sad, my father died, where do I get his death certificate" asks where: elsewhere.)
  if (
    away &&
    isPersonalTalk(raw, (w) => termByWord.get(w)) &&
    !Object.values(detectIntents(raw)).some(Boolean)
  )
    return empty('out_of_scope');
  if (away)
    return {
      ...empty('not_offered'),
      confidence: 1,
      kind: 'not-offered',
      source: 'elsewhere',
      facts: { elsewhere: { id: away.id, name: away.name, where: away.where, url: away.url } },
    };
  // A gym's card, a bank's fee, a hospital's appointment, a quarrel at home: the centre's words
  // about someone else's thing are no evidence of the centre's topic (everyday.ts).
  if (
    isEverydayLife(
      raw,
      (w) => termByWord.get(w),
      (w) => corrected.has(termByWord.get(w) ?? ''),
    )
  )
    return empty('out_of_scope');

  // A document of a service elsewhere asked for as a requirement of one here ("police report is
  // must?", "هل يجب تقديم بلاغ من الشرطة"): the question asks for that service's documents, and the
  // words naming the document are understood, not unexplained.
  // (Unless the question asks whether on its own: "expired 2 years, can I renew or do I need a new
  // test" asks about the citizen, whatever it names.)
  const requiredDocument =
    named !== undefined &&
    asRequirement &&
    !detectIntents(raw.filter((w) => !REQUIRED_WORDS.has(w))).eligibility;
  const documentWords = requiredDocument
    ? new Set(raw.filter((w) => !elsewhere.withoutMatch(raw, misspelt).includes(w)))
    : new Set<string>();
  const readWords = detectIntents(raw);
  const read = requiredDocument
    ? { ...readWords, documents: true, eligibility: false, permitNeeded: false }
    : readWords;
  // "Can I sponsor my husband": the relative is who is sponsored, not who comes instead.
  const intents =
    read.representative &&
    terms.includes('#sponsor') &&
    !read.onBehalf &&
    !raw.some((w) => AGENT_WORDS.has(w))
      ? { ...read, representative: false }
      : read;
  // A question word the intents read (يمكن، نيابة، instead, until) says what kind of answer is
  // wanted, like an intent concept, even where some FAQ text happens to use it: it is no evidence
  // of the topic, unless another, ordinary word of the question reached the same term.
  // "When will my number be called" waits for a call still to come: that is the citizen's turn,
  // not the missed-turn FAQ, unless the question also says the turn was missed.
  // So does "my number was called, where is the counter": the citizen asks where to go now.
  const turnToCome =
    (intents.when || (intents.where && intents.myTicket) || raw.some((w) => NOT_YET_WORDS.has(w))) &&
    !raw.some((w) => PAST_MISS_WORDS.has(w));
  // "I want to complain about the staff at counter 5": the centre's complaints, not a labour
  // complaint nor the citizen's counter; a complaint naming the employer or pay is labour's.
  // "The lady at counter 6 was rude, how do I report this" judges the staff: a complaint too.
  const complaintAboutCentre =
    (terms.includes('#complaint') || raw.some((w) => CONDUCT_WORDS.has(w))) &&
    raw.some((w) => CENTRE_STAFF_WORDS.has(w)) &&
    !raw.some((w) => EMPLOYER_WORDS.has(w));
  const termsOf = (ws: readonly string[]) =>
    new Set(ws.map((w) => termByWord.get(w)).filter((t): t is string => t !== undefined));
  const ordinaryTerms = termsOf(raw.filter((w) => !INTENT_WORDS.has(w)));
  const intentTerms = termsOf(raw.filter((w) => INTENT_WORDS.has(w)));
  const isIntent = (t: string) =>
    INTENT_CONCEPTS.has(t) || (intentTerms.has(t) && !isConceptTerm(t) && !ordinaryTerms.has(t));
  const isTopic = (t: string) => !isIntent(t) && !genericTerms.has(t);
  const weightOf = (t: string) =>
    (isIntent(t) ? INTENT_SHARE : 1) *
    (corrected.has(t) ? CORRECTED_SHARE : 1) *
    (t === '#missed' && !turnToCome ? EVENT_SHARE : 1);
  // With a representative, the family member or PRO is who comes, not what it is about
  // ("can my son renew my ID" is not family sponsorship), and the answer is a service's.
  // The words that say who comes (نيابة عني، on her behalf) are not the topic either.
  // ("company" is #work, but in "the company PRO … the work permit" work is still the topic).
  const otherTerms = termsOf(raw.filter((w) => !REPRESENTATIVE_WORDS.has(w)));
  const whoTerms = intents.representative
    ? termsOf(raw.filter((w) => REPRESENTATIVE_WORDS.has(w) && !otherTerms.has(termByWord.get(w) ?? '')))
    : new Set<string>();
  const asTopic = intents.representative
    ? terms.filter((t) => !whoTerms.has(t) && (t !== '#family' || terms.includes('#sponsor')))
    : terms;
  // "My brother wants to renew his ID": a relative named beside another service's words is who
  // the service is for, not family sponsorship; without such words ("bring my wife") it may be.
  const withoutFamily = asTopic.filter((t) => t !== '#family');
  const familyFree =
    withoutFamily.length < asTopic.length ? rank(index, withoutFamily, weightOf)[0] : undefined;
  const familyFreeConcepts = familyFree?.matched.filter((t) => isConceptTerm(t)).length ?? 0;
  // ("My wife is pregnant, does she get priority" is a centre question about her.)
  // A residence for a relative ("residence visa for my newborn", "اقامه لولدي") is sponsoring them:
  // there the relative is what it is about.
  const familyIsWho =
    familyFree !== undefined &&
    !terms.includes('#sponsor') &&
    !terms.includes('#residency') &&
    !intents.bringsPeople &&
    (familyFreeConcepts >= 2 ||
      (familyFreeConcepts >= 1 &&
        (faqById.get(parseDocumentId(familyFree.id).id)?.serviceIds.length ?? 1) === 0));
  const topicTerms = familyIsWho ? withoutFamily : asTopic;
  const rankedAll = rank(index, topicTerms, weightOf);
  // A representative question is about a service; with no service in sight ("my father speaks
  // only Urdu, can someone translate for him") it is a question about the centre after all.
  // (A service reached only by intent words is not in sight: in "is there a lift? my father cannot
  // climb (يطلع) the stairs" the verb is no work permit's "issue".)
  const servicesOnly = rankedAll.filter(
    (r) => parseDocumentId(r.id).kind === 'service' && r.matched.some(isTopic),
  );
  const ordered = secondOpinionFirst(
    ctx,
    preferServiceFact(
      ctx,
      intents.representative && servicesOnly.length > 0 ? servicesOnly : rankedAll,
      intents,
    ),
    opinion,
  );
  const centreComplaint = complaintAboutCentre
    ? ordered.find((r, i) => {
        const d = parseDocumentId(r.id);
        const faq = d.kind === 'faq' ? faqById.get(d.id) : undefined;
        return i < MAX_MATCHES && faq !== undefined && faqLabel(faq) === CENTRE_COMPLAINT_LABEL;
      })
    : undefined;
  // "My manager has not paid me for three months, where do I complain": the employer or the pay
  // makes it a labour complaint, even where the centre's complaints FAQ scores as high.
  // (Pay words alone do not: "renew my licence with unpaid fines" is no complaint at all.)
  const labourComplaint =
    !complaintAboutCentre &&
    terms.includes('#complaint') &&
    raw.some((w) => EMPLOYER_WORDS.has(w) && !PAY_WORDS.has(w))
      ? ordered.find(
          (r, i) =>
            i < MAX_MATCHES && parseDocumentId(r.id).kind === 'service' && r.matched.includes('#complaint'),
        )
      : undefined;
  // "I have fines I have not paid, can I renew my licence or must I pay them first": the fines are
  // the condition and the renewal is what the citizen asks whether they may do, so the service that
  // renews answers, with its eligibility (a person), not the fines' service.
  const renewalDespiteFines =
    !complaintAboutCentre &&
    labourComplaint === undefined &&
    terms.includes('#renew') &&
    terms.includes('#fine') &&
    (intents.can || intents.eligibility)
      ? ordered.find(
          (r, i) =>
            i < MAX_MATCHES && parseDocumentId(r.id).kind === 'service' && r.matched.includes('#renew'),
        )
      : undefined;
  const moved = centreComplaint ?? labourComplaint ?? renewalDespiteFines;
  const ranked = moved ? [moved, ...ordered.filter((r) => r !== moved)] : ordered;
  const best = ranked[0];
  // A word found only in an answer's text (weight 0.5) is half the evidence of one in its
  // question or a service's name.
  const evidence = best
    ? best.matched
        .filter(isTopic)
        .reduce(
          (n, t) => n + weightOf(t) * idf(index, t) * Math.min(1, docById.get(best.id)?.tf.get(t) ?? 0),
          0,
        )
    : 0;

  const matches: AnswerMatch[] = ranked
    .slice(0, MAX_MATCHES)
    .map((r) => ({ ...parseDocumentId(r.id), score: round(r.score) }));

  // Live questions: answered from the hub's state, unless the question names a topic of its own
  // ("I missed my number", "can I get my ticket by SMS").
  const faqTopic = best && parseDocumentId(best.id).kind === 'faq' && evidence >= opts.minimumEvidence;
  const serviceTopic =
    best && parseDocumentId(best.id).kind === 'service' && evidence >= opts.minimumEvidence;
  const missedOrLost = ['#missed', '#replace', '#sms'].some(
    (t) => terms.includes(t) && !(t === '#missed' && turnToCome),
  );
  const live = (kind: AnswerKind, fact?: Fact): AssistantAnswer => ({
    handover: false,
    outcome: 'answered',
    confidence: 1,
    matches,
    services: serviceTopic && best ? [serviceAnswer(services.get(parseDocumentId(best.id).id)!)] : [],
    faqs: [],
    kind,
    ...(fact ? { source: fact.source, facts: fact.facts } : {}),
  });
  if (
    intents.hours &&
    !serviceTopic &&
    (!faqTopic || intents.ifOpen) &&
    !liveOverruled(opinion, 'opening-hours')
  )
    return live('opening-hours', openingHoursFact(catalogue));
  // "How long is the wait now" is live even where an FAQ entry has static text about waiting.
  // Beside a service, "wait" may be the landlord's or mean "or must I wait until…": the fact
  // classifier tells a service's fact from the queue.
  if (
    intents.wait &&
    !missedOrLost &&
    (intents.now ||
      // "How long will I wait" with no service named: the queue now, whatever the FAQ says of waiting.
      (!serviceTopic && asksHowMuchOrLong(raw)) ||
      ((serviceTopic || intents.duration) && !faqTopic && !(serviceTopic && asksServiceFact(question)))) &&
    !liveOverruled(opinion, 'current-wait')
  )
    return live('current-wait');
  if (intents.aheadWithoutTicket && !missedOrLost && !liveOverruled(opinion, 'current-wait'))
    return live('current-wait');
  if (
    (intents.myTicket || (turnToCome && terms.includes('#missed'))) &&
    !missedOrLost &&
    !serviceTopic &&
    !centreComplaint &&
    !liveOverruled(opinion, 'my-counter')
  )
    return live('my-counter');

  if (!best) {
    // Nothing matched: the classifier's confident guess is offered as "did you mean", a person first.
    const guess = opts.secondOpinion === 'fallback' ? opinion?.ranked[0] : undefined;
    const label = guess && guess.p >= opts.agreementAbove ? guess.label : undefined;
    const guessed = label?.startsWith('service:') ? services.get(label.slice('service:'.length)) : undefined;
    const guessedFaq = label ? faqs.find((f) => faqLabel(f) === label) : undefined;
    return {
      ...empty('not_understood'),
      ...(guessed ? { outcome: 'unsure', services: [serviceAnswer(guessed)] } : {}),
      ...(guessedFaq ? { outcome: 'unsure', faqs: [faqAnswer(guessedFaq)] } : {}),
    };
  }

  // With a representative, the question also says who comes and why ("my father is old", "the
  // company's PR officer", "the engineering consultant"): plain and unknown words describe the
  // person, and only a topic concept the best service lacks speaks against it.
  const describesPerson = (t: string) =>
    intents.representative && !isConceptTerm(t) && !best.matched.includes(t);
  // A missed turn is the event; another topic word is where the citizen was ("I went to the toilet
  // and missed my number"): it says nothing against the answer.
  const missedTurnEvent = best.matched.includes('#missed') && !turnToCome;
  const describesPlace = (t: string) => missedTurnEvent && isConceptTerm(t) && !best.matched.includes(t);
  const documentTerms = termsOf([...documentWords]);
  const askedWeight =
    topicTerms
      .filter((t) => isTopic(t) && !describesPerson(t) && !describesPlace(t) && !documentTerms.has(t))
      .reduce((n, t) => n + weightOf(t) * idf(index, t), 0) +
    // Question words the intents read ("for me", "online", بداله) are understood, not unknown.
    (intents.representative ? 0 : 1) *
      unknown.filter(
        (w) =>
          !INTENT_WORDS.has(w) &&
          !arabiziFactWords.has(w) &&
          !documentWords.has(w) &&
          !genericTerms.has(termOf(w) ?? ''),
      ).length *
      UNKNOWN_WORD_SHARE *
      unknownTermIdf(index);
  const confidence = askedWeight > 0 ? Math.min(1, evidence / askedWeight) : 0;

  const strong = ranked.filter((r, i) => i < MAX_MATCHES && r.score >= best.score * RELATIVE_CUTOFF);
  const serviceIds: string[] = [];
  const faqAnswers: AnswerFaq[] = [];
  for (const r of strong) {
    const doc = parseDocumentId(r.id);
    if (doc.kind === 'service') {
      if (!serviceIds.includes(doc.id)) serviceIds.push(doc.id);
      continue;
    }
    const faq = faqById.get(doc.id);
    if (!faq) continue;
    if (faqAnswers.length < opts.maxFaqs) faqAnswers.push(faqAnswer(faq));
    for (const id of faq.serviceIds) if (!serviceIds.includes(id)) serviceIds.push(id);
  }
  const serviceAnswers = serviceIds
    .map((id) => services.get(id))
    .filter((s): s is Service => s !== undefined)
    .slice(0, opts.maxServices)
    .map(serviceAnswer);

  // A service answer needs two topic words ("renew" + "licence") or one and a question of a kind
  // (fees, documents…): one topic word alone ("the best car") is a guess, offered as "did you mean".
  const topicWords = best.matched.filter(isTopic).length;
  const asksSomething = Object.values(intents).some(Boolean);
  // One matched topic word while the question names another topic concept the match does not
  // hold ("I have not received my salary" is no delivery question): a guess. Unknown and plain
  // words do not count here: they already lower the confidence, and are often filler.
  const unexplained = topicTerms.filter(
    (t) => isConceptTerm(t) && isTopic(t) && !best.matched.includes(t),
  ).length;
  // (The missed turn is the exception: the other concept is where the citizen was.)
  const guess = topicWords === 1 && unexplained > 0 && !missedTurnEvent;
  // A service is named by what it is about (ID, permit, car), not by a generic action (apply,
  // renew) or a word found only in its list of documents ("passport for my newborn" is no work
  // permit because a passport copy is one of its documents).
  const bestDoc = docById.get(best.id);
  const namesService =
    parseDocumentId(best.id).kind !== 'service' ||
    best.matched.some((t) => isTopic(t) && !ACTION_CONCEPTS.has(t) && (bestDoc?.tf.get(t) ?? 0) >= NAMING_TF);
  const grounded =
    !guess && namesService && (parseDocumentId(best.id).kind === 'faq' || topicWords >= 2 || asksSomething);
  // One topic word is thin evidence ("exams" is no eye test): it must then explain most of
  // the question, not just clear the general bar.
  const handoverBelow =
    typeof opts.handoverBelow === 'number' ? opts.handoverBelow : opts.handoverBelow[language];
  const bar = topicWords === 1 ? SINGLE_WORD_CONFIDENCE : handoverBelow;
  // A complaint naming the centre's staff and no employer is the centre's complaints entry: the
  // words that say so are the evidence, whatever else the citizen tells of what happened.
  const rulesSure =
    (grounded && confidence >= bar && evidence >= opts.minimumEvidence) ||
    (centreComplaint !== undefined && best === centreComplaint && evidence >= opts.minimumEvidence);
  const top = parseDocumentId(best.id);
  // One topic word among dialect filler the words do not know ("امي عمرها سبعين، لها اولويه ولا
  // تنطر"): the general bar is met but not the single-word one. When the classifier's own first
  // choice is what the words found, and it gives it most of its belief, the two agree: answer.
  const agreesOnThinWords = (o: Prediction, s: number) =>
    topicWords === 1 &&
    namesService &&
    confidence >= handoverBelow &&
    evidence >= opts.minimumEvidence &&
    s >= THIN_AGREEMENT &&
    labelOfDocument(top.kind, top.id, faqById).includes(o.ranked[0]?.label ?? '');
  // The second opinion: how much of its belief the classifier puts on what the rules found.
  const support = opinion && secondOpinion?.support(opinion, labelOfDocument(top.kind, top.id, faqById));
  // The classifier overrules the rules when it is sure of something else; when the words explain
  // only part of the question, being fairly sure of something else is enough for a "did you mean".
  const doubtedBy = (o: Prediction, s: number) => {
    const firstP = o.ranked[0]?.p ?? 0;
    return s <= DISAGREE_SUPPORT && (firstP >= DISAGREE_TOP || (confidence < 1 && firstP >= DOUBT_TOP));
  };
  const sure =
    support === undefined || !opinion
      ? rulesSure
      : rulesSure
        ? !doubtedBy(opinion, support)
        : opts.secondOpinion === 'fallback' &&
          evidence > 0 &&
          (support >= opts.agreementAbove || agreesOnThinWords(opinion, support));
  const base = {
    confidence: round(confidence),
    matches,
    services: serviceAnswers,
    faqs: faqAnswers,
  };
  if (!sure) return { ...base, handover: true, outcome: 'unsure' };
  if (top.kind === 'faq') {
    // The FAQ's text on opening hours or waiting is the static copy of a live fact ("are you open
    // Thursday evening", "كم باقي"): the live fact answers it, and does not drift.
    const label = faqLabel(faqById.get(top.id)!);
    if (label === 'live:opening-hours' && !liveOverruled(opinion, 'opening-hours'))
      return live('opening-hours', openingHoursFact(catalogue));
    if (label === 'live:current-wait' && !missedOrLost && !liveOverruled(opinion, 'current-wait'))
      return live('current-wait');
    // A complaint about the centre's staff offers no service beside it (no labour complaint).
    const beside = best === centreComplaint ? [] : base.services;
    return { ...base, services: beside, handover: false, outcome: 'answered', kind: 'faq', source: 'faq' };
  }

  const service = services.get(top.id)!;
  const factIntents =
    best === renewalDespiteFines ? { ...intents, documents: false, fees: false, eligibility: true } : intents;
  const { kind, fact, missing } = serviceFact(ctx, service, factIntents, factGuess(question));
  const first = [serviceAnswer(service), ...serviceAnswers.filter((s) => s.id !== service.id)];
  if (missing)
    // The centre has not given this fact: "did you mean" the service, with a person first.
    return { ...base, services: first, handover: true, outcome: 'unsure', kind };
  const rules = kind === 'representative' && representativeFaq ? [faqAnswer(representativeFaq)] : [];
  return {
    ...base,
    services: first,
    faqs: kind === 'representative' ? rules : kind === 'service' ? faqAnswers : [],
    handover: false,
    outcome: 'answered',
    kind,
    source: kind === 'representative' ? (rules.length ? 'faq' : 'catalogue') : (fact?.source ?? 'catalogue'),
    ...(fact && Object.keys(fact.facts).length ? { facts: fact.facts } : {}),
  };
}
