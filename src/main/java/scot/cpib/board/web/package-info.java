/**
 * Page parts of the board record used inside other contexts' pages: the quick add of a person or
 * organisation beside the owner field and on the attendance page ({@code QuickAddForm}).
 */
package scot.cpib.board.web;
