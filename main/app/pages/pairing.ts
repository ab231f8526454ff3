/** The local first-run page: the hub's address and a one-time code → a device key, saved by the main process. */
import type { DawrApi, ShellText } from '../../../shared/contract/ipc.js';
import { applyShellText } from './shell-text.js';

const dawr = (window as unknown as { dawr: DawrApi }).dawr;
const form = document.getElementById('pair') as HTMLFormElement;
const result = document.getElementById('result') as HTMLElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
let text: ShellText['text'] = {};

void dawr.shellText().then((t) => {
  text = t.text;
  applyShellText(document, t);
  if (t.hubUrl) (document.getElementById('hubUrl') as HTMLInputElement).value = t.hubUrl;
  if (t.problem) {
    (document.getElementById('problem') as HTMLElement).textContent = t.problem;
    (document.getElementById('problemBox') as HTMLElement).hidden = false;
  }
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(form);
  submit.disabled = true;
  result.className = '';
  result.textContent = text.pairing ?? '';
  void dawr
    .pair({ hubUrl: String(data.get('hubUrl') ?? ''), code: String(data.get('code') ?? '') })
    .then((r) => {
      if (r.ok) {
        result.textContent = text.paired ?? '';
        return;
      }
      result.className = 'error';
      result.textContent = text[`error_${r.error.code}`] ?? `${text.error_other ?? ''} ${r.error.message}`;
      submit.disabled = false;
    })
    .catch(() => {
      result.className = 'error';
      result.textContent = text.error_other ?? '';
      submit.disabled = false;
    });
});
