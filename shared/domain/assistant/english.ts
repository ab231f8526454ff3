/** English words to stems: lower-cased, possessives dropped, then the Porter stemmer. */
import { stemmer } from 'stemmer';

export function stemEnglish(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  return w.length <= 2 ? w : stemmer(w);
}
