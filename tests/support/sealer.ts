/** A sealer with a fresh random key, for tests that build a Hub without a data folder. */
import { randomBytes } from 'node:crypto';
import { PersonalDataSealer } from '../../main/hub/core/personal-data/sealer.js';

export function testSealer(): PersonalDataSealer {
  return new PersonalDataSealer({ current: 'test-key', keys: new Map([['test-key', randomBytes(32)]]) });
}
