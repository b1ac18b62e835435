// Checks an entry's law-change note ("watch:" in the header). Every problem names the sub-field
// (watch.kind, watch.checked, ...) so the checker can point at the exact line to fix.
import type { Watch, WatchKind } from './model.js';

type Report = (field: string, message: string, severity?: 'error' | 'warning') => void;

const KINDS: WatchKind[] = ['law', 'funding'];
const FIELDS = ['kind', 'what', 'provision', 'where', 'checked'];
/** One plain sentence: long enough to say what may change, short enough to read in a reply. */
const WHAT_MAX = 300;
const LAW_HOSTS = /(^|\.)(legislation\.gov\.uk|gov\.uk)$/;

export function readWatch(value: unknown, today: Date, report: Report): Watch | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    report('watch', `watch must be a group of fields (${FIELDS.join(', ')}), each on its own indented line under "watch:".`);
    return undefined;
  }
  const w = value as Record<string, unknown>;
  for (const key of Object.keys(w)) {
    if (!FIELDS.includes(key)) report(`watch.${key}`, `"${key}" is not a watch field; use ${FIELDS.join(', ')}.`, 'warning');
  }
  let ok = true;
  const fail = (field: string, message: string) => {
    report(`watch.${field}`, message);
    ok = false;
  };

  const kind = w.kind;
  if (!KINDS.includes(kind as WatchKind)) fail('kind', `kind must be "law" (a statute or regulations that may change) or "funding" (a fund or scheme that may open, close or change).`);

  const what = typeof w.what === 'string' ? w.what.trim() : '';
  if (!what) fail('what', 'Add "what": one plain sentence on what may change.');
  else if (what.length > WHAT_MAX) fail('what', `"what" is ${what.length} characters; keep it to one sentence under ${WHAT_MAX}.`);

  const provision = typeof w.provision === 'string' ? w.provision.trim() : '';
  if (!provision) fail('provision', 'Add "provision": the section, regulation or scheme to watch, e.g. "Levelling-up and Regeneration Act 2023, section 99".');

  const where = typeof w.where === 'string' ? w.where.trim() : '';
  const host = hostOf(where);
  if (!host) fail('where', 'Add "where": the full https:// address where a change would show.');
  else if (kind === 'law' && !LAW_HOSTS.test(host)) report('watch.where', `A law note should point at legislation.gov.uk or gov.uk, not ${host}.`, 'warning');

  const checked = dateOf(w.checked);
  if (!checked) fail('checked', 'Add "checked": the date you last checked this against the primary source, as YYYY-MM-DD.');
  else if (new Date(`${checked}T00:00:00Z`).getTime() > today.getTime() + 86_400_000) fail('checked', `The checked date ${checked} is in the future; use the date you actually checked it.`);

  return ok ? { kind: kind as WatchKind, what, provision, where, checked: checked! } : undefined;
}

function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

function dateOf(v: unknown): string | undefined {
  // YAML turns an unquoted 2026-11-30 into a Date; accept both forms.
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) return v;
  return undefined;
}
