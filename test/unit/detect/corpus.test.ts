// Precision and recall of the detector over the fixture corpus (test/fixtures/pages, modelled on real
// hospital, BPJS, lab, clinic, and ordinary shop/login/search pages). A field counts as correct when both
// the element and the kind match. Floors: precision ≥ 0.97, recall ≥ 0.95.
import { PAGES_DIR, describeScoredSet } from './corpus-harness';

describeScoredSet({
  title: 'fixture corpus',
  name: 'corpus',
  sizeTest: 'is big enough and varied enough',
  dir: PAGES_DIR,
  minPages: 45,
  minOther: 17,
});
