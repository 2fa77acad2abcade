package org.theopy.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than {@code theopy.api.max-body-bytes} (4 MiB by default) with 413,
 * before they are parsed: by the declared length when there is one, else while reading.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "theopy.api.max-body-bytes", defaultValue = "4194304")
  private int maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream()));
  }

  private WebApplicationException tooLarge() {
    return new WebApplicationException(
        "the request body is larger than the limit of " + maxBytes + " bytes",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  private final class LimitedStream extends FilterInputStream {

    private long read;

    LimitedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw tooLarge();
      }
    }
  }
}
