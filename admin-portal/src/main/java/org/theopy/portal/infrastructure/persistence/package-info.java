/**
 * The database: the data source (configured through MicroProfile Config), Flyway migrations run at
 * startup, and the JPA repositories.
 */
package org.theopy.portal.infrastructure.persistence;
