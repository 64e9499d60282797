/** Meetings, their agendas, papers and attendance: the aggregate the meeting cycle turns around. */
package scot.cpib.meeting.domain;
