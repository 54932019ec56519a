// Combines the reports of a tab's frames into one picture of the page. Pure.
import { SENSITIVITY } from '../kinds/field-kinds';
import type { FieldReport, FormReport, ThirdPartyObservation } from './types';
import type { TabState } from './tab-state';

export interface ComposedTab {
  url: string;
  fields: FieldReport[];
  forms: FormReport[];
  observations: ThirdPartyObservation[];
  truncated: boolean;
  scanned: boolean;
}

export function composeTab(state: TabState): ComposedTab {
  const fields: FieldReport[] = [];
  const forms: FormReport[] = [];
  const seen = new Set<string>();
  const observations: ThirdPartyObservation[] = [];
  let truncated = false;
  // Frame 0 first, then the others in id order, so paths and counts are stable.
  const frameIds = Object.keys(state.frames).sort((a, b) => Number(a) - Number(b));
  for (const frameId of frameIds) {
    const frame = state.frames[frameId]!;
    const formOffset = forms.length;
    forms.push(...frame.forms);
    for (const field of frame.fields) fields.push({ ...field, form: field.form < 0 ? -1 : field.form + formOffset });
    for (const o of frame.thirdParties) {
      const key = `${o.host}|${o.via}`;
      if (!seen.has(key)) {
        seen.add(key);
        observations.push(o);
      }
    }
    truncated ||= frame.truncated;
  }
  return { url: state.url, fields, forms, observations, truncated, scanned: frameIds.length > 0 };
}

/** The badge counts sensitive fields of both sensitivities in all frames; nothing when there are none. */
export function badgeText(fields: readonly FieldReport[]): string {
  const n = fields.filter((f) => SENSITIVITY[f.kind] === 'special' || SENSITIVITY[f.kind] === 'personal').length;
  if (n === 0) return '';
  return n > 999 ? '999+' : String(n);
}
