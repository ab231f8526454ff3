export type FactKind =
  'documents' | 'fees' | 'duration' | 'eligibility' | 'representative' | 'online' | 'how-to';
export type LiveKind = 'my-counter' | 'current-wait' | 'opening-hours';
export type CentreTopic =
  | 'location-parking'
  | 'payment-methods'
  | 'lost-ticket'
  | 'priority'
  | 'appointments'
  | 'originals-copies'
  | 'accessibility'
  | 'facilities'
  | 'complaints-feedback'
  | 'language-help'
  | 'delivery'
  | 'assisted-digital'
  | 'missed-turn';
export type Expected =
  | { kind: 'service'; serviceId: string; fact: FactKind } // about one listed service
  | { kind: 'live'; fact: LiveKind } // needs live data (their ticket, waits, hours)
  | { kind: 'centre'; topic: CentreTopic } // general question about using the centre
  | { kind: 'not-offered'; what: string } // a government service this centre does not list
  | { kind: 'out-of-scope' }; // not about government services at all
export interface BlindQuestion {
  readonly id: string;
  readonly lang: 'ar' | 'en';
  readonly text: string;
  readonly register: 'msa' | 'gulf' | 'arabizi' | 'english' | 'english-typo' | 'telegraphic';
  readonly expected: Expected;
}
