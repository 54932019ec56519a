// Words for breach data classes and tracker categories. Exhaustive over both closed sets, so a new class or
// category does not compile until it has words in both languages.
import type { Translate, MessageKey } from '../lib/i18n/translate';
import type { DataClass } from '../lib/breaches/data-classes';
import type { TrackerCategory } from '../lib/trackers/types';

const CLASS_WORDS: Readonly<Record<DataClass, MessageKey>> = {
  national_id: 'dataClassNationalId',
  family_card: 'dataClassFamilyCard',
  passport: 'dataClassPassport',
  tax_id: 'dataClassTaxId',
  health_insurance_id: 'dataClassHealthInsuranceId',
  medical_record: 'dataClassMedicalRecord',
  diagnosis: 'dataClassDiagnosis',
  lab_or_imaging: 'dataClassLabOrImaging',
  covid_test: 'dataClassCovidTest',
  vaccination: 'dataClassVaccination',
  prescriptions: 'dataClassPrescriptions',
  health_other: 'dataClassHealthOther',
  biometric: 'dataClassBiometric',
  name: 'dataClassName',
  date_of_birth: 'dataClassDateOfBirth',
  email: 'dataClassEmail',
  phone: 'dataClassPhone',
  address: 'dataClassAddress',
  password: 'dataClassPassword',
  financial: 'dataClassFinancial',
  photo: 'dataClassPhoto',
  other: 'dataClassOther',
};

const CATEGORY_WORDS: Readonly<Record<TrackerCategory | 'unknown', MessageKey>> = {
  session_replay: 'trackerCategorySessionReplay',
  advertising: 'trackerCategoryAdvertising',
  analytics: 'trackerCategoryAnalytics',
  social: 'trackerCategorySocial',
  tag_manager: 'trackerCategoryTagManager',
  customer_chat: 'trackerCategoryCustomerChat',
  monitoring: 'trackerCategoryMonitoring',
  consent: 'trackerCategoryConsent',
  cdn: 'trackerCategoryCdn',
  unknown: 'trackerCategoryUnknown',
};

export function classLabelFor(t: Translate): (c: string) => string {
  return (c) => (Object.hasOwn(CLASS_WORDS, c) ? t(CLASS_WORDS[c as DataClass]) : c);
}

export function categoryLabelFor(t: Translate): (c: string) => string {
  return (c) => (Object.hasOwn(CATEGORY_WORDS, c) ? t(CATEGORY_WORDS[c as TrackerCategory]) : c);
}
