/** Pages of agreed actions: the register, "my actions" and one action with its history. */
package scot.cpib.action.web;
