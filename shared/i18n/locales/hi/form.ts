/** Hindi: form messages the phone pages and forms show instead of the browser's (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const form: VisitorNamespaces['form'] = {
  required: 'यह फ़ील्ड आवश्यक है।',
  wholeNumber: 'एक पूर्ण संख्या दर्ज करें।',
  tooLong: 'पाठ बहुत लंबा है।',
  tooShort: 'कम से कम {{min}} अक्षर लिखें।',
  atLeast: '{{min}} या अधिक दर्ज करें।',
  atMost: '{{max}} या कम दर्ज करें।',
  invalid: 'यह मान मान्य नहीं है।',
  wrongCredentials: 'उपयोगकर्ता नाम या PIN गलत है।',
  invalidJson: 'यह मान्य JSON नहीं है। कोष्ठक, अल्पविराम और उद्धरण चिह्न जाँचें।',
  invalidJsonAt: 'यह मान्य JSON नहीं है: पंक्ति {{line}}, स्तंभ {{column}} जाँचें (कोष्ठक, अल्पविराम और उद्धरण चिह्न)।',
};
