/**
 * The renderers: {@code AgendaPackRenderer}, {@code MinuteRenderer}, {@code MinuteDocxRenderer},
 * {@code ActionLogExporter}, {@code MattersArisingPaper} and {@code CalendarExporter}. Each is a
 * stateless CDI bean that can also be constructed with {@code new} (unit tests, the benchmark).
 */
package scot.cpib.reporting.application;
