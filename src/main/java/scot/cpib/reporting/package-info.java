/**
 * Documents made from the board's record: the agenda pack and the minute as PDF, the minute as Word,
 * the action log as Excel and CSV, the matters-arising paper, and iCalendar files. Renderers take the
 * domain objects (or small view records built from them) and write bytes to a stream; they hold no
 * state and touch no database, so pages, the API and e-mail can all use them.
 */
package scot.cpib.reporting;
