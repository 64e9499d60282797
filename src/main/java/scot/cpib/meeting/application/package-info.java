/** Meeting use cases: reading meetings as the caller may see them, planning, agenda and attendance. */
package scot.cpib.meeting.application;
