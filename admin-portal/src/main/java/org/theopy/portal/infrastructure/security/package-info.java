/**
 * Jakarta Security for the portal: one authentication mechanism that signs pages in with a form and
 * a session, and REST calls with bearer tokens; PBKDF2 password hashing; the first administrator;
 * security headers.
 */
package org.theopy.portal.infrastructure.security;
