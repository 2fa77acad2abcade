package org.theopy.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.theopy.portal.application.SignInThrottle;

/**
 * The pages in a real Chromium against the deployed portal and a real PostgreSQL: sign-in, the
 * forced first-password change, the risk form refusing bad input, the heat map opening the filtered
 * register, editing a threshold, and the sign-ins in the audit trail. The tests build on each other
 * (the first signs the administrator in for the rest), hence the order.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

  private static final String INITIAL_PASSWORD = "Initial-admin-pass-1";
  private static final String NEW_PASSWORD = "A-much-better-passphrase-42";

  private static WebDriver browser;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @Order(1)
  void shouldRefuseAWrongPasswordWithAMessage() throws Exception {
    browser.get(page("risks.xhtml"));
    waitFor(By.id("login:username"));
    Browser.screenshot(browser, "01-sign-in");

    signIn("admin", "not-the-password");

    assertThat(browser.getCurrentUrl()).contains("login.xhtml");
    assertThat(text(By.id("messages"))).contains("Unknown user name or wrong password");
  }

  @Test
  @Order(2)
  void shouldForceTheFirstPasswordChangeBeforeAnythingElse() throws Exception {
    signIn("admin", INITIAL_PASSWORD);
    waitFor(By.id("form:newPassword"));
    browser.get(page("heatmap.xhtml"));
    waitFor(By.id("form:newPassword"));
    Browser.screenshot(browser, "02-first-password-change");

    fill(By.cssSelector("#form\\:current input, input#form\\:current"), INITIAL_PASSWORD);
    fill(By.cssSelector("input#form\\:newPassword"), NEW_PASSWORD);
    fill(By.cssSelector("input#form\\:confirmation"), NEW_PASSWORD + "x");
    browser.findElement(By.id("form:submit")).click();
    waitFor(By.id("messages"));
    String mismatch = text(By.id("messages"));
    fill(By.cssSelector("input#form\\:current"), INITIAL_PASSWORD);
    fill(By.cssSelector("input#form\\:newPassword"), NEW_PASSWORD);
    fill(By.cssSelector("input#form\\:confirmation"), NEW_PASSWORD);
    browser.findElement(By.id("form:submit")).click();
    waitFor(By.id("register:risks"));

    assertThat(mismatch).contains("The two new passwords differ");
    assertThat(browser.getCurrentUrl()).contains("risks.xhtml");
    assertThat(
            Database.value(
                "select must_change_password from user_account where username = 'admin'"))
        .isEqualTo(false);
    Browser.screenshot(browser, "03-risk-register");
  }

  @Test
  @Order(3)
  void shouldShowWhatIsMissingAndStoreNothingWhenTheRiskFormIsIncomplete() throws Exception {
    long before = Database.count("select count(*) from risk");
    browser.get(page("risk.xhtml"));
    waitFor(By.id("form:title"));

    fill(By.id("form:title"), "<b>Disk full</b>");
    browser.findElement(By.id("form:save")).click();
    waitFor(By.id("messages"));
    Browser.screenshot(browser, "04-risk-form-validation");

    String messages = text(By.id("messages"));
    List<Integer> lineStarts =
        browser.findElements(By.cssSelector("#messages li")).stream()
            .map(line -> line.getLocation().getX())
            .toList();
    assertThat(messages)
        .contains("Title: use plain text: remove HTML or XML tags")
        .contains("Description: describe what can happen and why")
        .contains("Impact: choose low, medium or high")
        .contains("Probability: choose low, medium or high")
        .doesNotContain("must not be");
    assertThat(lineStarts).hasSizeGreaterThanOrEqualTo(4).containsOnly(lineStarts.get(0));
    assertThat(Database.count("select count(*) from risk")).isEqualTo(before);
  }

  @Test
  @Order(4)
  void shouldOpenTheMatchingRisksFromAHeatMapCell() throws Exception {
    browser.get(page("heatmap.xhtml"));
    WebElement cell = waitFor(By.cssSelector("a.cell-HIGH-MEDIUM"));
    Browser.screenshot(browser, "05-heat-map");
    String count = cell.getText();

    cell.click();
    waitFor(By.id("register:risks"));

    List<WebElement> rows = browser.findElements(By.cssSelector("a.risk-link"));
    String csv = exportCsvOfTheShownRegister();
    assertThat(count).isEqualTo("3");
    assertThat(rows).hasSize(3);
    assertThat(rows)
        .extracting(WebElement::getText)
        .containsExactlyInAnyOrder(
            "Database data loss", "Server downtime", "Backend API communication failure");
    assertThat(csv.split("\r\n")).hasSize(4);
    assertThat(csv)
        .startsWith("id,title,impact,probability,score,level,status,owner,")
        .contains(",Database data loss,HIGH,MEDIUM,6,HIGH,OPEN,Operations,");
  }

  @Test
  @Order(5)
  void shouldSaveAnEditedThresholdAndRefuseAContradictoryOne() throws Exception {
    browser.get(page("indicators.xhtml"));
    waitFor(By.linkText("CPU usage")).click();
    waitFor(By.cssSelector("input[id$=':critical']"));

    fill(By.cssSelector("input[id$=':critical']"), "85");
    fill(By.cssSelector("input[id$=':resolve']"), "90");
    browser.findElement(By.id("form:save")).click();
    waitFor(By.id("messages"));
    String refusal = text(By.id("messages"));
    Browser.screenshot(browser, "06-threshold-contradiction");
    fill(By.cssSelector("input[id$=':resolve']"), "72");
    browser.findElement(By.id("form:save")).click();
    waitFor(By.id("messages"));
    Browser.screenshot(browser, "07-threshold-saved");

    assertThat(refusal).contains("Resolve value").contains("must not be above");
    assertThat(text(By.id("messages"))).contains("Saved");
    assertThat(
            Database.value(
                "select critical_value from threshold t join indicator i"
                    + " on i.id = t.indicator_id where i.name = 'CPU usage'"))
        .isEqualTo(85.0);
    assertThat(
            Database.count(
                "select count(*) from audit_entry where entity_type = 'Indicator'"
                    + " and actor = 'admin' and changes like '%crit=85.0%'"))
        .isEqualTo(1);
  }

  @Test
  @Order(6)
  void shouldCreateAnApiTokenThatTheApiAccepts() throws Exception {
    browser.get(page("tokens.xhtml"));
    fill(By.id("tokens:name"), "prometheus");
    browser.findElement(By.id("tokens:create")).click();
    String token = text(By.id("tokens:issued"));
    Browser.screenshot(browser, "10-api-tokens");

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(PortalDeployment.root(base) + "api/risks?size=1"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(token).startsWith("tpy_").hasSizeGreaterThan(40);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(
            Database.count(
                "select count(*) from api_token where name = 'prometheus'" + " and token_hash <> ?",
                token))
        .isEqualTo(1);
  }

  @Test
  @Order(7)
  void shouldSignOutAndRequireSignInAgain() throws Exception {
    browser.get(page("risk.xhtml?id=1"));
    waitFor(By.id("form:title"));
    Browser.screenshot(browser, "11-risk-form");
    browser.get(page("users.xhtml"));
    waitFor(By.id("users:list"));
    Browser.screenshot(browser, "12-users");
    browser.get(page("indicators.xhtml"));
    Browser.screenshot(browser, "08-indicators");
    browser.get(page("audit.xhtml"));
    waitFor(By.id("audit:entries"));
    Browser.screenshot(browser, "09-audit-trail");

    browser.findElement(By.id("session:signOut")).click();
    waitFor(By.id("login:username"));
    browser.get(page("risks.xhtml"));
    waitFor(By.id("login:username"));

    assertThat(browser.getCurrentUrl()).contains("login.xhtml");
  }

  @Test
  @Order(8)
  void shouldShowAdminsSignInsFailuresAndLockoutsWithTheNameAsTypedButNoPassword()
      throws Exception {
    String typed = "<b>intruder</b>";
    for (int attempt = 1; attempt <= SignInThrottle.MAX_FAILURES; attempt++) {
      signIn(typed, "Secret-guess-" + attempt);
      waitFor(By.id("messages"));
    }
    signIn("admin", NEW_PASSWORD);
    waitFor(By.id("register:risks"));

    browser.get(page("audit.xhtml?entityType=SignIn"));
    String trail = text(By.id("audit:entries"));
    Browser.screenshot(browser, "13-sign-in-audit");

    assertThat(trail)
        .contains("SIGN_IN_FAILED")
        .contains("LOCKED_OUT")
        .contains(typed)
        .contains("wrong password")
        .doesNotContain("Secret-guess")
        .doesNotContain("Risk");
    assertThat(browser.findElements(By.cssSelector("[id='audit:entries'] b"))).isEmpty();
    assertThat(signIns("SIGN_IN_FAILED", typed, "%unknown user name%")).isEqualTo(5);
    assertThat(signIns("LOCKED_OUT", typed, "%\"failures\":{\"old\":\"\",\"new\":\"5\"}%"))
        .isEqualTo(1);
    assertThat(signIns("SIGN_IN_FAILED", "admin", "%wrong password%")).isEqualTo(1);
    assertThat(signIns("SIGN_IN", "admin", "%")).isEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from audit_entry where changes like '%Secret-guess%'"
                    + " or changes like '%not-the-password%' or changes like ?",
                "%" + NEW_PASSWORD + "%"))
        .isZero();
  }

  private static long signIns(String action, String actor, String changesLike) throws Exception {
    return Database.count(
        "select count(*) from audit_entry where entity_type = 'SignIn' and action = ?"
            + " and actor = ? and changes like ?",
        action,
        actor,
        changesLike);
  }

  /**
   * Presses the register's export button the way the browser would, through an HTTP client that
   * carries the browser's session cookie, so that the CSV can be read rather than downloaded.
   */
  private String exportCsvOfTheShownRegister() throws Exception {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    // Exactly the fields the browser would post (filters, view state), plus the export button.
    String form =
        (String)
                ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript(
                        "return new URLSearchParams(new FormData("
                            + "document.getElementById('register'))).toString();")
            + "&register%3Aexport=";
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(browser.getCurrentUrl()))
                    .header("Cookie", "JSESSIONID=" + session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    return answer.body();
  }

  private void signIn(String username, String password) {
    browser.get(page("login.xhtml"));
    fill(By.id("login:username"), username);
    fill(By.id("login:password"), password);
    browser.findElement(By.id("login:submit")).click();
  }

  private void fill(By field, String value) {
    WebElement element = waitFor(field);
    element.clear();
    element.sendKeys(value);
  }

  private String text(By element) {
    return waitFor(element).getText();
  }

  private WebElement waitFor(By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  private String page(String path) {
    // Through "localhost": browsers accept the portal's secure cookies over plain HTTP only there.
    return PortalDeployment.root(base).replaceFirst("//[^:/]+", "//localhost") + path;
  }
}
