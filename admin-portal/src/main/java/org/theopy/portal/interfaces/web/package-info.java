/**
 * The pages: one {@code @Named} view bean per page, named after it. Display text lives in {@code
 * messages.properties}; validation comes from the entities and the application services, so the
 * pages show the same messages as the REST API.
 */
package org.theopy.portal.interfaces.web;
