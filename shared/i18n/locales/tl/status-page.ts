/** Tagalog: the phone's ticket status page and its notifications (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const statusPage: VisitorNamespaces['statusPage'] = {
  yourTicket: 'Ang tiket mo',
  position: 'Ang puwesto mo sa pila',
  ahead_zero: 'Walang nauuna sa iyo sa pilang ito',
  ahead_one: '{{count}} ang nauuna sa iyo',
  ahead_other: '{{count}} ang nauuna sa iyo',
  estimate: 'Ang paghihintay mo sa tiket na ito',
  estimateNote: 'Tantiya ito; nagbabago habang umuusad ang pila.',
  live: 'Kusang nag-a-update ang pahinang ito.',
  calledTitle: 'Ikaw na',
  goTo: 'Pumunta po sa counter',
  serving: 'Sineserbisyuhan ka na ngayon.',
  ended: 'Tapos na ang tiket na ito.',
  soundOn: 'Tumunog kapag tinawag, habang bukas ang pahinang ito',
  soundIsOn: 'Naka-on ang tunog na alerto',
  soundExplain:
    'Tumutunog lang ang telepono pagkatapos mong pindutin. Pindutin ang button para tumunog ang telepono kapag tinawag ka.',
  late: 'Mahuhuli ako',
  lateExplain: 'Iniuurong ang tiket mo nang {{count}} puwesto sa halip na malampasan ang turno mo.',
  lateDone: 'Naiurong na ang tiket mo.',
  lateNoChange: 'Ikaw na ang huli sa pila; walang nagbago.',
  cancel: 'Kanselahin ang tiket ko',
  cancelConfirm: 'Kanselahin ang tiket? Hindi na ito maibabalik.',
  cancelYes: 'Oo, kanselahin',
  cancelNo: 'Hindi, panatilihin',
  cancelled: 'Nakansela na ang tiket mo.',
  smsAhead: 'Dawr: tiket {{ticket}}, {{count}} ang nauuna sa iyo. Lumapit na po sa sentro.',
  smsCalled: 'Dawr: tinawag na ang tiket {{ticket}}. Pumunta po sa counter {{counter}}.',
  error_postpone_limit: 'Hindi na maiuurong pa ang tiket na ito.',
  pushOn: 'Abisuhan ako sa teleponong ito',
  pushIsOn: 'Aabisuhan ang teleponong ito',
  pushExplain:
    'Makakatanggap ka ng abiso kapag malapit na ang turno mo at kapag tinawag ka, kahit sarado ang pahinang ito.',
  pushDenied: 'Hindi pinapayagan ang mga abiso. Maaari mo itong payagan sa settings ng browser.',
  pushFailed: 'Hindi ma-on ang mga abiso sa teleponong ito ngayon.',
  pushUnavailableSms:
    'Hindi kayang magpakita ng abiso ng browser na ito. Makakatanggap ka ng text kapag malapit na ang turno mo at kapag tinawag ka.',
  pushAheadTitle: 'Tiket {{ticket}}',
  pushAheadBody: '{{count}} ang nauuna sa iyo. Lumapit na po sa sentro.',
  pushCalledTitle: 'Ikaw na: {{ticket}}',
  pushCalledBody: 'Pumunta po sa counter {{counter}}.',
  link_busy:
    'Pansamantalang nakahinto ang live na update: maraming device sa network na ito ang sumusubaybay ng tiket. Kusang susubok muli; wala kang kailangang gawin.',
  link_unreachable: 'Hindi maabot ang sentro ngayon, kaya maaaring luma na ito. Kusang susubok muli.',
};
