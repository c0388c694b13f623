/**
 * Thrown inside the values-only .xlsx reader for anything it does not read the way SheetJS does
 * (a namespace prefix, a cell without a reference, a number format it cannot resolve …): the
 * file is then read by SheetJS instead. Never reaches a caller.
 */
export class NotHandled extends Error {}
