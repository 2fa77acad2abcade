/** The portal's faces towards people (pages) and programs (REST API). */
package org.theopy.portal.interfaces;
