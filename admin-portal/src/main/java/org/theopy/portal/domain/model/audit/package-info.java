/** The audit trail: who changed what, when, with the old and new values. */
package org.theopy.portal.domain.model.audit;
