package org.theopy.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API, health, metrics and OpenAPI of the deployed portal on a real PostgreSQL: bearer
 * tokens, the reference data, and bad input of every kind answered with a precise 4xx while nothing
 * is stored.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalApiIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static String adminToken;
  private static String viewerToken;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @BeforeAll
  static void createAccounts() throws Exception {
    adminToken = Database.userWithToken("api-admin", "ADMIN");
    viewerToken = Database.userWithToken("api-viewer", "VIEWER");
  }

  @Test
  void shouldAnswer401WithChallengeWhenNoTokenIsSent() throws Exception {
    HttpResponse<String> response = send(get("api/risks", null));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(response.body()).contains("bearer token");
  }

  @Test
  void shouldAnswer401WhenTheTokenIsUnknownOrRevoked() throws Exception {
    String revoked = Database.userWithToken("api-revoked", "ADMIN");
    Database.revokeTokens("api-revoked");

    HttpResponse<String> unknown = send(get("api/risks", "tpy_not-a-real-token"));
    HttpResponse<String> revokedAnswer = send(get("api/risks", revoked));

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(revokedAnswer.statusCode()).isEqualTo(401);
    assertThat(revokedAnswer.body()).contains("unknown, revoked or expired");
  }

  @Test
  void shouldServeTheTenReferenceRisksWithTheHighestScoreFirst() throws Exception {
    HttpResponse<String> response =
        send(get("api/risks?sort=score&order=desc&size=500&active=true", viewerToken));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "Database data loss",
            "Server downtime",
            "Speech recognition failure",
            "Speech synthesis failure",
            "Backend API communication failure",
            "Security vulnerability",
            "Dependency version break",
            "High CPU or memory use",
            "Network disconnection",
            "Intent misclassification");
    List<Integer> scores =
        java.util.regex.Pattern.compile("\"score\":(\\d)")
            .matcher(response.body())
            .results()
            .map(m -> Integer.parseInt(m.group(1)))
            .toList();
    assertThat(scores)
        .hasSizeGreaterThanOrEqualTo(10)
        .isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void shouldServeTheEightReferenceIndicatorsWithTheirThresholds() throws Exception {
    HttpResponse<String> response = send(get("api/indicators", viewerToken));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().split("\"measurementMethod\"")).hasSize(9);
    assertThat(response.body())
        .contains("\"name\":\"CPU usage\"")
        .contains("\"name\":\"Backup validation\"")
        .contains("\"comparator\":\"BELOW\"")
        .contains("\"criticalValue\":99.5")
        .contains("\"criticalValue\":2000.0")
        .contains("\"holdSeconds\":300");
  }

  @Test
  void shouldCreateARiskAndAuditItWhenTheInputIsValid() throws Exception {
    String body =
        """
        {"title":"Model download blocked","description":"The speech model cannot be fetched.",
         "impact":"MEDIUM","probability":"LOW","owner":"Ops","reviewDate":"2020-01-31",
         "mitigations":[{"description":"Ship the model in the build","status":"DONE"}],
         "indicatorIds":[1]}
        """;

    HttpResponse<String> created = send(post("api/risks", adminToken, "application/json", body));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    assertThat(created.body())
        .contains("\"score\":2")
        .contains("\"level\":\"LOW\"")
        .contains("\"reviewOverdue\":true")
        .contains("Ship the model in the build");
    String location = created.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(
            Database.count(
                "select count(*) from audit_entry where entity_type = 'Risk' and entity_id = ?"
                    + " and action = 'CREATE' and actor = 'api-admin'",
                id))
        .isEqualTo(1);
  }

  @Test
  void shouldListEveryMissingFieldAndStoreNothingWhenFieldsAreMissing() throws Exception {
    long before = Database.count("select count(*) from risk");

    HttpResponse<String> response = send(post("api/risks", adminToken, "application/json", "{}"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("{\"field\":\"title\",\"message\":\"give the risk a short name\"}")
        .contains("{\"field\":\"description\",\"message\":\"describe what can happen and why\"}")
        .contains("{\"field\":\"impact\",\"message\":\"choose low, medium or high\"}")
        .contains("{\"field\":\"probability\",\"message\":\"choose low, medium or high\"}");
    assertThat(Database.count("select count(*) from risk")).isEqualTo(before);
  }

  @Test
  void shouldRefuseScriptTagsInTextFieldsAndStoreNothing() throws Exception {
    String body =
        """
        {"title":"<script>alert('x')</script>","description":"<img src=x onerror=alert(1)>",
         "impact":"LOW","probability":"LOW"}
        """;

    HttpResponse<String> response = send(post("api/risks", adminToken, "application/json", body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"title\"")
        .contains("use plain text: remove HTML or XML tags and control characters");
    assertThat(Database.count("select count(*) from risk where title like '%script%'")).isZero();
  }

  @Test
  void shouldRefuseAOneMegabyteStringWithTheFieldAndStoreNothing() throws Exception {
    long before = Database.count("select count(*) from risk");
    String body =
        "{\"title\":\""
            + "a".repeat(1024 * 1024)
            + "\",\"description\":\"d\",\"impact\":\"LOW\",\"probability\":\"LOW\"}";

    HttpResponse<String> response = send(post("api/risks", adminToken, "application/json", body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"title\"").contains("200");
    assertThat(Database.count("select count(*) from risk")).isEqualTo(before);
  }

  @Test
  void shouldRefuseTooLongTextWithTheFieldAndItsLimit() throws Exception {
    String body =
        "{\"title\":\""
            + "a".repeat(201)
            + "\",\"description\":\"d\",\"impact\":\"LOW\","
            + "\"probability\":\"LOW\"}";

    HttpResponse<String> response = send(post("api/risks", adminToken, "application/json", body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("{\"field\":\"title\",\"message\":\"too long: use at most 200 characters\"}");
  }

  @Test
  void shouldAnswer404ForUnknownIdsAnd400ForUnknownIndicatorReferences() throws Exception {
    String body =
        "{\"title\":\"t\",\"description\":\"d\",\"impact\":\"LOW\",\"probability\":\"LOW\"";

    HttpResponse<String> missingRisk = send(get("api/risks/999999", viewerToken));
    HttpResponse<String> missingIndicator = send(get("api/indicators/999999", viewerToken));
    HttpResponse<String> unknownReference =
        send(
            post(
                "api/risks", adminToken, "application/json", body + ",\"indicatorIds\":[424242]}"));
    HttpResponse<String> notAnId = send(get("api/risks/abc", viewerToken));

    assertThat(missingRisk.statusCode()).isEqualTo(404);
    assertThat(missingRisk.body()).contains("risk 999999 does not exist");
    assertThat(missingIndicator.statusCode()).isEqualTo(404);
    assertThat(unknownReference.statusCode()).isEqualTo(400);
    assertThat(unknownReference.body()).contains("unknown indicator id(s): [424242]");
    assertThat(notAnId.statusCode()).isEqualTo(404);
  }

  @Test
  void shouldAnswer415ForAWrongContentTypeAnd400ForMalformedJson() throws Exception {
    HttpResponse<String> wrongType = send(post("api/risks", adminToken, "text/plain", "title=x"));
    HttpResponse<String> malformed =
        send(post("api/risks", adminToken, "application/json", "{\"title\": \"x\", "));
    HttpResponse<String> badEnum =
        send(
            post(
                "api/risks",
                adminToken,
                "application/json",
                "{\"title\":\"t\",\"description\":\"d\","
                    + "\"impact\":\"HUGE\",\"probability\":\"LOW\"}"));

    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("malformed_json");
    assertThat(badEnum.statusCode()).isEqualTo(400);
    assertThat(badEnum.body())
        .contains("validation_failed")
        .contains("'HUGE' is not accepted: use one of LOW, MEDIUM, HIGH");
  }

  @Test
  void shouldRefuseOutOfRangeQueryParametersWithTheirName() throws Exception {
    HttpResponse<String> size = send(get("api/risks?size=100000", viewerToken));
    HttpResponse<String> level = send(get("api/risks?level=SEVERE", viewerToken));

    assertThat(size.statusCode()).isEqualTo(400);
    assertThat(size.body()).contains("'size' must be between 1 and 500");
    assertThat(level.statusCode()).isEqualTo(400);
    assertThat(level.body()).contains("'level' must be one of");
  }

  @Test
  void shouldRefuseAThresholdWhoseResolveValueIsOnTheWrongSide() throws Exception {
    String indicator = send(get("api/indicators/2", adminToken)).body();
    String contradictory =
        indicator.replaceFirst("\"resolveValue\":[0-9.]+", "\"resolveValue\":1000000.0");

    HttpResponse<String> response = send(put("api/indicators/2", adminToken, contradictory));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("thresholds[0].resolveValue").contains("must not be");
    assertThat(Database.value("select max(resolve_value) from threshold where indicator_id = 2"))
        .isNotEqualTo(1000000.0);
  }

  @Test
  void shouldForbidAViewerToChangeTheRegister() throws Exception {
    String body =
        "{\"title\":\"t\",\"description\":\"d\",\"impact\":\"LOW\",\"probability\":\"LOW\"}";

    HttpResponse<String> response = send(post("api/risks", viewerToken, "application/json", body));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("admin");
  }

  @Test
  void shouldDeleteARiskThenAnswer404AndAuditItsOldValuesWhenAnAdminDeletesIt() throws Exception {
    long id = createRisk("Stale backup server", "Backups land on a disk nobody watches.");

    HttpResponse<String> deleted = send(delete("api/risks/" + id, adminToken));
    HttpResponse<String> afterwards = send(get("api/risks/" + id, viewerToken));

    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(afterwards.statusCode()).isEqualTo(404);
    assertThat(afterwards.body()).contains("risk " + id + " does not exist");
    assertThat(Database.count("select count(*) from risk where id = ?", id)).isZero();
    assertThat(Database.count("select count(*) from mitigation where risk_id = ?", id)).isZero();
    assertThat(
            Database.value(
                "select changes from audit_entry where entity_type = 'Risk' and entity_id = ?"
                    + " and action = 'DELETE' and actor = 'api-admin'",
                id))
        .asString()
        .contains("\"title\":{\"old\":\"Stale backup server\",\"new\":\"\"}")
        .contains("\"impact\":{\"old\":\"MEDIUM\",\"new\":\"\"}")
        .contains("\"mitigations\":{\"old\":\"Watch the disk [PLANNED]\",\"new\":\"\"}");
  }

  @Test
  void shouldAnswer404AndAuditNothingWhenDeletingAnUnknownRisk() throws Exception {
    long before = Database.count("select count(*) from risk");

    HttpResponse<String> response = send(delete("api/risks/999998", adminToken));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("not_found").contains("risk 999998 does not exist");
    assertThat(Database.count("select count(*) from risk")).isEqualTo(before);
    assertThat(
            Database.count(
                "select count(*) from audit_entry where entity_type = 'Risk'"
                    + " and entity_id = 999998"))
        .isZero();
  }

  @Test
  void shouldForbidAViewerToDeleteARiskAndKeepIt() throws Exception {
    long id = createRisk("Certificate expiry", "The TLS certificate runs out unnoticed.");

    HttpResponse<String> response = send(delete("api/risks/" + id, viewerToken));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("admin");
    assertThat(send(get("api/risks/" + id, viewerToken)).statusCode()).isEqualTo(200);
    assertThat(Database.count("select count(*) from mitigation where risk_id = ?", id))
        .isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from audit_entry where entity_type = 'Risk'"
                    + " and entity_id = ? and action = 'DELETE'",
                id))
        .isZero();
  }

  @Test
  void shouldAnswer409WhenTheRiskChangedSinceItWasRead() throws Exception {
    String body =
        "{\"title\":\"Server downtime\",\"description\":\"d\",\"impact\":\"HIGH\","
            + "\"probability\":\"MEDIUM\",\"version\":12345}";

    HttpResponse<String> response = send(put("api/risks/2", adminToken, body));

    assertThat(response.statusCode()).isEqualTo(409);
  }

  @Test
  void shouldReportReadinessWithTheDatabaseAndLivenessWithoutSignIn() throws Exception {
    HttpResponse<String> ready = send(get("health/ready", null));
    HttpResponse<String> live = send(get("health/live", null));

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
    assertThat(live.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldServeMetricsAndTheOpenApiDocumentToTokenHolders() throws Exception {
    send(get("api/risks?size=5", viewerToken));

    HttpResponse<String> anonymousMetrics = send(get("metrics", null));
    HttpResponse<String> metrics = send(get("metrics?scope=application", viewerToken));
    HttpResponse<String> openApi = send(get("openapi", viewerToken));

    assertThat(anonymousMetrics.statusCode()).isEqualTo(401);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("api_risks_search");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/risks").contains("bearer");
  }

  private HttpRequest get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.header("Accept", "application/json, text/plain, */*").build();
  }

  /** Creates a medium/medium risk with one planned measure through the API and returns its id. */
  private long createRisk(String title, String description) throws Exception {
    String body =
        "{\"title\":\""
            + title
            + "\",\"description\":\""
            + description
            + "\",\"impact\":\"MEDIUM\",\"probability\":\"MEDIUM\","
            + "\"mitigations\":[{\"description\":\"Watch the disk\",\"status\":\"PLANNED\"}]}";
    HttpResponse<String> created = send(post("api/risks", adminToken, "application/json", body));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private HttpRequest delete(String path, String token) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .DELETE()
        .build();
  }

  private HttpRequest post(String path, String token, String contentType, String body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", contentType)
        .POST(BodyPublishers.ofString(body))
        .build();
  }

  private HttpRequest put(String path, String token, String body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(body))
        .build();
  }

  private URI uri(String path) {
    return URI.create(PortalDeployment.root(base) + path);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, BodyHandlers.ofString());
  }
}
