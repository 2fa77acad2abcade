/** MicroProfile Health checks: liveness of the process and readiness of the database. */
package org.theopy.portal.infrastructure.health;
