/** Accounts and roles: who may sign in and what they may do. */
package scot.cpib.security.domain;
