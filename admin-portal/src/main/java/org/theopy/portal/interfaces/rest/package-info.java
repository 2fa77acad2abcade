/**
 * The REST API under {@code /api}: risks, indicators with thresholds, and the audit trail, as JSON.
 * Every call needs a bearer token; changes need the admin role. Bad input is answered with a
 * precise 4xx and a JSON body naming the fields at fault.
 */
package org.theopy.portal.interfaces.rest;
