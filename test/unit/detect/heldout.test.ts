// Precision and recall over the held-out pages (test/fixtures/heldout): written blind, after the detector was
// tuned on test/fixtures/pages, from real systems (mLITE, SIMRS Khanza, VClaim, SATUSEHAT, OpenEMR, OpenMRS 3,
// HospitalRun, NHS, ABDM) and ordinary forms. They measure how the detector generalises; a miss here is fixed
// with a general rule or vocabulary, never with anything that names these pages. Floors as for the corpus.
import { HELDOUT_DIR, describeScoredSet } from './corpus-harness';

describeScoredSet({
  title: 'held-out pages',
  name: 'held-out',
  sizeTest: 'are enough and varied enough',
  dir: HELDOUT_DIR,
  minPages: 40,
  minOther: 12,
});
