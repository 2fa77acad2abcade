/**
 * Remote speech engines over the OpenAI-compatible audio API: {@code POST /v1/audio/transcriptions}
 * for speech-to-text and {@code POST /v1/audio/speech} for text-to-speech. The same API is spoken
 * by OpenAI, whisper.cpp's server, faster-whisper servers, LocalAI and vLLM, so these engines reach
 * all of them. Put a local engine behind them in the fallback chain so that the assistant keeps
 * answering when the network or the vendor fails.
 */
package org.theopy.voice.plugin.openai;
