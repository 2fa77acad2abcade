/**
 * The API an application embeds: {@link org.theopy.voice.core.VoicePipeline} and its builder,
 * engine discovery ({@link org.theopy.voice.core.EngineRegistry}), sessions, events, indicators,
 * health and canary checks. Everything here is stable API; the mechanisms behind it live in {@code
 * org.theopy.voice.core.internal} and may change.
 */
package org.theopy.voice.core;
