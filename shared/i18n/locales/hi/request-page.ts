/** Hindi: the public request status page behind the receipt's QR code (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const requestPage: VisitorNamespaces['requestPage'] = {
  title: 'अनुरोध की स्थिति',
  number: 'अनुरोध संख्या',
  service: 'सेवा',
  submittedAt: 'जमा करने की तारीख',
  current: 'वर्तमान स्थिति',
  history: 'स्थिति का इतिहास',
  status_submitted: 'जमा किया गया',
  status_in_progress: 'प्रक्रिया में',
  status_waiting_for_customer: 'आपकी कार्रवाई की प्रतीक्षा',
  status_ready: 'तैयार',
  status_completed: 'पूर्ण',
  status_rejected: 'अस्वीकृत',
  sourceHub: 'यह केंद्र को ज्ञात नवीनतम स्थिति है; नए अपडेट शायद अभी तक न पहुँचे हों।',
  loading: 'लोड हो रहा है…',
  notFound: 'यह लिंक कोई अनुरोध नहीं खोलता। रसीद पर छपा QR कोड फिर से स्कैन करें।',
  failed: 'अनुरोध की स्थिति अभी नहीं दिखाई जा सकती। कृपया बाद में फिर से प्रयास करें।',
  refresh: 'रीफ़्रेश करें',
};
