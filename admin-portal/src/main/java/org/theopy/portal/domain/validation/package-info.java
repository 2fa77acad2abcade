/** Constraints shared by the entities, so that pages and the REST API reject the same input. */
package org.theopy.portal.domain.validation;
