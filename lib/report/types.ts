// What a frame's scanner tells the background, and what the background keeps per tab. Never a value.
import type { FieldKind, Sensitivity } from '../kinds/field-kinds';
import type { PageText } from './page-text';

export type ControlTag = 'input' | 'select' | 'textarea' | 'contenteditable';

/** How a field was recognised: by what the page says about it, or by the shape of what was typed into it. */
export type DetectionSource = 'label' | 'value';

export interface FieldReport {
  kind: FieldKind;
  sensitivity: Sensitivity;
  label: PageText;
  tag: ControlTag;
  type: PageText;
  id: PageText;
  name: PageText;
  /** CSS path from the top document; " >>> " enters a shadow root or a frame. */
  path: PageText;
  source: DetectionSource;
  /** Identifier scheme the typed value matched (`id.nik`…), when the value was recognised. */
  scheme?: PageText;
  /** Index into the frame's `forms`, or -1 when the field is in no form. */
  form: number;
  /** True once the person has typed something into the field (never what). */
  filled: boolean;
}

export type FormMethod = 'get' | 'post' | 'dialog';

export interface FormReport {
  /** Where the form submits: scheme, host and path only (query and fragment dropped). */
  action: PageText;
  method: FormMethod;
  /** Holds at least one sensitive field. */
  sensitive: boolean;
}

export type ResourceVia = 'script' | 'frame' | 'image' | 'beacon' | 'stylesheet' | 'other';

export interface ThirdPartyObservation {
  host: PageText;
  via: ResourceVia;
}

export interface FrameReport {
  url: PageText;
  fields: FieldReport[];
  forms: FormReport[];
  thirdParties: ThirdPartyObservation[];
  /** The scanner hit a limit (very large or hostile page) and reports only part of it. */
  truncated: boolean;
}
