/**
 * The Vosk engine's implementation: model unpacking and checks, the recognizer pools, the reading
 * of Vosk's JSON results and the streaming recognition. Not an API.
 */
package org.theopy.voice.plugin.vosk.internal;
