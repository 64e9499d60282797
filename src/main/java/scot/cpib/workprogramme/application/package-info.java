/**
 * Use cases of the work programme: reading programmes, workstreams and their history as a board reader,
 * the public or a lead sees them ({@code WorkProgrammeQueries}), leads' progress updates
 * ({@code ProgressUpdates}), reporting periods and chasing missing updates ({@code ReportingPeriods},
 * {@code UpdateReminders}), and the reads behind the progress report and the API.
 */
package scot.cpib.workprogramme.application;
