/**
 * Each role's home page, the page that starts the day: a member's next meeting with its pack, papers and
 * reply, a lead's workstreams and actions, the secretariat's meeting checklist and what is overdue or failed.
 * It reads every context below it (meetings, packs, actions, the work programme, annual reports, the mail
 * log); nothing reads it.
 */
package scot.cpib.home;
