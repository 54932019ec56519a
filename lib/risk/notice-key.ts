// A notice the person dismissed stays dismissed on that site until something new is found: the key names
// what the notice is about (reason codes, breaches, keystroke-capturing companies), not how it is worded.
import { isSiteFinding, type Reason } from './reason-codes';

export function noticeKey(
  reasons: readonly Reason[],
  breachIds: readonly string[],
  capturers: readonly string[],
): string {
  const parts = [...new Set(reasons.filter(isSiteFinding).map((r) => r.code))].sort();
  return [parts.join('+'), [...breachIds].sort().join('+'), [...capturers].sort().join('+')].join('|');
}
