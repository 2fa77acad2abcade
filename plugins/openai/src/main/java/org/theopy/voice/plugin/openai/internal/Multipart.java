package org.theopy.voice.plugin.openai.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a {@code multipart/form-data} body (RFC 7578) with text fields and one file, as the
 * transcription endpoint takes it. Not thread-safe; one instance per request.
 */
public final class Multipart {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] CRLF = {'\r', '\n'};

  private final String boundary;
  private final ByteArrayOutputStream out;

  /**
   * Starts a body.
   *
   * @param expectedSize a hint for the buffer's size in bytes
   */
  public Multipart(int expectedSize) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    this.boundary = "theopy-" + HexFormat.of().formatHex(random);
    this.out = new ByteArrayOutputStream(expectedSize + 1024);
  }

  /**
   * Returns the value of the request's {@code Content-Type} header.
   *
   * @return the content type with the boundary
   */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * Adds a text field. Line breaks and quotes are removed from the value, which cannot carry them.
   *
   * @param name the field's name (plain ASCII)
   * @param value the value
   * @return this body
   */
  public Multipart field(String name, String value) {
    header("Content-Disposition: form-data; name=\"" + name + "\"");
    write(CRLF);
    write(value.replaceAll("[\r\n]", " ").getBytes(StandardCharsets.UTF_8));
    write(CRLF);
    return this;
  }

  /**
   * Adds a file.
   *
   * @param name the field's name
   * @param fileName the file name sent (plain ASCII)
   * @param contentType the file's media type
   * @param data the file's bytes
   * @return this body
   */
  public Multipart file(String name, String fileName, String contentType, byte[] data) {
    header("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"");
    write(("Content-Type: " + contentType + "\r\n").getBytes(StandardCharsets.US_ASCII));
    write(CRLF);
    write(data);
    write(CRLF);
    return this;
  }

  /**
   * Closes the body.
   *
   * @return the bytes to send
   */
  public byte[] finish() {
    write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private void header(String disposition) {
    write(("--" + boundary + "\r\n" + disposition + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] bytes) {
    out.write(bytes, 0, bytes.length);
  }
}
