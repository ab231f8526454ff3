/** The local 'waiting for the hub' page: the main process retries by itself; the button retries now. */
import type { DawrApi } from '../../../shared/contract/ipc.js';
import { applyShellText } from './shell-text.js';

const dawr = (window as unknown as { dawr: DawrApi }).dawr;

void dawr.shellText().then((t) => {
  applyShellText(document, t);
  const hub = document.getElementById('hub');
  if (hub && t.hubUrl) hub.textContent = t.hubUrl;
});
document.getElementById('retry')?.addEventListener('click', () => void dawr.retryHub());
