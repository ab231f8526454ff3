/**
 * The kiosk's validation worker (issue #15): checks the hub's data against the contract's zod
 * schemas (boot-validate.ts) away from the main thread, which meanwhile runs React for the welcome
 * screen. Built as its own entry, /kiosk/boot-check.worker.js (scripts/build-renderer.ts).
 */
import { check, type CheckReply, type CheckRequest } from './boot-validate.js';

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id, input } = event.data;
  let result: CheckReply['result'];
  try {
    result = check(input);
  } catch {
    // A schema that throws (rather than reporting issues) still means "not valid".
    result = null;
  }
  const reply: CheckReply = { id, result };
  postMessage(reply);
});
