package org.theopy.portal.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

/** Direct access to the portal's database, to arrange accounts and check what was stored. */
final class Database {

  private Database() {}

  /**
   * Counts rows.
   *
   * @param sql a {@code select count(*)} with {@code ?} parameters
   * @param params the parameters
   * @return the count
   */
  static long count(String sql, Object... params) throws IOException, SQLException {
    try (Connection c = EmbeddedPostgresExtension.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Reads one value.
   *
   * @param sql a query returning one row and column
   * @param params the parameters
   * @return the value, or null
   */
  static Object value(String sql, Object... params) throws IOException, SQLException {
    try (Connection c = EmbeddedPostgresExtension.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getObject(1) : null;
      }
    }
  }

  /**
   * Creates an account that has chosen its password, with an API token, as an administrator would
   * through the pages.
   *
   * @param username the account
   * @param role ADMIN, RESPONDER or VIEWER
   * @return the bearer token
   */
  static String userWithToken(String username, String role) throws IOException, SQLException {
    String token = "tpy_" + UUID.randomUUID().toString().replace("-", "") + "it";
    try (Connection c = EmbeddedPostgresExtension.dataSource().getConnection()) {
      long userId;
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into user_account (username, password_hash, must_change_password)"
                  + " values (?, 'PBKDF2WithHmacSHA512:1:AAAA:AAAA', false) returning id")) {
        s.setString(1, username);
        try (ResultSet rows = s.executeQuery()) {
          rows.next();
          userId = rows.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
        s.setLong(1, userId);
        s.setString(2, role);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into api_token (user_id, name, token_hash, prefix, expires_at)"
                  + " values (?, 'integration test', ?, ?, now() + interval '1 day')")) {
        s.setLong(1, userId);
        s.setString(2, sha256(token));
        s.setString(3, token.substring(0, 8));
        s.executeUpdate();
      }
    }
    return token;
  }

  /**
   * Revokes every token of a user.
   *
   * @param username the user
   */
  static void revokeTokens(String username) throws IOException, SQLException {
    try (Connection c = EmbeddedPostgresExtension.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update api_token set revoked_at = now() where user_id ="
                    + " (select id from user_account where username = ?)")) {
      s.setString(1, username);
      s.executeUpdate();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
