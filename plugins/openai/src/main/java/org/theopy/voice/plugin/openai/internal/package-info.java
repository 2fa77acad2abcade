/**
 * The HTTP side of the remote engines: settings, the request sender with its error mapping, the
 * multipart writer and a small JSON reader.
 */
package org.theopy.voice.plugin.openai.internal;
