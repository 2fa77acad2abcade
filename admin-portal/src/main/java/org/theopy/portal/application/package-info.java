/**
 * The portal's use cases: maintain the risk register and the indicators, manage accounts and API
 * tokens, record every change in the audit trail. Pages and the REST API both go through these
 * services, so that they apply the same validation and leave the same audit entries.
 */
package org.theopy.portal.application;
