/** Who may sign in: user accounts with roles and hashed passwords, and API tokens. */
package org.theopy.portal.domain.model.account;
