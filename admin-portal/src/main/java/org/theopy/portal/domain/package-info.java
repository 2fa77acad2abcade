/** The portal's business model, free of web and persistence plumbing except JPA mapping. */
package org.theopy.portal.domain;
