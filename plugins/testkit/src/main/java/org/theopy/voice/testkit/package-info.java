/**
 * A JUnit 5 test kit for engine vendors. Add {@code org.theopy:voice-testkit} with test scope,
 * extend {@link org.theopy.voice.testkit.SpeechToTextContract}, {@link
 * org.theopy.voice.testkit.TextToSpeechContract} or {@link
 * org.theopy.voice.testkit.IntentClassifierContract} in a test class, return the provider and a
 * working configuration, and the kit checks what Theopy's core relies on. Each failure says what
 * the engine did and what the core expects instead.
 */
package org.theopy.voice.testkit;
