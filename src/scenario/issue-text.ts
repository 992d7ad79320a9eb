/** A loader issue in words: `file:line:column: message (path)`, the form editors and terminals link to. */
import type { Lang } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { pathText, type ScenarioIssue } from './issues.ts';

export function formatIssue(found: ScenarioIssue, lang: Lang, file = ''): string {
  const where = [file, found.line, found.column].filter((x) => x !== undefined && x !== '').join(':');
  const label = found.severity === 'warning' ? t('scenario.warningLabel', {}, lang) : '';
  const path = found.path.length > 0 ? ` (${pathText(found.path)})` : '';
  return `${where ? `${where}: ` : ''}${label}${t(found, lang)}${path}`;
}
