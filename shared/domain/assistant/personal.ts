/**
 * Personal details inside a question (a phone number, a name, an e-mail address) say how to reach
 * or address the citizen, never what the question is about: "is there a locker? call me on 050…"
 * is a locker question, not the missed-turn FAQ's "we call your number". They are removed before
 * the question is matched. Only a request to be contacted that carries a number or an address is
 * removed whole: "when will you call me" asks about the citizen's turn and stays.
 */

/** A phone number: 7 or more digits, in any script, with spaces, dashes, dots or a leading +. */
const PHONE = String.raw`\+?[\d\u0660-\u0669\u06F0-\u06F9][\d\u0660-\u0669\u06F0-\u06F9\s\-.()]{5,}[\d\u0660-\u0669\u06F0-\u06F9]`;
const EMAIL_OR_LINK = String.raw`\S+@\S+|https?:\/\/\S+|www\.\S+`;
const CONTACT = `(?:${PHONE}|${EMAIL_OR_LINK})`;

// prettier-ignore
const CONTACT_VERBS_EN = [
  'call', 'ring', 'phone', 'text', 'sms', 'message', 'whatsapp', 'contact', 'reach', 'email', 'e-mail', 'mail',
  'reply to', 'answer', 'send',
];
// prettier-ignore
const CONTACT_VERBS_AR = [
  'اتصل', 'اتصلوا', 'اتصلو', 'تتصل', 'تتصلون', 'اتصال', 'كلمني', 'كلموني', 'كلمنى', 'تواصل', 'تواصلوا', 'تواصلو',
  'راسلني', 'راسلوني', 'ارسل', 'ارسلوا', 'ارسلو', 'دقوا', 'دق', 'واتساب', 'واتس',
];

/** "call me on 050…", "my number is 050…", "اتصلوا علي على ٠٥٠…", "رقم جوالي ٠٥٠…". */
const CONTACT_REQUEST = new RegExp(
  [
    String.raw`\b(?:${CONTACT_VERBS_EN.join('|')})\s+(?:me|us)\b[^.?!،؟\d+]{0,20}${CONTACT}`,
    String.raw`\bmy\s+(?:phone|mobile|cell|whatsapp|contact|e-?mail)(?:\s+(?:number|no\.?|address))?(?:\s+is)?\s*:?\s*${CONTACT}`,
    String.raw`\bmy\s+number\s+is\s*:?\s*${PHONE}`,
    String.raw`(?:${CONTACT_VERBS_AR.join('|')})[^.?!،؟\d\u0660-\u0669+]{0,20}${CONTACT}`,
    String.raw`(?:رقم|تلفون|تلفوني|جوال|جوالي|موبايل|موبايلي|هاتف|هاتفي|ايميل|ايميلي|بريدي)[^.?!،؟\d\u0660-\u0669+]{0,12}${CONTACT}`,
  ].join('|'),
  'giu',
);
const LEFTOVER_CONTACT = new RegExp(CONTACT, 'gu');
/**
 * "my name is Fatima Khan", "اسمي محمد": the word after the marker, and a second capitalised Latin
 * one. Arabic has no capitals to tell a surname from the question's next word, so only one is
 * taken: a surname left in lowers the confidence, a topic word taken out could change the answer.
 */
const NAME = /(?:\bmy name is|\bi am called|(?:انا\s+)?اسمي)\s+[^\s.,?!،؟]+(?:\s+[A-Z][^\s.,?!،؟]*)?/gu;

/**
 * A form of address at the start ("brother, my visa…", "يا اخوي"): a courtesy, not a relative the
 * question is about. Only before a comma or a word that starts the question proper.
 */
const VOCATIVE =
  /^\s*(?:(?:brother|bro|sister|sis|dear|boss|habibi|sir|madam|friend)(?:\s*,|\s+(?=(?:my|i|i'm|im|pls|please|plz|kindly|how|what|where|when|can)\b))|يا\s+(?:اخوي|اخي|أخي|أخوي|اختي|أختي|الغالي|طويل\s+العمر)\s*،?)/iu;

/** The question without contact requests, contact details and names; the rest as written. */
export function withoutPersonalDetails(question: string): string {
  return question
    .replace(VOCATIVE, ' ')
    .replace(CONTACT_REQUEST, ' ')
    .replace(LEFTOVER_CONTACT, ' ')
    .replace(NAME, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
