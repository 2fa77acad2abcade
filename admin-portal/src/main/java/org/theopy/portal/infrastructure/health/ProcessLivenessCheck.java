package org.theopy.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers: the check itself runs inside the deployed application, so an
 * answer means the deployment and its request threads work. It reports uptime and heap use. It does
 * not check the database: a database outage makes the portal not ready, and restarting the portal
 * would not help.
 */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    return HealthCheckResponse.named("portal")
        .up()
        .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
        .withData("heapUsedMegabytes", used / (1024 * 1024))
        .withData("heapMaxMegabytes", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
