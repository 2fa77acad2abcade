/**
 * How the core works: resilient engine chains on Resilience4j, provider scanning, caches, event
 * dispatch and rolling indicator windows. Not exported by the module; applications use the types of
 * {@code org.theopy.voice.core} instead.
 */
package org.theopy.voice.core.internal;
