/**
 * Entities and value types of the portal: risks, monitoring indicators and their thresholds, user
 * accounts and the audit trail.
 */
package org.theopy.portal.domain.model;
