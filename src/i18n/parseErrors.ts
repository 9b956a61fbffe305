/**
 * A file the parser could not read, in the page's language: each ParseErrorCode has its own
 * message (`check.error.*` in messages.ts); the library's own English words, where there are
 * any, are a separate, labelled detail.
 */
import type { ParseErrorCode, ParseErrorParams } from '../report/types';
import type { MessageKey } from './messages';
import type { Vars } from './translate';

const KEYS: Record<ParseErrorCode, MessageKey> = {
  'file.empty': 'check.error.file.empty',
  'file.binary': 'check.error.file.binary',
  'file.undecodable': 'check.error.file.undecodable',
  'file.unreadable': 'check.error.file.unreadable',
  'file.not_report': 'check.error.file.not_report',
  'file.doc': 'check.error.file.doc',
  'file.xlsx': 'check.error.file.xlsx',
  'file.zip': 'check.error.file.zip',
  'file.timeout': 'check.error.file.timeout',
  'file.internal': 'check.error.file.internal',
  'docx.damaged': 'check.error.docx.damaged',
  'pdf.damaged': 'check.error.pdf.damaged',
  'pdf.encrypted': 'check.error.pdf.encrypted',
  'pdf.no_text': 'check.error.pdf.no_text',
};

/** The failure's message (with where it is, when known) and its technical detail, if any. */
export function parseErrorText(
  t: (key: MessageKey, vars?: Vars) => string,
  failure: { code: ParseErrorCode; params: ParseErrorParams },
): { message: string; detail: string | null } {
  const { params } = failure;
  const vars: Vars = {};
  if (params.pages !== undefined) vars.pages = params.pages;
  if (params.seconds !== undefined) vars.seconds = params.seconds;
  const where = [params.table, params.cell].filter(Boolean).join(' · ');
  const message = t(KEYS[failure.code], vars) + (where ? ` ${t('check.error.where', { where })}` : '');
  return { message, detail: params.detail ? t('check.error.detail', { detail: params.detail }) : null };
}
