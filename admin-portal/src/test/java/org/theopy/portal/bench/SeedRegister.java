package org.theopy.portal.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Fills a portal database with synthetic risks for the register benchmark and creates a viewer
 * account with an API token, which it prints. Run against a portal that has started once (so that
 * Flyway created the schema):
 *
 * <pre>
 * ./mvnw -q -pl admin-portal exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.theopy.portal.bench.SeedRegister \
 *   -Dexec.args="jdbc:postgresql://localhost:PORT/theopy postgres postgres 10000"
 * </pre>
 */
public final class SeedRegister {

  private SeedRegister() {}

  /**
   * Inserts the risks and the token.
   *
   * @param args JDBC URL, user, password, number of risks, and optionally the token's role (VIEWER
   *     by default)
   * @throws Exception when the database refuses
   */
  public static void main(String[] args) throws Exception {
    String url = args[0];
    int count = Integer.parseInt(args[3]);
    try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
        Statement s = c.createStatement()) {
      long start = System.nanoTime();
      s.executeUpdate(
          """
          insert into risk (title, description, impact, probability, score, level, owner,
                            review_date, status)
          select 'Synthetic risk ' || g || ' ' || md5(g::text),
                 'Generated for the register benchmark.',
                 (array['LOW','MEDIUM','HIGH'])[1 + g % 3],
                 (array['LOW','MEDIUM','HIGH'])[1 + (g / 3) % 3],
                 (1 + g % 3) * (1 + (g / 3) % 3),
                 case when (1 + g % 3) * (1 + (g / 3) % 3) >= 6 then 'HIGH'
                      when (1 + g % 3) * (1 + (g / 3) % 3) >= 3 then 'MEDIUM' else 'LOW' end,
                 (array['Operations','Voice runtime','Security','Development'])[1 + g % 4],
                 current_date + (g % 365) - 180,
                 (array['OPEN','MITIGATED','ACCEPTED','CLOSED'])[1 + (g / 7) % 4]
          from generate_series(1, COUNT) as g
          """
              .replace("COUNT", Integer.toString(count)));
      s.execute("analyze risk");
      System.out.printf(
          "inserted %d risks in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);

      String token = "tpy_" + UUID.randomUUID().toString().replace("-", "") + "bench";
      long userId;
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into user_account (username, password_hash, must_change_password)"
                  + " values (?, 'PBKDF2WithHmacSHA512:1:AAAA:AAAA', false) returning id")) {
        p.setString(1, "bench-" + System.currentTimeMillis());
        try (ResultSet rows = p.executeQuery()) {
          rows.next();
          userId = rows.getLong(1);
        }
      }
      String role = args.length > 4 ? args[4] : "VIEWER";
      try (PreparedStatement p =
          c.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
        p.setLong(1, userId);
        p.setString(2, role);
        p.executeUpdate();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into api_token (user_id, name, token_hash, prefix, expires_at)"
                  + " values (?, 'benchmark', ?, ?, now() + interval '1 day')")) {
        p.setLong(1, userId);
        p.setString(
            2,
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8))));
        p.setString(3, token.substring(0, 8));
        p.executeUpdate();
      }
      System.out.println("token " + token);
    }
  }
}
