/** Action use cases: the register's search, "my actions", status and progress updates. */
package scot.cpib.action.application;
