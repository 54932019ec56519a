// What describeField reads from a control: strings and numbers only, so the classifier is testable without a DOM.
// Never a value the person typed: only what the page declares (labels, attributes, option texts).
import type { ControlTag } from '../report/types';

export interface FieldDescriptor {
  tag: ControlTag;
  /** Input type (lower case), or 'select' | 'textarea' | 'contenteditable'. */
  type: string;
  id: string;
  name: string;
  autocomplete: string;
  inputmode: string;
  pattern: string;
  accept: string;
  /** maxlength attribute, -1 when absent. For a split identifier, the parts' sum. */
  maxLength: number;
  /** A site search box (type=search, role=search, q/s/keyword names). */
  isSearch: boolean;
  /** `<label>` texts bound to the control that a person reads as its label (wrapping, or `for` next to it). */
  label: string;
  /** `<label for>` texts bound to it but sitting next to another control (a wrong `for`). */
  farLabel: string;
  /** Text a person reads next to the control: preceding text, unbound label, table row cell, `dt`, list item. */
  inferred: string;
  /** `inferred` came from a block two or more levels up (a panel or dialog title), not from beside the control. */
  inferredFar: boolean;
  /** `inferred` is the first cell of the control's table row (the row's item), not text beside the control. */
  inferredRow: boolean;
  /** `aria-label` and `aria-labelledby` text. */
  aria: string;
  placeholder: string;
  title: string;
  /** Text right after the control (a checkbox's caption, a unit such as "mmHg"). */
  following: string;
  /** Table column header above the control. */
  column: string;
  /** Legend of the enclosing fieldset (or name of an ARIA group). */
  legend: string;
  /** The legend names this control alone (the fieldset holds no other field). */
  legendOwn: boolean;
  /** Nearest heading or panel title before the control. */
  heading: string;
  /** The document's title (context only). */
  pageTitle: string;
  /** Option texts of a select, or the captions of a radio/checkbox group's members. */
  options: string[];
  /** Number of controls this descriptor stands for (a group, a split date or number). */
  members: number;
  /** A date split over day / month / year controls. */
  splitDate: boolean;
  /** Set by the scanner when other fields of the same form or page show it is about health care. */
  medicalContext: boolean;
}

export function emptyDescriptor(tag: ControlTag, type: string): FieldDescriptor {
  return {
    tag,
    type,
    id: '',
    name: '',
    autocomplete: '',
    inputmode: '',
    pattern: '',
    accept: '',
    maxLength: -1,
    isSearch: false,
    label: '',
    farLabel: '',
    inferred: '',
    inferredFar: false,
    inferredRow: false,
    aria: '',
    placeholder: '',
    title: '',
    following: '',
    column: '',
    legend: '',
    legendOwn: false,
    heading: '',
    pageTitle: '',
    options: [],
    members: 1,
    splitDate: false,
    medicalContext: false,
  };
}
