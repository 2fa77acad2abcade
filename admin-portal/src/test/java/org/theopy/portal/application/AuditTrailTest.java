package org.theopy.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTrailTest {

  @Test
  void shouldEscapeControlCharactersWhenATypedNameCarriesThem() {
    String typed = "admin\nSIGN_IN\tok\u0000";

    String escaped = AuditTrail.escapeControlCharacters(typed);

    assertThat(escaped).isEqualTo("admin\\u000aSIGN_IN\\u0009ok\\u0000");
  }

  @Test
  void shouldKeepPrintableTextWhenThereIsNoControlCharacter() {
    String typed = "<b>Zoë</b> & \"friends\"";

    String escaped = AuditTrail.escapeControlCharacters(typed);

    assertThat(escaped).isEqualTo(typed);
  }
}
