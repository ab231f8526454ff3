/**
 * Form checks in the app's language. Forms are `noValidate`, so the browser never shows its own
 * bubble ("Please fill out this field." in the browser's language); on submit the first invalid
 * field is focused, marked `aria-invalid`, and a message naming its label is shown in an alert.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(el: Element): el is Field {
  return (
    el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement
  );
}

/** The field's label as read, without the text of the field itself (a select's options). */
function labelOf(field: Field): string {
  const label = field.labels?.[0];
  if (label) {
    const copy = label.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('input, select, textarea, option, button').forEach((n) => n.remove());
    const text = copy.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return field.getAttribute('aria-label') ?? '';
}

/** One message per kind of problem the browser's constraint validation finds. */
export function validityMessage(field: Field, t: TFunction): string {
  const v = field.validity;
  // A message the app set itself (setCustomValidity) is already in the app's language.
  if (v.customError) return field.validationMessage;
  if (v.valueMissing) return t('form.required');
  if (v.badInput || v.stepMismatch) return t('form.wholeNumber');
  if (v.rangeUnderflow) return t('form.atLeast', { min: field.getAttribute('min') ?? '' });
  if (v.rangeOverflow) return t('form.atMost', { max: field.getAttribute('max') ?? '' });
  if (v.tooLong) return t('form.tooLong');
  if (v.tooShort) return t('form.tooShort', { min: field.getAttribute('minlength') ?? '' });
  return t('form.invalid');
}

/** The first invalid field of a form and what to say about it, or null when the form is valid. */
export function firstProblem(form: HTMLFormElement, t: TFunction): { field: Field; message: string } | null {
  for (const el of Array.from(form.elements)) {
    if (!isField(el) || el.disabled || el.validity.valid) continue;
    const label = labelOf(el);
    const message = validityMessage(el, t);
    return { field: el, message: label ? `${label}: ${message}` : message };
  }
  return null;
}

/**
 * `guard(handler)` wraps a form's submit handler: the handler runs only when every field is valid;
 * otherwise `alert` holds the message to render inside the form. Use with `<form noValidate>`. The
 * page never reloads: every form the apps check is sent by script, so the guard stops the browser's
 * own submit itself and the handler needs no event.
 */
export function useFormCheck(): {
  guard: (handler: () => void) => (e: FormEvent<HTMLFormElement>) => void;
  alert: ReactNode;
} {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const guard = (handler: () => void) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    for (const el of Array.from(form.elements)) if (isField(el)) el.removeAttribute('aria-invalid');
    const found = firstProblem(form, t);
    if (found) {
      found.field.setAttribute('aria-invalid', 'true');
      found.field.focus();
      setProblem(found.message);
      return;
    }
    setProblem(null);
    handler();
  };
  const alert = problem ? (
    <p role="alert" className="error form-problem" data-testid="form-problem">
      {problem}
    </p>
  ) : null;
  return { guard, alert };
}
