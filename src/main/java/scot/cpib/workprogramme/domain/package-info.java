/**
 * The board's work programme: versioned programmes of workstreams (leads, leadership-role questions,
 * activities with targets), the resource catalogue, progress updates per reporting period with RAG
 * status, the mapping of workstreams from one version to the next, and the outcomes framework the
 * workstreams and activities serve. See docs/work-programme-model.md.
 */
package scot.cpib.workprogramme.domain;
