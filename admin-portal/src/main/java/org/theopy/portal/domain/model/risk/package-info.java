/**
 * The risk register: a risk has an impact and a probability on the three-level scale, from which
 * its score and level follow, mitigation measures, an owner, a review date and the indicators that
 * watch it.
 */
package org.theopy.portal.domain.model.risk;
