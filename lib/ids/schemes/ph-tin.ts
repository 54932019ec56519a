// Philippines TIN (Taxpayer Identification Number of the Bureau of Internal Revenue): 9 digits, then a branch
// code of 3 to 5 digits (000 / 00000 for a head office or a person), printed NNN-NNN-NNN-NNN(NN). No published
// check digit, and 000000000 is what invoices carry for a buyer without a TIN, so only a label naming it counts.
// Sources: NetSuite Philippines invoicing help (9-digit TIN, 3–5-digit branch code, "123-456-789-000"); Vertex
// e-invoicing docs for the BIR EIS (branch codes padded to 5 digits, 000000000 for an unregistered buyer).
import type { SchemeRule } from '../scheme';
import { never } from '../scheme';

const SHAPE = /^\d{9}(?:\d{3,5})?$/;

export const phTin: SchemeRule = {
  lengths: [9, 14],
  fits: (v) => SHAPE.test(v),
  isValid: (v) => v.slice(0, 9) !== '000000000',
  standsAlone: never,
  shapes: ['3-3-3', '3-3-3-3', '3-3-3-4', '3-3-3-5'],
};
