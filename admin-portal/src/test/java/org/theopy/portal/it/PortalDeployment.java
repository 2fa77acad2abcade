package org.theopy.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test: the portal's WAR as the build produced it, at the root context. */
final class PortalDeployment {

  private PortalDeployment() {}

  /**
   * Returns the portal's root address. Arquillian names the context after the archive ({@code
   * /ROOT/}), while Payara deploys {@code ROOT.war} at {@code /}, as in production.
   */
  static String root(java.net.URL base) {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  static WebArchive war() {
    File war = new File(System.getProperty("portal.war", "target/admin-portal.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
