/**
 * The annual collective messaging report: drafted for a period from the whole board record (meetings,
 * decisions, actions, workstreams, outcomes, engagement), with the secretariat's narrative per section.
 */
package scot.cpib.annualreport;
