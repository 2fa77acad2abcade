/**
 * How the kit finds a plugin the way the core does: its service file on the class path and its
 * module in a module layer. Not an API; vendors use the contracts in the parent package.
 */
package org.theopy.voice.testkit.internal;
