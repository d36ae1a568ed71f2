/**
 * The all-sites script's thank-you address test: the confirmation words first, the pattern only where
 * one is. Compiling the case-blind CONFIRMATION_ROUTE cost about 0.2 ms on every page
 * (scripts/bench/work-variants.ts); the boards' scripts test their own patterns and carry none of this.
 */
import { CONFIRMATION_ROUTE, CONFIRMATION_WORDS } from '../core/extract/confirmation-route';
import { hasWord } from './has-word';

export const confirmationAddress = {
  test: (pathAndQuery: string): boolean => hasWord(pathAndQuery, CONFIRMATION_WORDS) && CONFIRMATION_ROUTE.test(pathAndQuery),
};
