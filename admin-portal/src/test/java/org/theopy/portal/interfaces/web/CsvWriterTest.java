package org.theopy.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void shouldQuoteSeparatorsQuotesAndLineBreaks() throws Exception {
    StringWriter out = new StringWriter();

    new CsvWriter(out).row(Arrays.asList("a,b", "say \"hi\"", "two\nlines", null, 6));

    assertThat(out).hasToString("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,6\r\n");
  }

  @Test
  void shouldDefuseCellsThatASpreadsheetWouldRunAsFormulas() {
    assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(CsvWriter.cell("-1")).isEqualTo("\"'-1\"");
    assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
  }
}
