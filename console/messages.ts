import type { FieldProblem, Problem } from './api';
import { t } from './i18n';
import { fieldWordsOf, PROBLEM_WORDS, type ConsoleCode } from './problem-words';
import type { ErrorCode } from '../shared/domain/errors';

/**
 * What each problem means for the person at the console, in words (never raw JSON, never the API's
 * English `detail` or the validation library's text): the catalogs' sentences (./problem-words.ts).
 */
export function inWords(problem: Pick<Problem, 'code'> & Partial<Problem>): string {
  return Object.hasOwn(PROBLEM_WORDS, problem.code)
    ? t(PROBLEM_WORDS[problem.code as ErrorCode | ConsoleCode])
    : t('console.problem.fallback');
}

/** A field's problem in words: its code's sentence, else what the field must hold. */
export function fieldInWords(issue: FieldProblem): string {
  return t(fieldWordsOf(issue));
}
