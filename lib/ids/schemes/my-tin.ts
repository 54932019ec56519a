// Malaysia TIN (Tax Identification Number of the Inland Revenue Board, LHDN / HASiL): a prefix naming the
// taxpayer type and digits. A person's is IG (formerly OG or SG) and up to 14 characters in all; other
// taxpayers' prefixes are C, CS, D, F, FA, PT, TA, TC, TN, TR, TP, J and LE. No check digit, so only a label
// naming it counts. Sources: MyInvois SDK FAQ (sdk.myinvois.hasil.gov.my/faq: prefixes, the IG/OG/SG rename,
// the 14-character maximum); Vertex e-invoicing docs for Malaysia (example C2584563222).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';

const PERSON = /^(?:IG|OG|SG)\d{9,12}$/;
const OTHER = /^(?:CS|FA|PT|TA|TC|TN|TR|TP|LE|C|D|F|J)\d{8,11}$/;

export const myTin: SchemeRule = {
  lengths: [9, 14],
  fits: (v) => PERSON.test(v) || OTHER.test(v),
  isValid: (v) => !/^[A-Z]+0+$/.test(v),
  standsAlone: never,
};
