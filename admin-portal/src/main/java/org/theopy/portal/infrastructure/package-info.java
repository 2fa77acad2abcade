/** Technical adapters: persistence, database migration, security, health. */
package org.theopy.portal.infrastructure;
