/**
 * The printed ticket's own lines (devices/printer/ticket-template.ts), in the catalogues like every
 * other visitor text so a slip can be printed in the visitor's language (issue #19). The closing
 * line, the "keep this ticket" note and the representative's relation come from the kiosk's
 * catalogue, the place in line from the status page's ("Nobody ahead of you in this line", "N people ahead of you")
 * and the priority from the common one, so paper says what the screens said.
 * Arabic ranges are written out ("من … إلى …"): a bare "10-15" between Arabic words is reordered by
 * the bidi algorithm, and Windows-1256 paper cannot carry isolate marks. The wait lines are plural
 * forms chosen by Intl.PluralRules, as in units.ts (the noun agrees with the upper bound: "من 5 إلى 9
 * دقائق"); a range from 0 is "حتى 16 دقيقة" / "up to 16 min" (issue #15).
 */
import type { AppStrings } from '../catalog.js';

export const ticket = {
  ar: {
    waitMinutes_zero: 'الانتظار المتوقع: {{minutes}} دقيقة',
    waitMinutes_one: 'الانتظار المتوقع: دقيقة واحدة',
    waitMinutes_two: 'الانتظار المتوقع: دقيقتان',
    waitMinutes_few: 'الانتظار المتوقع: {{minutes}} دقائق',
    waitMinutes_many: 'الانتظار المتوقع: {{minutes}} دقيقة',
    waitMinutes_other: 'الانتظار المتوقع: {{minutes}} دقيقة',
    waitRange_zero: 'الانتظار المتوقع: من {{low}} إلى {{high}} دقيقة',
    waitRange_one: 'الانتظار المتوقع: من {{low}} إلى {{high}} دقيقة',
    waitRange_two: 'الانتظار المتوقع: من {{low}} إلى {{high}} دقيقة',
    waitRange_few: 'الانتظار المتوقع: من {{low}} إلى {{high}} دقائق',
    waitRange_many: 'الانتظار المتوقع: من {{low}} إلى {{high}} دقيقة',
    waitRange_other: 'الانتظار المتوقع: من {{low}} إلى {{high}} دقيقة',
    // "حتى" is a preposition: the dual after it is genitive ("حتى دقيقتين").
    waitUpTo_zero: 'الانتظار المتوقع: حتى {{high}} دقيقة',
    waitUpTo_one: 'الانتظار المتوقع: حتى دقيقة واحدة',
    waitUpTo_two: 'الانتظار المتوقع: حتى دقيقتين',
    waitUpTo_few: 'الانتظار المتوقع: حتى {{high}} دقائق',
    waitUpTo_many: 'الانتظار المتوقع: حتى {{high}} دقيقة',
    waitUpTo_other: 'الانتظار المتوقع: حتى {{high}} دقيقة',
    scan: 'امسح الرمز لمتابعة دورك',
    onBehalf: 'نيابة عن: {{relation}}',
  },
  en: {
    waitMinutes_zero: 'Estimated wait: {{minutes}} min',
    waitMinutes_one: 'Estimated wait: 1 min',
    waitMinutes_two: 'Estimated wait: 2 min',
    waitMinutes_few: 'Estimated wait: {{minutes}} min',
    waitMinutes_many: 'Estimated wait: {{minutes}} min',
    waitMinutes_other: 'Estimated wait: {{minutes}} min',
    waitRange_zero: 'Estimated wait: {{low}}-{{high}} min',
    waitRange_one: 'Estimated wait: {{low}}-{{high}} min',
    waitRange_two: 'Estimated wait: {{low}}-{{high}} min',
    waitRange_few: 'Estimated wait: {{low}}-{{high}} min',
    waitRange_many: 'Estimated wait: {{low}}-{{high}} min',
    waitRange_other: 'Estimated wait: {{low}}-{{high}} min',
    waitUpTo_zero: 'Estimated wait: up to {{high}} min',
    waitUpTo_one: 'Estimated wait: up to 1 min',
    waitUpTo_two: 'Estimated wait: up to 2 min',
    waitUpTo_few: 'Estimated wait: up to {{high}} min',
    waitUpTo_many: 'Estimated wait: up to {{high}} min',
    waitUpTo_other: 'Estimated wait: up to {{high}} min',
    scan: 'Scan to follow your turn',
    onBehalf: 'On behalf of: {{relation}}',
  },
} satisfies AppStrings;
