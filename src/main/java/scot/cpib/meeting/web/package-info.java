/** Backing beans of the meeting pages: list, meeting page, planning, agenda and attendance. */
package scot.cpib.meeting.web;
