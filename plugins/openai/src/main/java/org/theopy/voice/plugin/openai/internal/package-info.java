/**
 * The HTTP side of the remote engines: settings, the request sender with its error mapping, the
 * multipart writer and the strict JSON reading of replies (Jakarta JSON Processing).
 */
package org.theopy.voice.plugin.openai.internal;
