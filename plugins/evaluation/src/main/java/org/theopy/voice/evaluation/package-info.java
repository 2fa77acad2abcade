/**
 * The evaluation tool: {@link org.theopy.voice.evaluation.EvaluationTool} measures any engine found
 * on the class path (word error rate, real-time factor, latency, intent accuracy and out-of-scope
 * recall) and reports a table and JSON.
 */
package org.theopy.voice.evaluation;
