/**
 * Intent classification with Apache OpenNLP: {@link
 * org.theopy.voice.plugin.opennlp.OpenNlpIntentClassifierProvider} trains a classifier from the
 * application's own example utterances, or loads a saved one, and detects out-of-scope utterances
 * below a confidence threshold.
 */
package org.theopy.voice.plugin.opennlp;
