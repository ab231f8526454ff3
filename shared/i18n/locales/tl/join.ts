/** Tagalog: joining a queue from a phone (/join/) and its code SMS (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const join: VisitorNamespaces['join'] = {
  title: 'Pumila mula sa iyong telepono',
  intro:
    'Piliin ang serbisyo at ilagay ang iyong mobile number. Magpapadala kami ng code para tiyakin ito, saka ang iyong tiket.',
  service: 'Serbisyo',
  chooseService: 'Piliin ang serbisyo',
  mobile: 'Mobile number',
  mobileHint: 'Numero sa UAE, gaya ng 0501234567',
  sendCode: 'Ipadala ang code',
  sending: 'Ipinapadala…',
  codeSent: 'Nagpadala kami ng anim na digit na code sa {{to}}. May bisa ito nang {{validFor}}.',
  code: 'Code',
  codeHint: 'Anim na digit',
  confirm: 'Kumpirmahin at kunin ang tiket ko',
  changeNumber: 'Palitan ang numero o serbisyo',
  invalidMobile: 'Hindi ito wastong mobile number sa UAE.',
  invalidCode: 'Anim na digit ang code.',
  noService: 'Pumili muna ng serbisyo.',
  privacy: 'Ginagamit lang ang iyong numero para padalhan ka ng mensahe tungkol sa tiket na ito.',
  languageHint: 'Piliin ang iyong wika',
  smsCode: 'Ang iyong Dawr code: {{code}}. May bisa nang {{validFor}}. Huwag itong ibahagi.',
  error_code_expired: 'Nag-expire na ang code. Humingi ng bago.',
  error_code_wrong: 'Mali ang code na iyan. Subukan muli.',
  error_code_voided: 'Kinansela ang code na ito dahil sa sobrang maling subok. Humingi ng bago.',
  error_already_joined: 'May tiket na ngayong araw ang numerong ito.',
  error_sms_unavailable: 'Hindi maipadala ang mensahe ngayon. Subukan muli mamaya.',
  closedNow: 'Sarado ang sentro ngayon',
  closedToday: 'Sarado ang sentro ngayon: {{reason}}',
  opensToday: 'Magbubukas ito ngayong araw nang {{time}}.',
  opensTomorrow: 'Magbubukas ito bukas nang {{time}}.',
  opensOn: 'Magbubukas ito sa {{day}} nang {{time}}.',
  opensTonightAtMidnight: 'Magbubukas ito ngayong hatinggabi.',
  opensAtMidnightOn: 'Magbubukas ito sa hatinggabi, pagsisimula ng {{day}}.',
  closedExplain:
    'Nagbibigay lang ng tiket sa oras ng opisina. Bumalik sa pahinang ito kapag bukas na ang sentro.',
  lastTicketPassed: 'Wala nang tiket para sa serbisyong ito ngayong araw: ang huli ay nang {{time}}.',
  passesClosing:
    'Maaaring hindi dumating ang iyong turno bago magsara ang sentro ngayon. Puwede kang sumubok sa ibang araw.',
  onlineInstead: 'Gawin ang serbisyong ito online',
};
