/**
 * The evaluations themselves, engine discovery, data readers, a small JSON reader and writer, and
 * the report. Not part of the API.
 */
package org.theopy.voice.evaluation.internal;
