/** Security use cases: password hashing and who the signed-in person is. */
package scot.cpib.security.application;
