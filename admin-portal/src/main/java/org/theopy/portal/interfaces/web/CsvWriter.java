package org.theopy.portal.interfaces.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) are prefixed with an apostrophe.
 */
public final class CsvWriter {

  private final Writer out;

  /**
   * Creates a writer.
   *
   * @param out where the CSV goes
   */
  public CsvWriter(Writer out) {
    this.out = out;
  }

  /**
   * Writes one row and a CRLF.
   *
   * @param cells the cells; null is written as an empty cell
   * @throws IOException when the output fails
   */
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * Encodes one cell.
   *
   * @param value the value, may be null
   * @return the CSV text of the cell
   */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0
        || text.indexOf('\'') == 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
