/**
 * The classifier's machinery: feature extraction, the training file format, the OpenNLP ensemble
 * and its model file, and the similarity index that calibrates confidence. Not part of the API.
 */
package org.theopy.voice.plugin.opennlp.internal;
