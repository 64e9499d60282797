/**
 * Use cases of the work programme: reading programmes, workstreams and their history as a board reader,
 * the public or a lead sees them ({@code WorkProgrammeQueries}), and leads' progress updates
 * ({@code ProgressUpdates}).
 */
package scot.cpib.workprogramme.application;
