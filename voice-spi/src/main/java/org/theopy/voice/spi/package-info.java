/**
 * The engine contract: what a speech-to-text, text-to-speech or intent classification engine
 * implements, how its provider describes and creates it, the results it returns and the errors it
 * raises. Vendors depend on this package only; applications mostly see it through the core.
 */
package org.theopy.voice.spi;
