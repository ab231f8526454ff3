/** Hindi: the printed ticket's lines (machine-translated, see shared/i18n/languages.ts). */
import type { VisitorNamespaces } from '../types.js';

export const ticket: VisitorNamespaces['ticket'] = {
  waitMinutes_zero: 'अनुमानित प्रतीक्षा: {{minutes}} मिनट',
  waitMinutes_one: 'अनुमानित प्रतीक्षा: {{minutes}} मिनट',
  waitMinutes_other: 'अनुमानित प्रतीक्षा: {{minutes}} मिनट',
  waitRange_zero: 'अनुमानित प्रतीक्षा: {{low}}-{{high}} मिनट',
  waitRange_one: 'अनुमानित प्रतीक्षा: {{low}}-{{high}} मिनट',
  waitRange_other: 'अनुमानित प्रतीक्षा: {{low}}-{{high}} मिनट',
  waitUpTo_zero: 'अनुमानित प्रतीक्षा: {{high}} मिनट तक',
  waitUpTo_one: 'अनुमानित प्रतीक्षा: {{high}} मिनट तक',
  waitUpTo_other: 'अनुमानित प्रतीक्षा: {{high}} मिनट तक',
  scan: 'अपनी बारी देखने के लिए कोड स्कैन करें',
  onBehalf: '{{relation}} की ओर से',
};
